// The thank-you letters: one per interviewer, each built around what that person raised, with the shared beats
// (the fit, what never came up, a shored-up answer) placed in the letter they fit best.
import { joinParagraphs, pickPhrase } from "./pick-phrase.js";
import { bareRole, describeRole, gatherFacts, onDay, personFacts, signOff, teamAsPerson, type LetterFacts, type PersonFacts } from "./letter-facts.js";
import type { Draft, LetterContext } from "./letter-types.js";
import { planLetters, type LetterPlan } from "./plan-letters.js";
import { contentStems } from "./text-tokens.js";
import {
  ALSO_POINT,
  ALSO_TOPIC,
  ANSWER_LINES,
  CLOSINGS,
  EXAMPLE_LINES,
  FOLLOW_UP_LINES,
  INTEREST_NEUTRAL,
  INTEREST_YES,
  MEETING_LINES,
  OFFER_LINES,
  NEED_STATED,
  NEED_WANTS,
  SHORE_UP_LINES,
  SUBJECTS,
  THANKS_LINES,
  TIE_LINES,
  TITLE_LINES,
  UNSAID_LINES,
  WORK_LINES,
  momentPool,
} from "./thanks-phrases.js";

// How fast each beat moves through its pool per "another version", so versions differ beat by beat.
const STEPS = { thanks: 3, moment: 1, also: 2, answer: 3, needs: 4, example: 3, unsaid: 2, shoreUp: 3, interest: 1, followUp: 4, closing: 2, work: 3, subject: 1 };
/** Below this many words a letter gets one more modest line about the work. */
const THIN = 80;

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The opening paragraph: thanks with the role and the day, then the moment with this reader. */
function momentBeats(f: LetterFacts, p: PersonFacts, roomy: boolean): string[] {
  const i = p.index;
  const v = f.variant;
  const out = [pickPhrase(THANKS_LINES, i, v, STEPS.thanks, 0)(describeRole(f), onDay(f))];
  const own = p.id === null ? undefined : f.material.sentences.get(`moment:${p.id}`);
  const m = p.id === null ? undefined : f.material.moments.get(p.id);
  if (own) out.push(own);
  else if (m) {
    out.push(pickPhrase(momentPool(m.kind), i, v, STEPS.moment, 1)(m.about));
    if (m.answer && m.kind === "question") out.push(/^(?:I|I'd|I'm|I've|we)\b/.test(m.answer) ? pickPhrase(ANSWER_LINES, i, v, STEPS.answer, 2)(m.answer) : `My answer still stands: ${m.answer}.`);
    if (m.also && roomy) out.push(pickPhrase(m.alsoKind === "point" ? ALSO_POINT : ALSO_TOPIC, i, v, STEPS.also, 3)(m.also));
  } else if (p.title) out.push(pickPhrase(TITLE_LINES, i, v, STEPS.moment, 4)(p.title));
  return out;
}

/** The fit paragraph, the point that never came up and the shored-up answer, as this letter's plan says. */
function fitBeats(f: LetterFacts, p: PersonFacts, plan: LetterPlan): string[] {
  const i = p.index;
  const v = f.variant;
  const m = f.material;
  const out: string[] = [];
  if (plan.fit) {
    const own = m.sentences.get("need");
    const moment = p.id === null ? undefined : m.moments.get(p.id);
    if (own) out.push(own);
    else if (m.example && m.need && moment && restates(moment.about, m.need.text, m.example)) {
      // Their question already named the need: tie the example to it rather than say the need twice.
      out.push(pickPhrase(TIE_LINES, i, v, STEPS.example, 6)(m.example));
    } else {
      if (m.need) out.push(pickPhrase(m.need.shape === "wants" ? NEED_WANTS : NEED_STATED, i, v, STEPS.needs, 5)(m.need.text));
      if (m.example) out.push(capitalize(pickPhrase(EXAMPLE_LINES, i, v, STEPS.example, 6)(m.example)));
      else if (m.need && f.interest === "yes") out.push("It's work I would be glad to take on.");
    }
  }
  const unsaid = m.unsaid ?? m.sentences.get("unsaid");
  if (plan.unsaid && m.unsaid) out.push(pickPhrase(UNSAID_LINES, i, v, STEPS.unsaid, 7)(m.unsaid));
  else if (plan.unsaid && unsaid) out.push(unsaid);
  if (plan.shoreUp && m.shoreUp) out.push(pickPhrase(SHORE_UP_LINES, i, v, STEPS.shoreUp, 8)(m.shoreUp));
  return out;
}

/** True when most content words of the need are already in the moment ("scaling support for enterprise customers"). */
function restates(moment: string, need: string, example: string): boolean {
  // "I did that at Stripe" points back at the need, so the need must be said first.
  if (/^I\s+(?:\S+\s+){0,2}(?:that|this|it)\b/i.test(example)) return false;
  const a = contentStems(moment);
  const b = [...contentStems(need)];
  return b.length >= 2 && b.filter((x) => a.has(x)).length / b.length >= 0.6;
}

function closingBeats(f: LetterFacts, p: PersonFacts): string[] {
  const i = p.index;
  const v = f.variant;
  return [
    f.interest === "yes" ? pickPhrase(INTEREST_YES, i, v, STEPS.interest, 9) : pickPhrase(INTEREST_NEUTRAL, i, v, STEPS.interest, 9),
    f.checkinDay ? pickPhrase(FOLLOW_UP_LINES, i, v, STEPS.followUp, 10)(f.checkinDay) : undefined,
    pickPhrase(CLOSINGS, i, v, STEPS.closing, 11),
  ].filter((s): s is string => !!s);
}

function wordCount(paragraphs: string[][]): number {
  return paragraphs.flat().join(" ").split(/\s+/).filter(Boolean).length;
}

/** Writes one thank-you letter to one person (or to the hiring team when `p.id` is null). */
function composeOne(f: LetterFacts, p: PersonFacts, plan: LetterPlan): Draft {
  const fit = fitBeats(f, p, plan);
  const opening = momentBeats(f, p, fit.length === 0);
  const closing = closingBeats(f, p);
  if (wordCount([opening, fit, closing]) < THIN) opening.push(pickPhrase(WORK_LINES, p.index, f.variant, STEPS.work, 12)(f.company ? `the team at ${f.company}` : "the team"));
  if (wordCount([opening, fit, closing]) < THIN) closing.splice(closing.length - 1, 0, pickPhrase(OFFER_LINES, p.index, f.variant, STEPS.work, 14));
  if (wordCount([opening, fit, closing]) < THIN) opening.splice(1, 0, pickPhrase(MEETING_LINES, p.index, f.variant, STEPS.work, 15));
  const body = joinParagraphs([[`Dear ${p.callName},`], opening, fit, closing, [signOff("Best regards,", f)]]);
  return {
    kind: "thanks",
    interviewerId: p.id,
    recipient: p.name,
    ...(p.email ? { email: p.email } : {}),
    subject: pickPhrase(SUBJECTS, p.index, f.variant, STEPS.subject, 13)(bareRole(f.role), f.day),
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
