// The letters module: the letter-ready gate, composers for every note the coach drafts, and the checks run on drafts and edits.
export type { CheckedLetter, Draft, DraftKind, Finding, LetterContext } from "./letter-types.js";
export type { GreetingStyle } from "./letter-names.js";
export type { Gap, LetterMaterial } from "./read-material.js";
export type { GrammarChecker, GrammarLint } from "./check-grammar.js";
export type { CheckOptions } from "./check-letter.js";
export { composeThankYous } from "./compose-thank-yous.js";
export { composeCard } from "./compose-card.js";
export { composeCheckIn } from "./compose-check-in.js";
export { composeRejectionReply } from "./compose-rejection-reply.js";
export { readMaterial, readerOf } from "./read-material.js";
export { callNameOf, greetingName } from "./letter-names.js";
export { formatCheckInDay, formatFollowUpDay } from "./calendar-day.js";
export { checkLetter } from "./check-letter.js";
export { loadGrammarChecker, startGrammarChecker, type StartingGrammarChecker } from "./load-grammar.js";
export { LENGTH_RANGES, countWords } from "./check-length.js";
export { checkDistinct, DISTINCT_BOUND, measureSimilarity } from "./check-distinct.js";
