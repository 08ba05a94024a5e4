// The checks' front door: every check, run on a draft or on the text the user pasted back as their edit.
import type { Debrief } from "../model/interview.js";
import { checkElements } from "./check-elements.js";
import { checkInterest } from "./check-interest.js";
import { checkLength } from "./check-length.js";
import { checkNames } from "./check-names.js";
import { checkSpelling } from "./check-spelling.js";
import { checkTone } from "./check-tone.js";
import type { CheckedLetter, Finding } from "./letter-types.js";

/** Runs every check on one letter; an empty list means it is ready to send. */
export function checkLetter(letter: CheckedLetter, debrief: Debrief, opts: { userName?: string } = {}): Finding[] {
  return [
    ...checkNames(letter, debrief, opts.userName),
    ...checkTone(letter.subject, letter.body),
    ...checkLength(letter.kind, letter.body),
    ...checkElements(letter, debrief),
    ...checkInterest(letter, debrief),
    ...checkSpelling(`${letter.subject}\n${letter.body}`, debrief, opts.userName),
  ];
}
