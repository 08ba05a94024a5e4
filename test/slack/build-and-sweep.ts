// Runs the real CLI, `afterword sweep --now <ISO>`, as its own process against the test's
// database and fake Slack API, the way an operator or a cron job would.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const MAIN = join(ROOT, "dist", "src", "main.js");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

function isBuilt(): boolean {
  return ["src", "adapters"].every((top) =>
    sources(join(ROOT, top)).every((file) => {
      const out = join(ROOT, "dist", relative(ROOT, file)).replace(/\.ts$/, ".js");
      return existsSync(out) && statSync(out).mtimeMs >= statSync(file).mtimeMs;
    }),
  );
}

/**
 * Compiles to dist/ (as `npm run build` does) unless it is current. Rebuilding only when stale,
 * and one test file at a time (a lock directory), keeps dist/ from being rewritten under a
 * running CLI. tsc's exit code is ignored as long as main.js exists: a colleague's half-written
 * file may fail type-checking while the emitted JavaScript still serves.
 */
export function buildOnce(): void {
  const lock = join(ROOT, "dist", ".slack-tests-build.lock");
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (isBuilt()) return;
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} is held for over 2 minutes; remove it if no build is running`);
      execFileSync(process.execPath, ["-e", "setTimeout(() => {}, 200)"]);
    }
  }
  try {
    execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", ROOT], { cwd: ROOT, stdio: "pipe", timeout: 120_000 });
  } catch {
    // See above: the emitted JavaScript is what the CLI runs.
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  if (!existsSync(MAIN)) throw new Error(`npm run build did not produce ${MAIN}`);
}

/** Spawns `node dist/src/main.js sweep --now <iso>` with only the given environment; resolves with its output. */
export function sweepCli(iso: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [MAIN, "sweep", "--now", iso],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? "", ...env }, timeout: 30_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
