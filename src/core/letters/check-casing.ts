// Names typed in small letters in the notes ("zimmer", "lacerte") reach the letter as typed: the user is told, since
// only they know whether a word is a product or a company, and a reader in that trade notices at once.
import type { Debrief } from "../model/interview.js";
import { debriefVocabulary } from "./check-spelling.js";
import type { Finding } from "./letter-types.js";
import { loadSpeller } from "./load-speller.js";
import { tokenize } from "./text-tokens.js";

/** One finding per word of the user's own notes that is in small letters in the letter and in no dictionary. */
export function checkSmallNames(text: string, d: Debrief, userName?: string, vocabulary = debriefVocabulary(d, userName)): Finding[] {
  const speller = loadSpeller();
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const tok of tokenize(text)) {
    const word = tok.word;
    if (!/^\p{Ll}{4,}$/u.test(word) || seen.has(word) || !vocabulary.has(word)) continue;
    if (speller.correct(word) || speller.correct(word.charAt(0).toUpperCase() + word.slice(1))) continue;
    seen.add(word);
    findings.push({
      code: "casing.small-name",
      message: `"${word}" is in small letters, as in your notes; if it's a name or a product, write it the way they do (${word.charAt(0).toUpperCase()}${word.slice(1)}?).`,
    });
  }
  return findings;
}
