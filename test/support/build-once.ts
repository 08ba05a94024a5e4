// The one way tests get dist/: `npm run build`, once per test run (vitest's global setup), only
// when a source changed since the last good build, behind a lock so two test runs in one checkout
// never rewrite dist/ under each other. A type error fails the run with tsc's own message.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The built CLI, as `npm start` runs it. */
export const MAIN = join(ROOT, "dist", "src", "main.js");

const STAMP = join(ROOT, "dist", ".built");
const LOCK = join(ROOT, ".build.lock");
const INPUTS = ["src", "adapters", "tsconfig.json", "package.json"];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** True when the last good build is newer than every source it was built from. */
export function isBuilt(): boolean {
  return existsSync(STAMP) && existsSync(MAIN) && statSync(STAMP).mtimeMs >= Math.max(...INPUTS.map((p) => newest(join(ROOT, p))));
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist/ unless it is current; throws with the compiler's output when the build fails. */
export function buildOnce(): void {
  if (isBuilt()) return;
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test run in this checkout is building; a lock older than three minutes was left by a killed one.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 180_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${LOCK} is held for over 3 minutes; remove it if no build is running`);
      sleepSync(250);
    }
  }
  try {
    if (isBuilt()) return;
    rmSync(STAMP, { force: true });
    try {
      execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "pipe", timeout: 170_000 });
    } catch (err) {
      const e = err as { stdout?: Buffer; stderr?: Buffer; message: string };
      throw new Error(`npm run build failed, so the tests cannot run the built server:\n${e.stdout ?? ""}${e.stderr ?? ""}`.trim() || e.message);
    }
    writeFileSync(STAMP, new Date().toISOString());
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
