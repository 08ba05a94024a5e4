// Where tests live, so the test for a file is easy to find and no test file is silently left out
// of `npm test`: unit tests mirror the file they test (test/unit/<path>.test.ts, or
// <path>.<facet>.test.ts for a second angle on it), integration and system tests sit apart.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/build-once.js";

const TEST = join(ROOT, "test");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(TEST, path)];
  });
}

const tests = files(TEST).filter((f) => f.endsWith(".test.ts"));

/** The source a unit test mirrors, if it exists: src/core/plan/nudge-hours.ts for unit/src/core/plan/nudge-hours[.facet].test.ts. */
function mirrored(test: string): string | undefined {
  const base = test.replace(/^unit\//, "").replace(/\.test\.ts$/, "");
  const candidates = [base, base.replace(/\.[^./]+$/, "")].flatMap((p) => [`${p}.ts`, `${p}.yml`]);
  return candidates.find((c) => existsSync(join(ROOT, c)));
}

describe("the test layout", () => {
  it("has every test file in one of the three projects that npm test runs", () => {
    expect(tests.length).toBeGreaterThan(50);
    expect(tests.filter((t) => !/^(unit|integration|system)\//.test(t))).toEqual([]);
  });

  it("names, for every unit test, the source file it tests (boundary tests excepted)", () => {
    const units = tests.filter((t) => t.startsWith("unit/") && !/(^|[/-])boundary\.test\.ts$/.test(t) && t !== "unit/layout.test.ts");
    expect(units.length).toBeGreaterThan(15);
    expect(units.filter((t) => !mirrored(t))).toEqual([]);
  });

  it("catches a unit test that mirrors nothing", () => {
    expect(mirrored("unit/src/core/plan/nudge-hours.test.ts")).toBe("src/core/plan/nudge-hours.ts");
    expect(mirrored("unit/src/core/plan/plan-follow-up.properties.test.ts")).toBe("src/core/plan/plan-follow-up.ts");
    expect(mirrored("unit/src/core/plan/no-such-file.test.ts")).toBeUndefined();
  });
});
