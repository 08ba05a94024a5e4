// The short handwritten-card version of a thank-you: thanks, the moment with this reader, and (only if wanted) interest.
import { describeRole, gatherFacts, onDay, personFacts, signOff } from "./letter-facts.js";
import type { Draft, LetterContext } from "./letter-types.js";
import { pickPhrase } from "./pick-phrase.js";
import { recallMoment } from "./centre-beats.js";
import { AfterwordError, ErrorCode } from "../errors.js";

// A card is a few lines by hand: the openings are short, and the moment and interest follow in a line each.
const CARD_OPENINGS: ((r: string, on: string) => string)[] = [
  (r, on) => `Thank you for meeting with me${on} about ${r}.`,
  (r, on) => `Thanks for your time${on} and our talk about ${r}.`,
  (r, on) => `Thank you for the conversation${on} about ${r}.`,
  (r, on) => `Thank you for your time${on} discussing ${r}.`,
  (r, on) => `Thank you for speaking with me${on} about ${r}.`,
];

const CARD_INTEREST = ["I hope we speak again soon.", "I'd be glad to talk again.", "I remain very interested.", "I hope to join you.", "I'd welcome working together."];

const CARD_SIGN_OFFS = ["With thanks,", "Warm regards,", "Best wishes,", "Kind regards,", "All the best,"];

/** Drafts a short handwritten card for one interviewer; throws when the id is not one of the debrief's interviewers. */
export function composeCard(ctx: LetterContext, interviewerId: number): Draft {
  const f = gatherFacts(ctx);
  const index = ctx.debrief.interviewers.findIndex((p) => p.id === interviewerId);
  if (index < 0) throw new AfterwordError(ErrorCode.NotAnInterviewer, `Interviewer ${interviewerId} is not part of interview ${ctx.debrief.id}; pick one of its interviewers`);
  const p = personFacts(ctx.debrief.interviewers[index]!, index, f);
  const m = f.material.moments.get(interviewerId);
  const own = f.material.sentences.get(`moment:${interviewerId}`);
  const lines = [
    // A card goes by hand to someone at the company: the role is enough, the company goes without saying.
    pickPhrase(CARD_OPENINGS, index, f.variant, 2, 0)(describeRole({ role: f.role }), onDay(f)),
    own ?? (m ? recallMoment(m, f.variant + index) : undefined),
    f.interest === "yes" ? pickPhrase(CARD_INTEREST, index, f.variant, 3, 2) : undefined,
  ].filter((s): s is string => !!s);
  const body = [`Dear ${p.callName},`, lines.join(" "), signOff(pickPhrase(CARD_SIGN_OFFS, index, f.variant, 4, 3), f)].join("\n\n");
  // A card is written by hand and never emailed: it has no subject line.
  return { kind: "card", interviewerId, recipient: p.name, ...(p.email ? { email: p.email } : {}), subject: "", body };
}
