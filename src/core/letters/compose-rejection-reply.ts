// The gracious reply to a rejection: thanks for the consideration, one good moment, and the door left open.
import { addresseeOf } from "./compose-check-in.js";
import { bareRole, describeRole, gatherFacts, signOff } from "./letter-facts.js";
import { callNameOf } from "./letter-names.js";
import type { Draft, LetterContext } from "./letter-types.js";
import { joinParagraphs, pickPhrase } from "./pick-phrase.js";

const THANKS: ((r: string) => string)[] = [
  (r) => `Thank you for letting me know, and for considering me for ${r}.`,
  (r) => `Thank you for the update, and for the time you and the team spent considering me for ${r}.`,
  (r) => `I appreciate you letting me know about ${r}, and thank you for considering me.`,
];
const MOMENT_WITH_YOU = [
  (x: string) => `I especially valued our conversation about ${x}.`,
  (x: string) => `Talking with you about ${x} was a highlight of the process for me.`,
  (x: string) => `I enjoyed our discussion of ${x}.`,
];
const MOMENT_WITH_THEM = [
  (name: string, x: string) => `I especially valued my conversation with ${name} about ${x}.`,
  (name: string, x: string) => `Talking with ${name} about ${x} was a highlight of the process for me.`,
  (name: string, x: string) => `I enjoyed my discussion with ${name} about ${x}.`,
];
// The company is named once, in the thanks; the door is left open without naming it again.
const DOOR_OPEN = [
  () => "I'd be glad to be considered again, or for another role in the future.",
  () => "If another opening comes up, or this one opens again, I would welcome being considered.",
  () => "I'd be glad to be kept in mind for future roles.",
];
const WELL_WISHES = ["I wish you and the team all the best.", "I hope our paths cross again, and I wish the team well.", "All the best to you and the team."];
const SUBJECTS: ((role: string | undefined) => string)[] = [
  () => "Thank you for the update",
  (r) => (r ? `Re: ${r} role` : "Re: my application"),
  () => "Thank you for considering me",
];

// A moment captured for one reader speaks to them ("your ETL"); told to someone else it would point the wrong way.
const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b/i;

/** Drafts the reply to a rejection: to the recruiter when one is involved, else the first interviewer, else the team. */
export function composeRejectionReply(ctx: LetterContext): Draft {
  const f = gatherFacts(ctx);
  const d = ctx.debrief;
  const v = f.variant;
  const to = addresseeOf(ctx, f);
  let moment: string | undefined;
  for (const p of d.interviewers) {
    const m = f.material.moments.get(p.id);
    if (!m || m.kind === "point") continue;
    if (p.id === to.id) moment = pickPhrase(MOMENT_WITH_YOU, 0, v, 1, 1)(m.about);
    else if (!SECOND_PERSON.test(m.about)) moment = pickPhrase(MOMENT_WITH_THEM, 0, v, 1, 1)(callNameOf(p.name), m.about);
    if (moment) break;
  }
  const door = f.interest === "no" ? pickPhrase(WELL_WISHES, 0, v, 1, 2) : pickPhrase(DOOR_OPEN, 0, v, 1, 2)();
  // Thanks once, at the start: a second "thank you again" at the end is the bookend a reader notices.
  const body = joinParagraphs([[`Dear ${to.call},`], [pickPhrase(THANKS, 0, v, 1, 0)(describeRole(f)), moment], [door], [signOff("Best regards,", f)]]);
  return { kind: "rejection", interviewerId: to.id, recipient: to.name, ...(to.email ? { email: to.email } : {}), subject: pickPhrase(SUBJECTS, 0, v, 1, 5)(bareRole(f.role)), body };
}
