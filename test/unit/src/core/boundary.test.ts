import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, sources } from "../../../support/source-imports.js";
import { ROOT } from "../../../support/build-once.js";

/** The imports of `file` that break the core's rules: chat SDKs, web frameworks, drivers, and anything under src/ outside src/core. */
function coreViolations(file: string, text: string): string[] {
  return importsOf(text).filter((spec) => {
    if (/^(@slack\/|botbuilder|botframework|@microsoft\/|better-sqlite3|express|node-cron|pino|ws$)/.test(spec)) return true;
    if (!spec.startsWith(".")) return false;
    const target = relative(ROOT, resolve(dirname(file), spec));
    return !target.startsWith(join("src", "core"));
  });
}

describe("the core stays platform-neutral and owns its model", () => {
  const files = sources(join(ROOT, "src", "core"));

  it("has sources to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s imports no chat SDK, web framework, driver, store, scheduler or server", (file) => {
    expect(coreViolations(file, readFileSync(file, "utf8"))).toEqual([]);
  });

  it("catches a forbidden import when one is added, type-only ones included", () => {
    const file = join(ROOT, "src", "core", "coach.ts");
    expect(coreViolations(file, 'import type { Store } from "../store/store.js";')).toEqual(["../store/store.js"]);
    expect(coreViolations(file, 'import { sweep } from "../scheduler/sweep.js";')).toEqual(["../scheduler/sweep.js"]);
    expect(coreViolations(file, 'const m = await import("better-sqlite3");')).toEqual(["better-sqlite3"]);
    expect(coreViolations(file, 'import type { App } from "@slack/bolt";')).toEqual(["@slack/bolt"]);
    expect(coreViolations(file, 'import { z } from "zod";\nimport type { Debrief } from "./model/interview.js";')).toEqual([]);
  });
});

describe("the store depends only on the core's model, ports and errors", () => {
  const files = sources(join(ROOT, "src", "store"));

  it.each(files)("%s imports from src/core only its model, ports, errors and neutral types", (file) => {
    const bad = importsOf(readFileSync(file, "utf8")).filter((spec) => {
      if (!spec.startsWith(".")) return false;
      const target = relative(ROOT, resolve(dirname(file), spec));
      if (target.startsWith(join("src", "store"))) return false;
      return !/^src\/core\/(model\/|ports\.js$|errors\.js$|types\.js$)/.test(target);
    });
    expect(bad).toEqual([]);
  });
});
