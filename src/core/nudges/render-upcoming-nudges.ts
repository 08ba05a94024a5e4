// The two nudges of an interview logged ahead: its short plan, and "how did it go?" with the
// debrief's first question about what happened.
import { promptFor } from "../debrief/prompts.js";
import { summaryCard } from "../debrief/summary.js";
import type { Debrief } from "../model/interview.js";
import type { Reminder } from "../model/reminder.js";
import { isIdle } from "../model/conversation.js";
import { compose, quoteUser } from "../messages.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Outbound } from "../types.js";
import { loggedFacts } from "../upcoming/describe-upcoming.js";
import { interviewPlan } from "../upcoming/interview-plan.js";
import { pickUpState } from "../upcoming/pick-up-upcoming.js";
import { lateNote } from "./nudge-buttons.js";

/** Opening line of "how did it go?", as the nudge and its tests read it. */
export const HOW_DID_IT_GO = "How did it go? Let's get it down while it's fresh.";

/** True when the debrief of this interview can open now: no other debrief or form is half done. */
export function canOpenDebrief(ctx: TurnContext, interviewId: number): boolean {
  const open = ctx.store.conversations.get(ctx.user.id);
  if (isIdle(open) || open?.flow === "reflect" || open?.flow === "snooze" || open?.flow === "hours") return true;
  return open?.flow === "debrief" && open.interviewId === interviewId;
}

/** The evening before: the short plan. */
export function prepNudge(ctx: TurnContext, d: Debrief, r: Reminder): Outbound {
  const late = lateNote(r, ctx.now.getTime());
  const blocks: Block[] = [...(late ? [{ type: "text" as const, markdown: late }] : []), ...interviewPlan(ctx, d)];
  return compose(blocks, `A short plan for your interview${d.company ? ` at ${d.company}` : ""}.`);
}

/** Right after it ends: "how did it go?", what is known already, and the first question about what happened. */
export function afterNudge(ctx: TurnContext, d: Debrief, r: Reminder): Outbound {
  const blocks: Block[] = [];
  const late = lateNote(r, ctx.now.getTime());
  if (late) blocks.push({ type: "text", markdown: late });
  if (!canOpenDebrief(ctx, d.id)) {
    blocks.push({
      type: "text",
      markdown: `How did it go at ${d.company ? `*${quoteUser(d.company)}*` : "your interview"}? Once the debrief we have open is done, type \`/interview-done${d.company ? ` ${quoteUser(d.company)}` : ""}\` and I'll pick this one up with everything you logged.`,
    });
    return compose(blocks, `How did it go${d.company ? ` at ${d.company}` : ""}?`);
  }
  blocks.push({
    type: "text",
    markdown: `${HOW_DID_IT_GO}\nI have what you logged: ${loggedFacts(d, ctx.tz)}. So I'll ask only about what happened; if a name is spelled differently than I have it, type _edit_ any time.`,
  });
  const step = pickUpState(d).step;
  blocks.push(...(step === "summary" ? summaryCard(d, ctx.tz) : promptFor(step, d)).blocks);
  return compose(blocks, `How did it go${d.company ? ` at ${d.company}` : ""}? Let's get it down while it's fresh.`);
}
