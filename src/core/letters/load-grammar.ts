// Loads harper.js once, at start-up: compiling its WebAssembly takes about a second, linting a letter a few milliseconds.
import { setFlagsFromString } from "node:v8";
import type { GrammarChecker, GrammarLint } from "./check-grammar.js";

interface WasmLint {
  lint_kind(): string;
  get_problem_text(): string;
  message(): string;
  suggestions(): { get_replacement_text(): string }[];
  free(): void;
}
interface WasmLinter {
  lint(text: string, language: number, forceAllHeadings: boolean, mask: undefined, dedup: boolean, isolateEnglish: boolean): WasmLint[];
}

// harper.js's Language enum: plain text, so a letter's line breaks and asterisks are not read as Markdown.
const PLAIN_TEXT = 0;

/** A grammar checker whose WebAssembly is still compiling: it finds nothing until `ready` settles. */
export interface StartingGrammarChecker extends GrammarChecker {
  /** Settles once the checker works (or failed to load, in which case it keeps finding nothing). */
  ready: Promise<void>;
}

/**
 * Starts loading the grammar checker in the background, at start-up, so the terminal and the server answer at once;
 * a turn that comes before it is ready is checked for everything but grammar, and nothing is ever loaded in a turn.
 */
export function startGrammarChecker(onError: (err: unknown) => void = () => {}): StartingGrammarChecker {
  let loaded: GrammarChecker | undefined;
  const ready = loadGrammarChecker().then(
    (checker) => {
      loaded = checker;
    },
    (err: unknown) => onError(err),
  );
  return { ready, lint: (text) => (loaded ? loaded.lint(text) : []) };
}

/**
 * Builds the grammar checker: awaits harper.js's WebAssembly (shipped in the package, offline) and keeps one American-English linter.
 * Call it in the composition root before serving any turn; the checker it returns lints synchronously.
 */
export async function loadGrammarChecker(): Promise<GrammarChecker> {
  // V8 would re-compile harper's hot functions with its optimizing compiler, and keep both: about 150 MB
  // more resident memory for a lint that takes 4 ms instead of 2.6. Afterword's only WebAssembly is
  // harper's, and the flag is read when a module is compiled, so it is set just before.
  setFlagsFromString("--liftoff-only");
  const harper = await import("harper.js");
  // The WebAssembly file beside the module, rather than the inlined copy: a third less CPU to start (no base64 decode).
  const { binary: wasm } = await import("harper.js/binary");
  // LocalLinter's methods are all async; the linter it wraps is synchronous once built, which a turn inside a
  // database transaction needs. createLinter is how LocalLinter builds it.
  const binary = wasm as unknown as { createLinter(dialect: number): Promise<WasmLinter> };
  const linter = await binary.createLinter(harper.Dialect.American);
  linter.lint("Warm up.", PLAIN_TEXT, false, undefined, true, false);
  return {
    lint(text: string): GrammarLint[] {
      return linter.lint(text, PLAIN_TEXT, false, undefined, true, false).map((l) => {
        const suggestion = l.suggestions()[0]?.get_replacement_text();
        const out: GrammarLint = { kind: l.lint_kind(), problem: l.get_problem_text(), message: l.message(), ...(suggestion ? { suggestion } : {}) };
        l.free();
        return out;
      });
    },
  };
}
