// The gracious reply to a rejection: thanks for the consideration, one good moment, and the door left open.
import { bareRole, signOff } from "./compose-thank-yous.js";
import { callNameOf, describeRole, gatherFacts, hiringTeam } from "./letter-facts.js";
import type { Draft, LetterContext } from "./letter-types.js";
import { joinParagraphs, pickPhrase } from "./pick-phrase.js";
import { readSpecific } from "./text-fragment.js";

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
  (name: string, x: string) => `I especially valued the conversation with ${name} about ${x}.`,
  (name: string, x: string) => `Talking with ${name} about ${x} was a highlight of the process for me.`,
  (name: string, x: string) => `I enjoyed my discussion with ${name} about ${x}.`,
];
const MOMENT_OWN = [
  (x: string) => `I enjoyed the chance to talk about ${x}.`,
  (x: string) => `I was glad to have the chance to discuss ${x}.`,
  (x: string) => `Talking through ${x} was a good part of the process for me.`,
];
const DOOR_OPEN = [
  (c: string) => `I'd be glad to be considered again, or for another role at ${c} in the future.`,
  (c: string) => `If another opening at ${c} comes up, or this one opens again, I would welcome being considered.`,
  (c: string) => `I'd be glad to be kept in mind for future roles at ${c}.`,
];
const WELL_WISHES = [
  "I wish you and the team all the best.",
  "I hope our paths cross again, and I wish the team well.",
  "All the best to you and the team.",
];
const SUBJECTS: ((role: string | undefined) => string)[] = [
  () => "Thank you for the update",
  (r) => (r ? `Re: ${r} role` : "Re: my application"),
  () => "Thank you for considering me",
];
const CLOSINGS = ["Thank you again.", "Thanks again for your time and consideration.", "Thank you for your time throughout the process."];
const SIGN_OFFS = ["Best regards,", "Kind regards,", "With thanks,"];

/** Drafts the reply to a rejection: to the recruiter when one is involved, else the first interviewer, else the team. */
export function composeRejectionReply(ctx: LetterContext): Draft {
  const f = gatherFacts(ctx);
  const d = ctx.debrief;
  const v = f.variant;
  const first = d.interviewers[0];
  const recruiter = d.recruiter?.name.trim() ? d.recruiter : undefined;
  const to = recruiter
    ? { id: null, name: recruiter.name.trim(), email: recruiter.email }
    : first
      ? { id: first.id, name: first.name.trim(), email: first.email }
      : { id: null, name: hiringTeam(f), email: undefined };
  const call = recruiter || first ? callNameOf(to.name) : f.company ? `${f.company} hiring team` : "hiring team";

  // The one good moment: a topic or question an interviewer raised, else what went well for the user; nothing when neither is known.
  let moment: string | undefined;
  for (const p of d.interviewers) {
    const toThem = p.id === to.id;
    const said = readSpecific(p.specific, f.keepCaps, toThem);
    if (!said || (said.shape !== "topic" && said.shape !== "question")) continue;
    moment = toThem
      ? pickPhrase(MOMENT_WITH_YOU, 0, v, 1, 1)(said.text)
      : pickPhrase(MOMENT_WITH_THEM, 0, v, 1, 1)(callNameOf(p.name.trim()), said.text);
    break;
  }
  if (!moment && f.example) moment = pickPhrase(MOMENT_OWN, 0, v, 1, 1)(f.example);
  const door = f.interest === "no" ? pickPhrase(WELL_WISHES, 0, v, 1, 2) : pickPhrase(DOOR_OPEN, 0, v, 1, 2)(f.company ?? "the company");
  const role = bareRole(f.role);
  return {
    kind: "rejection",
    interviewerId: to.id,
    recipient: to.name,
    ...(to.email ? { email: to.email } : {}),
    subject: pickPhrase(SUBJECTS, 0, v, 1, 5)(role),
    body: joinParagraphs([[`Dear ${call},`], [pickPhrase(THANKS, 0, v, 1, 0)(describeRole(f)), moment], [door, pickPhrase(CLOSINGS, 0, v, 1, 3)], [signOff(pickPhrase(SIGN_OFFS, 0, v, 1, 4), f)]]),
  };
}
