// The engine's language data (the spelling dictionary, the part-of-speech tagger's lexicon, the
// date parser, the map from time zones to countries) is built on first use: a few hundred
// milliseconds of one synchronous call, which would otherwise fall inside the first turn or nudge
// that needs it and hold every other user waiting. The server builds it right after it starts
// listening, one piece per turn of the event loop.
import { readFirstLine } from "./debrief/read-first-line.js";
import { isCommonWord } from "./letters/load-speller.js";
import { countryForZone } from "./plan/index.js";

/** Each piece of language data, built by using it once. */
export const WARM_UP_STEPS: readonly (() => unknown)[] = [
  () => countryForZone("Europe/London"),
  () => isCommonWord("interview"),
  // The tagger and the date parser, as a one-line start uses them.
  () => readFirstLine("Acme, Staff Engineer, today 10am, video, with Dana Li", new Date(), "UTC"),
];

/** Runs the warm-up steps, letting the event loop turn between them. */
export async function warmUp(steps: readonly (() => unknown)[] = WARM_UP_STEPS): Promise<void> {
  for (const step of steps) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    step();
  }
}
