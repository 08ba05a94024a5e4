// The checks' front door: every check, run on a draft or on the text the user pasted back as their edit.
import type { Debrief } from "../model/interview.js";
import { checkSmallNames } from "./check-casing.js";
import { checkElements } from "./check-elements.js";
import { checkGrammar, type GrammarChecker } from "./check-grammar.js";
import { checkInterest } from "./check-interest.js";
import { checkLength } from "./check-length.js";
import { checkNames } from "./check-names.js";
import { checkSpelling, debriefVocabulary } from "./check-spelling.js";
import { checkTone } from "./check-tone.js";
import { checkVoice } from "./check-voice.js";
import type { CheckedLetter, Finding } from "./letter-types.js";

/** What the checks need besides the letter: who signs, and the grammar checker loaded at start-up. */
export interface CheckOptions {
  userName?: string;
  grammar?: GrammarChecker;
}

/** Runs every check on one letter; an empty list means it is ready to send. */
export function checkLetter(letter: CheckedLetter, debrief: Debrief, opts: CheckOptions = {}): Finding[] {
  // The debrief's own words excuse spelling, casing and grammar findings alike: gathered once per letter.
  const vocabulary = debriefVocabulary(debrief, opts.userName);
  return [
    ...checkNames(letter, debrief, opts.userName),
    ...checkTone(letter.subject, letter.body),
    ...checkVoice(letter, debrief),
    ...checkLength(letter.kind, letter.body),
    ...checkElements(letter, debrief),
    ...checkInterest(letter, debrief),
    ...checkSpelling(`${letter.subject}\n${letter.body}`, debrief, opts.userName, vocabulary),
    ...checkSmallNames(letter.body, debrief, opts.userName, vocabulary),
    ...checkGrammar(letter.body, debrief, opts.grammar, opts.userName, vocabulary),
  ];
}
