// Runs the real CLI, `afterword sweep --now <ISO>`, as its own process against the test's
// database and fake Slack API, the way an operator or a cron job would.
import { execFile } from "node:child_process";
import { MAIN, ROOT } from "../build-once.js";
import { GRAMMAR } from "../grammar-env.js";

export { MAIN, ROOT };

/** Spawns `node dist/src/main.js sweep --now <iso>` with only the given environment; resolves with its output. */
export function sweepCli(iso: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [MAIN, "sweep", "--now", iso],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? "", AFTERWORD_GRAMMAR: GRAMMAR, ...env }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
