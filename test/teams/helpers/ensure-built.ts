// The sweep runs as `node dist/src/main.js`, so dist/ must match the sources. Building only when
// something is stale keeps this suite from rewriting dist/ under another suite's running CLI.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** True when every source under src/ and adapters/ has an emitted file at least as new. */
export function isBuilt(root: string): boolean {
  return ["src", "adapters"].every((top) =>
    sources(join(root, top)).every((file) => {
      const out = join(root, "dist", relative(root, file)).replace(/\.ts$/, ".js");
      return existsSync(out) && statSync(out).mtimeMs >= statSync(file).mtimeMs;
    }),
  );
}

/** Compiles to dist/ as `npm run build` does, unless it is already current. */
export function ensureBuilt(root: string): void {
  if (isBuilt(root)) return;
  try {
    execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", root], { cwd: root, stdio: "pipe", timeout: 120_000 });
  } catch (err) {
    // A colleague's half-written file may fail type checking; the emitted JavaScript still serves.
    if (!existsSync(join(root, "dist/src/main.js"))) throw err;
  }
}
