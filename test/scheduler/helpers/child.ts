// Child processes running the BUILT code (dist/) against a temp database: bounded in time, killed in afterAll.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
/** The sweeping child script. */
export const SWEEP_CHILD = join(ROOT, "test/scheduler/fixtures/sweep-child.mjs");
/** The built CLI. */
export const MAIN = join(ROOT, "dist/src/main.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (name.endsWith(".ts")) newest = Math.max(newest, st.mtimeMs);
  }
  return newest;
}

function stale(): boolean {
  const built = join(ROOT, "dist/src/scheduler/sweep.js");
  if (!existsSync(built) || !existsSync(MAIN)) return true;
  const sources = Math.max(...["src", "adapters"].map((d) => newestSource(join(ROOT, d))));
  return statSync(built).mtimeMs < sources || statSync(MAIN).mtimeMs < sources;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs `npm run build` when dist/ is older than the sources; test files building at once take turns. */
export function ensureBuilt(): void {
  if (!stale()) return;
  const lock = join(tmpdir(), "afterword-scheduler-build.lock");
  const deadline = Date.now() + 150_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than three minutes was left by a killed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 180_000) rmdirSync(lock);
      if (Date.now() > deadline) throw new Error("timed out waiting for another build of dist/");
      sleep(250);
    }
  }
  try {
    if (!stale()) return;
    try {
      execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "pipe", timeout: 120_000 });
    } catch (err) {
      // tsc still emits when someone else's file has a type error; only a missing build is fatal here.
      if (!existsSync(join(ROOT, "dist/src/scheduler/sweep.js"))) throw err;
    }
  } finally {
    rmdirSync(lock);
  }
}

/** A running child process and what it printed. */
export interface Child {
  proc: ChildProcess;
  out: () => string;
  err: () => string;
  /** Resolves with the exit code (or the signal that ended it). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

/** Environment for a child: no chat credentials, no network, quiet logs. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "silent", AFTERWORD_TZ: "UTC", TZ: "UTC" };
  return { ...env, ...extra };
}

/** Starts `node <script> ...args`; killed after `timeoutMs` at the latest. */
export function startNode(script: string, args: string[], env: Record<string, string>, timeoutMs = 60_000): Child {
  let out = "";
  let err = "";
  const proc = spawn(process.execPath, [script, ...args], { cwd: ROOT, env: childEnv(env), stdio: ["ignore", "pipe", "pipe"] });
  running.add(proc);
  proc.stdout!.on("data", (b) => (out += b));
  proc.stderr!.on("data", (b) => (err += b));
  const timer = setTimeout(() => proc.kill("SIGKILL"), timeoutMs);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    proc.on("exit", (code, signal) => {
      clearTimeout(timer);
      running.delete(proc);
      res({ code, signal });
    }),
  );
  return { proc, out: () => out, err: () => err, exited };
}

/** Runs a child to the end and returns its output; throws with its stderr when it fails. */
export async function runNode(script: string, args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<string> {
  const c = startNode(script, args, env, timeoutMs);
  const { code, signal } = await c.exited;
  if (code !== 0) throw new Error(`${script} ${args.join(" ")} exited with ${code ?? signal}:\n${c.err()}\n${c.out()}`);
  return c.out();
}

/** Kills every child still running (afterAll). */
export function killAll(): void {
  for (const p of running) p.kill("SIGKILL");
  running.clear();
}

/** Waits until `check` is true, polling; throws after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs = 20_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The reminder ids a child's port recorded, one per line. */
export function idsIn(file: string): number[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map(Number);
}
