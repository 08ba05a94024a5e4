// Measures the functions of a TypeScript source by its braces: each function, method or arrow
// function with a block body, from the line that opens it to the line that closes it. Strings,
// template literals, comments and regular expressions are skipped so their braces do not count.

/** One function's extent. */
export interface FunctionSize {
  name: string;
  line: number;
  lines: number;
}

// A line that opens a function body: `function f(…) {`, a method `name(…): T {`, `… => {`.
const OPENS_FUNCTION = [
  /\bfunction\b.*\)\s*(?::[^=]+)?\{\s*$/,
  /=>\s*\{\s*$/,
  /^\s*(?:(?:export|public|private|protected|static|async|override|readonly|get|set)\s+)*(?!if\b|for\b|while\b|switch\b|catch\b|return\b)[\w$]+\s*(?:<[^>]*>)?\s*\([^;]*\)\s*(?::[^=;{]+)?\{\s*$/,
];

/** The source with strings, templates, comments and regex literals blanked (same length, newlines kept). */
export function blankLiterals(src: string): string {
  let out = "";
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, " ");
  let prev = "";
  while (i < src.length) {
    const c = src[i]!;
    const two = src.slice(i, i + 2);
    let end = -1;
    if (two === "//") end = src.indexOf("\n", i) === -1 ? src.length : src.indexOf("\n", i);
    else if (two === "/*") end = src.indexOf("*/", i + 2) + 2;
    else if (c === '"' || c === "'") end = stringEnd(src, i, c);
    else if (c === "`") end = templateEnd(src, i);
    else if (c === "/" && /[=(,:;!&|?{}[\]+\-*%<>~^]|^$|\breturn$/.test(prev)) end = regexEnd(src, i);
    if (end > i) {
      out += blank(src.slice(i, end));
      i = end;
      prev = "x";
      continue;
    }
    out += c;
    if (!/\s/.test(c)) prev = /[\w$]/.test(c) ? (prev.endsWith("return") ? prev : (prev + c).slice(-6)) : c;
    i++;
  }
  return out;
}

function stringEnd(src: string, i: number, q: string): number {
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === "\\") j++;
    else if (src[j] === q || src[j] === "\n") return j + 1;
  }
  return src.length;
}

function templateEnd(src: string, i: number): number {
  let depth = 0;
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j];
    if (c === "\\") j++;
    else if (depth === 0 && c === "`") return j + 1;
    else if (c === "$" && src[j + 1] === "{") (depth++, j++);
    else if (depth > 0 && c === "}") depth--;
    else if (depth > 0 && c === "`") j = templateEnd(src, j) - 1;
  }
  return src.length;
}

function regexEnd(src: string, i: number): number {
  let inClass = false;
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j];
    if (c === "\n") return -1;
    if (c === "\\") j++;
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "/" && !inClass) {
      let k = j + 1;
      while (/[a-z]/.test(src[k] ?? "")) k++;
      return k;
    }
  }
  return -1;
}

/** Every function with a block body in `src`, with how many lines it spans. */
export function functionSizes(src: string): FunctionSize[] {
  const text = blankLiterals(src);
  const lines = text.split("\n");
  const open: { name: string; line: number; depth: number }[] = [];
  const sizes: FunctionSize[] = [];
  let depth = 0;
  lines.forEach((line, n) => {
    for (const ch of line) {
      if (ch === "{") depth++;
      else if (ch === "}") {
        const top = open[open.length - 1];
        if (top && top.depth === depth) {
          open.pop();
          sizes.push({ name: top.name, line: top.line + 1, lines: n - top.line + 1 });
        }
        depth--;
      }
    }
    if (OPENS_FUNCTION.some((re) => re.test(line))) {
      const name = /(?:const|let)\s+([\w$]+)/.exec(line)?.[1] ?? /([\w$]+)\s*(?:<[^>]*>)?\s*\(/.exec(line)?.[1] ?? "(anonymous)";
      open.push({ name, line: n, depth });
    }
  });
  return sizes;
}
