// Grammar from an offline checker loaded once at start-up (harper.js), on drafts and on the user's edits; names,
// companies, roles and tech words from the debrief are never flagged, and spelling stays with the spelling check.
import type { Debrief } from "../model/interview.js";
import type { Finding } from "./letter-types.js";
import { debriefVocabulary } from "./check-spelling.js";
import { isCommonWord } from "./load-speller.js";

/** One problem the grammar checker found: its category, the words at fault, what to do. */
export interface GrammarLint {
  kind: string;
  problem: string;
  message: string;
  suggestion?: string;
}

/** A grammar checker that is ready to use: loaded before any turn, and synchronous inside one. */
export interface GrammarChecker {
  lint(text: string): GrammarLint[];
}

// Harper's spelling and capitalization lints know no names; the Hunspell check with the debrief's words does that job.
const LEFT_TO_SPELLING = new Set(["Spelling"]);

/** True when the words a lint points at are names or words from the debrief (harper marks some first names as acronyms). */
function onKnownWords(problem: string, known: ReadonlySet<string>): boolean {
  const words = problem.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  // Ordinary words ("the the") are never excused, even though the debrief uses them too.
  const excused = (w: string): boolean => {
    const bare = w.replace(/['’]s$/, "");
    return known.has(bare.toLowerCase()) && (!isCommonWord(bare) || /^\p{Lu}/u.test(bare));
  };
  return words.length > 0 && words.every(excused);
}

/** Runs the grammar checker on a letter; each finding quotes the words and the fix. */
export function checkGrammar(text: string, d: Debrief, checker: GrammarChecker | undefined, userName?: string, known = debriefVocabulary(d, userName)): Finding[] {
  if (!checker) return [];
  return checker
    .lint(text)
    .filter((l) => !LEFT_TO_SPELLING.has(l.kind) && !onKnownWords(l.problem, known))
    .map((l) => ({ code: "grammar.finding", message: `"${l.problem}": ${l.message}${l.suggestion ? ` (try "${l.suggestion}")` : ""}` }));
}
