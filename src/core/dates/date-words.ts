// Which words of a typed date no reader placed: "the day after the thing" reads "the day after" as
// tomorrow, and "the thing" is left over, so the answer is refused instead of silently guessed.
import { safeZone } from "../plan/local-time.js";
import { chronoParse } from "./chrono-parse.js";
import { DAY_PHRASES } from "./parse-decision-date.js";

// Words that say nothing about which day, or only what the readers already read around them.
const FILLER = new Set(
  (
    "a an the by on at around about approximately approx before until till til in of this next coming " +
    "maybe probably perhaps likely hopefully possibly roughly ish i i'm im think guess they he she we it it's its is was " +
    "be will would should could said say says told me us them decide decided deciding decision expect expected hear from " +
    "back get let know answer sometime some time ok okay please let's lets then also and latest end mid middle beginning " +
    "start early earlier late later morning afternoon evening night tonight noon week working business interview call " +
    "meeting round just no than one"
  ).split(" "),
);

// Built once: the day phrases, made global to blank every place they match.
const DAY_PHRASES_ALL = DAY_PHRASES.map((re) => new RegExp(re.source, "gi"));

/** The date phrases chrono sees in a typed answer, one per separate date ("Monday or Tuesday" is two). */
export function chronoSpans(text: string, now: Date, tz: string): string[] {
  return chronoParse(text, now, safeZone(tz, "UTC"), true).map((r) => r.text);
}

/** The words of a typed date that neither chrono (its `spans`) nor the day phrases placed, filler aside; empty when the answer was read whole. */
export function unplacedWords(text: string, spans: string[]): string[] {
  let rest = ` ${text.toLowerCase()} `;
  for (const span of spans) rest = rest.replace(span.toLowerCase(), " ");
  for (const re of DAY_PHRASES_ALL) rest = rest.replace(re, " ");
  return rest
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter((w) => w && !FILLER.has(w));
}
