// The one gentle check-in: still interested (when true), was the note received, any decision, glad to send more.
import { bareRole, signOff } from "./compose-thank-yous.js";
import { callNameOf, describeRole, gatherFacts, hiringTeam, onDay, type LetterFacts } from "./letter-facts.js";
import type { Draft, LetterContext } from "./letter-types.js";
import { joinParagraphs, pickPhrase } from "./pick-phrase.js";

const OPENINGS: ((r: string, on: string) => string)[] = [
  (r, on) => `I'm writing to follow up on my interview${on} for ${r}.`,
  (r, on) => `I hope you're well. I'm following up on the interview I had${on} for ${r}.`,
  (r, on) => `I wanted to check in about ${r}, following my interview${on}.`,
];

const STILL_KEEN = ["I'm still very interested in the position.", "The role remains of real interest to me.", "I'm still keen on the opportunity."];
const NOTE_TO_INTERVIEWER = [
  "I hope the note I sent after our conversation reached you.",
  "I sent a short note after we spoke and hope it arrived.",
  "I hope my thank-you note found its way to you.",
];
const NOTE_TO_RECRUITER = [
  "I sent a thank-you note after the interview and wanted to make sure it arrived.",
  "I followed the interview with a short thank-you note and hope it reached the team.",
  "I wrote a brief thank-you note after the interview and hope it was received.",
];
const DECISION = [
  "Has a decision been made, or is there a timeline you can share?",
  "Could you let me know whether a decision has been made, or when one is expected?",
  "I'd be grateful for any update on the decision or its timing.",
];
const ANYTHING_ELSE = [
  "If anything else from me would help, I'm glad to send it.",
  "I'm happy to provide references or anything else you might need.",
  "If there is more I can share, just let me know.",
];
const CLOSINGS = ["Thank you for your time.", "Thanks very much.", "Thank you, and I appreciate your help."];
const SIGN_OFFS = ["Best regards,", "Kind regards,", "With thanks,"];
const SUBJECTS: ((role: string | undefined) => string)[] = [
  (r) => (r ? `Checking in: ${r} interview` : "Checking in after my interview"),
  (r) => (r ? `Following up on the ${r} role` : "Following up on my interview"),
  (r) => (r ? `${r} interview: a short follow-up` : "A short follow-up"),
];

/** Who the check-in goes to: the recruiter when one is involved, else the first interviewer, else the team. */
function addressee(ctx: LetterContext, f: LetterFacts): { id: number | null; name: string; call: string; email?: string; recruiter: boolean } {
  const d = ctx.debrief;
  if (d.recruiter?.name.trim()) {
    const name = d.recruiter.name.trim();
    return { id: null, name, call: callNameOf(name), email: d.recruiter.email, recruiter: true };
  }
  const first = d.interviewers[0];
  if (first) return { id: first.id, name: first.name.trim(), call: callNameOf(first.name), email: first.email, recruiter: false };
  const team = hiringTeam(f);
  return { id: null, name: team, call: f.company ? `${f.company} hiring team` : "hiring team", recruiter: false };
}

/** Drafts the single check-in; it claims interest only when the user still wants the job. */
export function composeCheckIn(ctx: LetterContext): Draft {
  const f = gatherFacts(ctx);
  const to = addressee(ctx, f);
  const v = f.variant;
  const body = joinParagraphs([
    [`Dear ${to.call},`],
    [
      pickPhrase(OPENINGS, 0, v, 1, 0)(describeRole(f), onDay(f)),
      f.interest === "yes" ? pickPhrase(STILL_KEEN, 0, v, 1, 1) : undefined,
      pickPhrase(to.recruiter || to.id === null ? NOTE_TO_RECRUITER : NOTE_TO_INTERVIEWER, 0, v, 1, 2),
    ],
    [pickPhrase(DECISION, 0, v, 1, 3), pickPhrase(ANYTHING_ELSE, 0, v, 1, 4)],
    [pickPhrase(CLOSINGS, 0, v, 1, 5)],
    [signOff(pickPhrase(SIGN_OFFS, 0, v, 1, 6), f)],
  ]);
  return {
    kind: "checkin",
    interviewerId: to.id,
    recipient: to.name,
    ...(to.email ? { email: to.email } : {}),
    subject: pickPhrase(SUBJECTS, 0, v, 1, 7)(bareRole(f.role)),
    body,
  };
}
