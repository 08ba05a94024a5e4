// One job per file: every production file under 250 lines, every function under 60 (measured by
// test/support/function-sizes.ts, which follows each function's braces with literals skipped).
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/build-once.js";
import { functionSizes } from "../support/function-sizes.js";
import { sources } from "../support/source-imports.js";

const files = ["src", "adapters"].flatMap((d) => sources(join(ROOT, d)));

describe("production code stays small", () => {
  it("reads every source", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("has no file over 250 lines", () => {
    const big = files.map((f) => ({ f: relative(ROOT, f), n: readFileSync(f, "utf8").split("\n").length })).filter((x) => x.n > 250);
    expect(big).toEqual([]);
  });

  it("has no function over 60 lines", () => {
    const big = files.flatMap((f) => functionSizes(readFileSync(f, "utf8")).filter((s) => s.lines > 60).map((s) => `${relative(ROOT, f)}:${s.line} ${s.name} (${s.lines} lines)`));
    expect(big).toEqual([]);
  });
});

describe("the function measure", () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `  const x${i} = "{" + \`\${"}"}\` + /\\{/.source; // }`).join("\n");

  it("counts a function, a method and an arrow function from the line that opens each to the line that closes it", () => {
    const src = `export function f(a: { b: number } = { b: 1 }): number {\n${body(3)}\n  return 1;\n}\nclass C {\n  m(x: string): void {\n${body(2)}\n  }\n}\nconst g = async () => {\n${body(1)}\n};\n`;
    expect(functionSizes(src).map((s) => [s.name, s.lines])).toEqual([
      ["f", 6],
      ["m", 4],
      ["g", 3],
    ]);
  });

  it("would catch a function of 61 lines", () => {
    const sizes = functionSizes(`function long() {\n${body(59)}\n}\n`);
    expect(sizes).toEqual([{ name: "long", line: 1, lines: 61 }]);
  });
});
