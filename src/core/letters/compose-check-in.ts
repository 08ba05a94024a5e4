// The one gentle check-in: still interested (when true), were the notes received, any decision, glad to send more.
import { greetingName } from "./letter-names.js";
import { bareRole, describeRole, gatherFacts, hiringTeam, signOff, type LetterFacts } from "./letter-facts.js";
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
  "I hope my thank-you note after our conversation reached you.",
];
const NOTES_TO_PANEL: ((names: string) => string)[] = [
  (n) => `I emailed ${n} after the interview to thank them, and I wanted to follow up with you as well.`,
  (n) => `I wrote to ${n} after the interview to thank them, and wanted to check in with you on timing.`,
  (n) => `I thanked ${n} by email after the interview and wanted to follow up with you directly.`,
];
const NOTE_TO_TEAM = [
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
const CLOSINGS = ["Thank you for your time.", "Thanks very much.", "I appreciate your help."];
const SUBJECTS: ((role: string | undefined) => string)[] = [
  (r) => (r ? `Checking in: ${r} interview` : "Checking in after my interview"),
  (r) => (r ? `Following up on the ${r} role` : "Following up on my interview"),
  (r) => (r ? `${r} interview: a short follow-up` : "A short follow-up"),
];

interface Addressee {
  id: number | null;
  name: string;
  call: string;
  email?: string;
  kind: "recruiter" | "interviewer" | "team";
}

/** Who the check-in goes to: the recruiter when one is involved, else the first interviewer, else the team. */
export function addresseeOf(ctx: LetterContext, f: Pick<LetterFacts, "company" | "greeting">): Addressee {
  const d = ctx.debrief;
  if (d.recruiter?.name.trim()) {
    const name = d.recruiter.name.trim();
    return { id: null, name, call: greetingName(name, f.greeting), email: d.recruiter.email, kind: "recruiter" };
  }
  const first = d.interviewers[0];
  if (first) return { id: first.id, name: first.name.trim(), call: greetingName(first.name, f.greeting), email: first.email, kind: "interviewer" };
  return { id: null, name: hiringTeam(f), call: f.company ? hiringTeam(f) : "hiring team", kind: "team" };
}

/** "Dana Li", "Dana Li and Tom Hughes", "Dana Li, Tom Hughes and Ana Ruiz". */
export function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Drafts the single check-in; it claims interest only when the user still wants the job. */
export function composeCheckIn(ctx: LetterContext): Draft {
  const f = gatherFacts(ctx);
  const to = addresseeOf(ctx, f);
  const v = f.variant;
  const panel = ctx.debrief.interviewers.map((p) => p.name.trim());
  const notes =
    to.kind === "interviewer"
      ? pickPhrase(NOTE_TO_INTERVIEWER, 0, v, 1, 2)
      : to.kind === "recruiter" && panel.length > 0
        ? pickPhrase(NOTES_TO_PANEL, 0, v, 1, 2)(listNames(panel))
        : pickPhrase(NOTE_TO_TEAM, 0, v, 1, 2);
  const body = joinParagraphs([
    [`Dear ${to.call},`],
    [pickPhrase(OPENINGS, 0, v, 1, 0)(describeRole(f), f.date ? ` on ${f.date}` : ""), f.interest === "yes" ? pickPhrase(STILL_KEEN, 0, v, 1, 1) : undefined, notes],
    [pickPhrase(DECISION, 0, v, 1, 3), pickPhrase(ANYTHING_ELSE, 0, v, 1, 4)],
    [pickPhrase(CLOSINGS, 0, v, 1, 5)],
    [signOff("Best regards,", f)],
  ]);
  return { kind: "checkin", interviewerId: to.id, recipient: to.name, ...(to.email ? { email: to.email } : {}), subject: pickPhrase(SUBJECTS, 0, v, 1, 7)(bareRole(f.role)), body };
}
