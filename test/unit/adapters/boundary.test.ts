// Adapters translate at the edge and talk only to the engine: never to the store, the scheduler or the server.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, sources } from "../../support/source-imports.js";
import { ROOT } from "../../support/build-once.js";

/** The imports of an adapter file that reach past the engine. */
function adapterViolations(file: string, text: string): string[] {
  return importsOf(text).filter((spec) => {
    if (!spec.startsWith(".")) return spec === "better-sqlite3" || spec === "node-cron";
    const target = relative(ROOT, resolve(dirname(file), spec));
    return /^src\/(store|scheduler|server)\//.test(target);
  });
}

describe("adapters talk only to the engine", () => {
  const files = sources(join(ROOT, "adapters"));

  it("has sources to check", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)("%s imports nothing from src/store, src/scheduler or src/server", (file) => {
    expect(adapterViolations(file, readFileSync(file, "utf8"))).toEqual([]);
  });

  it("catches a forbidden import when one is added, type-only ones included", () => {
    const file = join(ROOT, "adapters", "slack", "dm-channels.ts");
    expect(adapterViolations(file, 'import type { Store } from "../../src/store/store.js";')).toEqual(["../../src/store/store.js"]);
    expect(adapterViolations(file, 'import { sweep } from "../../src/scheduler/sweep.js";')).toEqual(["../../src/scheduler/sweep.js"]);
    expect(adapterViolations(file, 'import type { X } from "../../src/server/serve.js";')).toEqual(["../../src/server/serve.js"]);
    expect(adapterViolations(file, 'import Database from "better-sqlite3";')).toEqual(["better-sqlite3"]);
    expect(adapterViolations(file, 'import type { CoachApi } from "../../src/core/coach-api.js";')).toEqual([]);
  });
});
