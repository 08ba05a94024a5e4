import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A temp directory for the benchmarks' databases (on the real disk, so fsync costs what it costs), removed by `remove()`. */
export interface TempDir {
  path: string;
  file(name: string): string;
  remove(): void;
}

/** Makes a fresh temp directory under the OS temp dir. */
export function makeTempDir(prefix = "afterword-bench-"): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    file: (name) => join(path, name),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
