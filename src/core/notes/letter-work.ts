// Letters drafted and checked ahead of the write that shows them: the sweeper composes a nudge's
// letters outside the shared commit, then renders the nudge inside it from what was worked out.
// Each result is keyed by everything it was computed from, so a draft or a check made before
// something changed is never used after; a miss is simply worked out again.
import type { TurnContext } from "../turn-context.js";

/** What was worked out ahead, by the inputs it came from. */
export interface LetterWork {
  results: Map<string, unknown>;
}

/** An empty store of work done ahead. */
export function letterWork(): LetterWork {
  return { results: new Map() };
}

/** `compute()`, or what was worked out ahead for exactly these inputs (`key()`, as a string; only built when working ahead). */
export function workedOut<T>(ctx: TurnContext, keyOf: () => string, compute: () => T): T {
  const work = ctx.letterWork;
  if (!work) return compute();
  const key = keyOf();
  if (work.results.has(key)) return work.results.get(key) as T;
  const value = compute();
  work.results.set(key, value);
  return value;
}
