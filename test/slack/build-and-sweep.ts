// Runs the real CLI, `afterword sweep --now <ISO>`, as its own process against the test's
// database and fake Slack API, the way an operator or a cron job would.
import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const MAIN = join(ROOT, "dist", "src", "main.js");

/** Compiles the project to dist/ (as `npm run build` does); tsc's exit code is ignored as long as main.js exists. */
export function buildOnce(): void {
  try {
    execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", ROOT], { stdio: "pipe", timeout: 120_000 });
  } catch {
    // Another engineer's half-written file may fail type-checking; the emitted JS is still usable.
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
