import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("the core stays platform-neutral", () => {
  const files = sources(join(import.meta.dirname, "..", "..", "src", "core"));

  it("has sources to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s imports no chat SDK, web framework or database driver", (file) => {
    const text = readFileSync(file, "utf8");
    const imports = [...text.matchAll(/(?:from\s+|import\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!);
    const forbidden = imports.filter((s) => /^(@slack\/|botbuilder|botframework|better-sqlite3|express|node-cron|ws$)/.test(s));
    expect(forbidden).toEqual([]);
    // The store is reached only through type imports; the engine never opens a database itself.
    const valueStoreImports = [...text.matchAll(/^import\s+(?!type\b)[^;]*from\s+["'][^"']*\/store\/[^"']+["']/gm)];
    expect(valueStoreImports.map((m) => m[0])).toEqual([]);
  });
});
