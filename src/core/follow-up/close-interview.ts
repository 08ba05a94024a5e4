import type { Outcome } from "../model/interview.js";
import type { TurnContext } from "../turn-context.js";
import { cancelNudges } from "../nudges/lifecycle.js";

/** Closes an interview for good: cancels every pending nudge; nothing is sent about it again. */
export function closeInterview(ctx: TurnContext, interviewId: number, outcome?: Outcome): void {
  cancelNudges(ctx, interviewId);
  if (outcome) ctx.store.interviews.setOutcome(interviewId, outcome);
  ctx.store.interviews.setStatus(interviewId, "closed", ctx.now.getTime());
  const open = ctx.store.conversations.get(ctx.user.id);
  if (open && "interviewId" in open && open.interviewId === interviewId && open.flow !== "debrief") {
    ctx.store.conversations.clear(ctx.user.id);
  }
}
