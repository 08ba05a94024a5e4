// The thank-you letters: one per interviewer, each built around that person, in a structure of its own.
import { pickPhrase, joinParagraphs } from "./pick-phrase.js";
import { describeRole, gatherFacts, hasTitle, hiringTeam, onDay, personFacts, type LetterFacts, type PersonFacts } from "./letter-facts.js";
import type { Draft, LetterContext } from "./letter-types.js";
import {
  CLOSINGS,
  EXAMPLE_LINES,
  FOLLOW_UP_LINES,
  GREETINGS,
  INTEREST_NEUTRAL,
  INTEREST_YES,
  NEED_LINES,
  ROLE_LINES,
  POINT_LINES,
  SIGN_OFFS,
  SUBJECTS,
  THANKS_LINES,
  TITLE_LINES,
  UNSAID_LINES,
  specificPool,
} from "./thanks-phrases.js";

type Beat = "opening" | "specific" | "fit" | "unsaid" | "interest" | "followUp" | "closing";

// Five orders of the same beats, so letters to different people differ in shape as well as in words.
const PLANS: Beat[][][] = [
  [["opening", "specific"], ["fit", "unsaid"], ["interest", "followUp", "closing"]],
  [["opening"], ["specific", "fit"], ["unsaid"], ["interest", "followUp"], ["closing"]],
  [["opening"], ["specific"], ["fit"], ["unsaid", "interest", "followUp"], ["closing"]],
  [["opening", "interest"], ["specific"], ["fit", "unsaid"], ["followUp", "closing"]],
  [["opening"], ["fit", "unsaid", "specific"], ["interest", "followUp", "closing"]],
];

// How fast each beat moves through its pool per "another version". Chosen by exhaustive search over the beats a
// thin letter has (thanks, role, interest, follow-up, closing, title, greeting, sign-off): whichever two people and
// versions 0–2 are compared, they share beats worth at most a third of the words, instead of every beat at once.
const STEPS = { thanks: 3, role: 2, specific: 1, needs: 4, example: 3, unsaid: 2, interest: 1, followUp: 4, closing: 6, greeting: 2, signOff: 3, plan: 4, subject: 1 };

/** The role's bare title for subjects ("Data Engineer", not "Data Engineer role"). */
export function bareRole(role: string | undefined): string | undefined {
  return role?.replace(/\s+(?:role|position)$/i, "") || undefined;
}

/** The name line under the sign-off, when the user's name is known. */
export function signOff(line: string, f: LetterFacts): string {
  return f.userName ? `${line}\n${f.userName}` : line;
}

function beats(f: LetterFacts, p: PersonFacts): Record<Beat, string | undefined> {
  const i = p.index;
  const v = f.variant;
  const specific = p.specific
    ? pickPhrase(specificPool(p.specific), i, v, STEPS.specific, 1)(p.specific.text)
    : p.title
      ? pickPhrase(TITLE_LINES, i, v, STEPS.specific, 1)(p.title)
      : undefined;
  const support = f.example
    ? pickPhrase(EXAMPLE_LINES, i, v, STEPS.example, 3)(f.example)
    : f.points
      ? pickPhrase(POINT_LINES, i, v, STEPS.example, 3)(f.points)
      : f.interest === "yes"
        ? "It's work I would be glad to take on."
        : undefined;
  const fit = f.needs
    ? [pickPhrase(NEED_LINES, i, v, STEPS.needs, 2)(f.needs), support]
        .filter((s) => s)
        .join(" ")
    : undefined;
  return {
    opening: `${pickPhrase(THANKS_LINES, i, v, STEPS.thanks, 0)(onDay(f))} ${pickPhrase(ROLE_LINES, i, v, STEPS.role, 13)(describeRole(f))}`,
    specific,
    fit,
    unsaid: f.unsaid ? pickPhrase(UNSAID_LINES, i, v, STEPS.unsaid, 4)(f.unsaid) : undefined,
    interest:
      f.interest === "yes" ? pickPhrase(INTEREST_YES, i, v, STEPS.interest, 5) : f.interest === "no" ? undefined : pickPhrase(INTEREST_NEUTRAL, i, v, STEPS.interest, 5),
    followUp: f.checkinDay ? pickPhrase(FOLLOW_UP_LINES, i, v, STEPS.followUp, 6)(f.checkinDay) : undefined,
    closing: pickPhrase(CLOSINGS, i, v, STEPS.closing, 7),
  };
}

/** Writes one thank-you letter to one person (or to the hiring team when `p.id` is null). */
function composeOne(f: LetterFacts, p: PersonFacts): Draft {
  const said = beats(f, p);
  const plan = pickPhrase(PLANS, p.index, f.variant, STEPS.plan, 11);
  const body = joinParagraphs([
    // A team, or a name with a title, is greeted with "Dear" only.
    [p.id === null || hasTitle(p.name) ? `Dear ${p.callName},` : pickPhrase(GREETINGS, p.index, f.variant, STEPS.greeting, 14)(p.callName, p.name)],
    ...plan.map((para) => para.map((beat) => said[beat])),
    [signOff(pickPhrase(SIGN_OFFS, p.index, f.variant, STEPS.signOff, 9), f)],
  ]);
  return {
    kind: "thanks",
    interviewerId: p.id,
    recipient: p.name,
    ...(p.email ? { email: p.email } : {}),
    subject: pickPhrase(SUBJECTS, p.index, f.variant, STEPS.subject, 10)(bareRole(f.role), f.day),
    body,
  };
}

/** The team a letter goes to when the debrief names no interviewer. */
export function teamAsPerson(f: LetterFacts): PersonFacts {
  const name = hiringTeam(f);
  return { id: null, name, callName: f.company ? `${f.company} hiring team` : "hiring team", index: 0 };
}

/** Drafts one thank-you letter per interviewer; with nobody named, one letter to the hiring team. */
export function composeThankYous(ctx: LetterContext): Draft[] {
  const f = gatherFacts(ctx);
  const people = ctx.debrief.interviewers.map((p, i) => personFacts(p, i, f.keepCaps));
  return (people.length > 0 ? people : [teamAsPerson(f)]).map((p) => composeOne(f, p));
}
