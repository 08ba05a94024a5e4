// The letters module: composers for every note the coach drafts, and the checks run on drafts and on the user's edits.
export type { CheckedLetter, Draft, DraftKind, Finding, LetterContext } from "./letter-types.js";
export { composeThankYous } from "./compose-thank-yous.js";
export { composeCard } from "./compose-card.js";
export { composeCheckIn } from "./compose-check-in.js";
export { composeRejectionReply } from "./compose-rejection-reply.js";
export { missingDetail } from "./missing-detail.js";
export { formatFollowUpDay } from "./calendar-day.js";
export { checkLetter } from "./check-letter.js";
export { LENGTH_RANGES } from "./check-length.js";
export { checkDistinct, DISTINCT_BOUND, measureSimilarity } from "./check-distinct.js";
