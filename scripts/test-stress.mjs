#!/usr/bin/env node
// `npm run test:stress [-- --runs N] [-- vitest filters…]`: the whole suite N times (default 3)
// while one CPU-bound process per core keeps the machine busy, the way a newcomer's laptop or a
// shared CI runner is. Reports every test that failed in any run and the slowest files, and exits
// non-zero if anything failed. Not part of `npm test` or CI: it takes N times as long, and longer.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const VITEST = join(ROOT, "node_modules", "vitest", "vitest.mjs");

/** Reads `--runs N` and `--burners N`; everything else is passed to vitest (file filters, `-t`). */
function parseArgs(argv) {
  const o = { runs: 3, burners: availableParallelism(), vitest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs" || a === "--burners") {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${a} needs a whole number`);
      o[a.slice(2)] = n;
    } else o.vitest.push(a);
  }
  if (o.runs < 1) throw new Error("--runs needs at least 1");
  return o;
}

/**
 * One busy loop per core. Each burner checks every 100 ms that this script is still alive and
 * exits when it is not, so a killed stress run never leaves a core spinning.
 */
function startBurners(n) {
  const code = `const p=${process.pid};for(;;){const t=Date.now();while(Date.now()-t<100){}try{process.kill(p,0)}catch{process.exit(0)}}`;
  return Array.from({ length: n }, () => spawn(process.execPath, ["-e", code], { stdio: "ignore" }));
}

/** Runs vitest once with a JSON report beside the usual output; resolves with the parsed report. */
function runSuite(run, runs, args, dir) {
  const out = join(dir, `run-${run}.json`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [VITEST, "run", "--reporter=dot", "--reporter=json", `--outputFile.json=${out}`, ...args], { cwd: ROOT, stdio: "inherit" });
    child.on("exit", (code) => {
      let report;
      try {
        report = JSON.parse(readFileSync(out, "utf8"));
      } catch {
        report = undefined;
      }
      const seconds = (Date.now() - started) / 1000;
      console.log(`\n[stress] run ${run}/${runs}: vitest exited ${code} after ${seconds.toFixed(1)} s`);
      resolve({ run, code, seconds, report });
    });
  });
}

/** Every failed test (and every file that failed outside a test) of one run, as printable lines. */
function failuresOf(result) {
  if (!result.report) return [`(no report: vitest exited ${result.code})`];
  const failed = [];
  for (const file of result.report.testResults) {
    const name = relative(ROOT, file.name);
    const bad = file.assertionResults.filter((t) => t.status === "failed");
    for (const t of bad) failed.push(`${name} › ${t.fullName}\n      ${(t.failureMessages[0] ?? "").split("\n")[0]}`);
    if (file.status === "failed" && bad.length === 0) failed.push(`${name} (outside any test)\n      ${(file.message ?? "").split("\n")[0]}`);
  }
  if (failed.length === 0 && result.code !== 0) failed.push(`(vitest exited ${result.code} with no failed test in its report)`);
  return failed;
}

/** File durations (seconds) of one run. */
function fileSeconds(result) {
  const m = new Map();
  for (const f of result.report?.testResults ?? []) m.set(relative(ROOT, f.name), (f.endTime - f.startTime) / 1000);
  return m;
}

function summarize(results) {
  const byTest = new Map();
  for (const r of results) for (const f of failuresOf(r)) byTest.set(f, [...(byTest.get(f) ?? []), r.run]);
  const slowest = new Map();
  for (const r of results) for (const [file, s] of fileSeconds(r)) slowest.set(file, Math.max(slowest.get(file) ?? 0, s));
  console.log("\n[stress] ===== summary =====");
  for (const r of results) {
    const tests = r.report ? `${r.report.numPassedTests}/${r.report.numTotalTests} tests passed` : "no report";
    console.log(`[stress] run ${r.run}: ${r.seconds.toFixed(1)} s, ${tests}`);
  }
  console.log("[stress] slowest files (longest of any run):");
  for (const [file, s] of [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`[stress]   ${s.toFixed(1).padStart(6)} s  ${file}`);
  if (byTest.size === 0) {
    console.log(`[stress] every test passed in all ${results.length} runs`);
    return 0;
  }
  console.log(`[stress] ${byTest.size} test(s) failed in at least one run:`);
  for (const [test, runs] of byTest) console.log(`[stress]   runs ${runs.join(",")}: ${test}`);
  return 1;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const dir = mkdtempSync(join(tmpdir(), "afterword-stress-"));
  const burners = startBurners(o.burners);
  const stop = () => burners.forEach((b) => b.exitCode === null && b.kill("SIGKILL"));
  process.on("exit", stop);
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));
  console.log(`[stress] ${o.runs} run(s) of the suite with ${o.burners} CPU burner(s) running`);
  const results = [];
  try {
    for (let run = 1; run <= o.runs; run++) results.push(await runSuite(run, o.runs, o.vitest, dir));
  } finally {
    stop();
    rmSync(dir, { recursive: true, force: true });
  }
  process.exitCode = summarize(results);
}

await main();
