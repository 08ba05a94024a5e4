// The thank-you letters: one per interviewer, each built around what that person raised, with the shared beats
// (the fit, what never came up, a shored-up answer) placed in the letter they fit best. A letter says thanks once,
// names the company once, ties the user's facts to the reader's moment, and closes with one line.
import { centreBeats } from "./centre-beats.js";
import { describeRole, gatherFacts, onDay, personFacts, signOff, teamAsPerson, type LetterFacts, type PersonFacts } from "./letter-facts.js";
import type { Draft, LetterContext } from "./letter-types.js";
import { joinParagraphs, pickPhrase } from "./pick-phrase.js";
import { planLetters, type LetterPlan } from "./plan-letters.js";
import { KEEN, KEEN_WITH_DAY, LOOKING_AHEAD, MET_LINES, OPENINGS, SIGN_OFFS, SUBJECTS, WELL_WISHES, WITH_DAY } from "./thanks-phrases.js";

// How fast each line moves through its pool per "another version", so versions differ line by line.
const STEPS = { opening: 3, closing: 1, met: 2, subject: 1, signOff: 2 };

/** The one closing line: interest when the user has it, the check-in day when one is planned, good wishes when done. */
function closingLine(f: LetterFacts, p: PersonFacts): string | undefined {
  const i = p.index + f.seed;
  const v = f.variant;
  if (f.interest === "no") return pickPhrase(WELL_WISHES, i, v, STEPS.closing, 0);
  if (f.interest === "yes") return f.checkinDay ? pickPhrase(KEEN_WITH_DAY, i, v, STEPS.closing, 0)(f.checkinDay) : pickPhrase(KEEN, i, v, STEPS.closing, 0);
  // Unsure and no day to promise: the letter still ends, looking ahead rather than claiming interest.
  return f.checkinDay ? pickPhrase(WITH_DAY, i, v, STEPS.closing, 0)(f.checkinDay) : pickPhrase(LOOKING_AHEAD, i, v, STEPS.closing, 0);
}

/** Writes one thank-you letter to one person (or to the hiring team when `p.id` is null). */
function composeOne(f: LetterFacts, p: PersonFacts, plan: LetterPlan): Draft {
  // The panel's letters differ by reader; two interviews' letters differ by the interview's own number.
  const i = p.index + f.seed;
  const v = f.variant;
  const opening = pickPhrase(OPENINGS, i, v, STEPS.opening, 0)(describeRole(f), onDay(f));
  const { moment, facts } = centreBeats(f, p, plan);
  const closing = closingLine(f, p);
  const size = moment.length + facts.length;
  // Nothing in the notes about this reader: a short, honest letter, with one warm line instead of padding.
  const said = [...moment, ...facts].join(" ");
  const warm = MET_LINES.filter((line) => !said.includes(line.split(" ").slice(0, 2).join(" ")));
  const met = size === 0 || (size === 1 && !closing) ? pickPhrase(warm, i, v, STEPS.met, 0) : undefined;
  // Two facts or more get their own paragraph; fewer stay with the thanks, so no paragraph is a lone sentence.
  const paragraphs = facts.length >= 2 && moment.length > 0 ? [[opening, ...moment], facts] : [[opening, ...moment, ...facts, ...(met ? [met] : [])]];
  const body = joinParagraphs([[`Dear ${p.callName},`], ...paragraphs, [closing], [signOff(pickPhrase(SIGN_OFFS, i, v, STEPS.signOff, 0), f)]]);
  return {
    kind: "thanks",
    interviewerId: p.id,
    recipient: p.name,
    ...(p.email ? { email: p.email } : {}),
    subject: pickPhrase(SUBJECTS, i, v, STEPS.subject, 0)(f.day),
    body,
  };
}

/** Drafts one thank-you letter per interviewer; with nobody named, one letter to the hiring team. */
export function composeThankYous(ctx: LetterContext): Draft[] {
  const f = gatherFacts(ctx);
  const people = ctx.debrief.interviewers.map((p, i) => personFacts(p, i, f));
  const readers = people.length > 0 ? people : [teamAsPerson(f)];
  const plans = planLetters(f, readers);
  return readers.map((p, i) => composeOne(f, p, plans[i]!));
}
