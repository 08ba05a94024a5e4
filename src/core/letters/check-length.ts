// Length per kind, in words of the body (greeting and signature included): short enough to be read, long enough to say something.
import type { DraftKind, Finding } from "./letter-types.js";
import { tokenize } from "./text-tokens.js";

// A thank-you email reads in under a minute (about 200 words); thin debriefs give honest letters of 20–60 words and
// rich ones about 100–150, so 20–300 leaves room for the user's edits while a 900-word letter is flagged. A card fits
// a folded card by hand (12–100). A check-in is a few lines (25–160); a reply to a rejection a short paragraph (25–170).
/** The sensible length of each kind of letter, in words of the body, greeting and signature included. */
export const LENGTH_RANGES: Readonly<Record<DraftKind, readonly [min: number, max: number]>> = {
  thanks: [20, 300],
  card: [12, 100],
  checkin: [25, 160],
  rejection: [25, 170],
};

const NAMES: Record<DraftKind, string> = { thanks: "thank-you note", card: "card", checkin: "check-in", rejection: "reply" };

/** Counts the words of a body. */
export function countWords(body: string): number {
  return tokenize(body).length;
}

/** Flags a body shorter or longer than its kind's range. */
export function checkLength(kind: DraftKind, body: string): Finding[] {
  const words = countWords(body);
  const [min, max] = LENGTH_RANGES[kind];
  if (words > max) return [{ code: "length.too-long", message: `This ${NAMES[kind]} is ${words} words; cut it to ${max} or fewer so it is read to the end.` }];
  if (words < min) return [{ code: "length.too-short", message: `This ${NAMES[kind]} is only ${words} words; add a sentence or two (at least ${min}).` }];
  return [];
}
