// The buttons on a nudge: done, snooze until tomorrow, pick a day.
import { Actions } from "../actions.js";
import { snapshotFollowUp, withUndo } from "../follow-up/undo-step.js";
import { say } from "../messages.js";
import { checkinSent, completeThanks } from "../notes/letter-actions.js";
import { snoozeTo, stepDone } from "../nudges/snooze-nudge.js";
import { nextNudgeMorning } from "../plan/index.js";
import { ALREADY_DONE, GONE, type ActionRoute } from "./action-turn.js";

/** Done, snooze, or pick a day, for one of the user's nudges. */
export const nudgeButton: ActionRoute = ({ ctx, e, id }) => {
  const { store, user } = ctx;
  const r = id ? store.reminders.get(user.id, id) : undefined;
  const d = r ? store.interviews.load(user.id, r.interviewId) : undefined;
  if (!r || !d || d.status !== "active") return [GONE];
  if (stepDone(ctx, r, d)) return [ALREADY_DONE];
  if (e.action === Actions.snoozeDay) {
    store.conversations.set(user.id, { flow: "snooze", reminderId: r.id }, ctx.now.getTime());
    return [say("Which day should I bring this back? For example _Monday_ or _next Thursday_.")];
  }
  if (e.action === Actions.snooze) return snoozeTo(ctx, r.id, nextNudgeMorning(ctx.now, ctx.tz, ctx.hours));
  const before = snapshotFollowUp(ctx, d.id);
  if (r.kind === "thanks" || r.kind === "thanks_again") return withUndo(ctx, d.id, "Marked your thank-you notes sent", before, completeThanks(ctx, d));
  if (r.kind === "checkin") return withUndo(ctx, d.id, "Marked your check-in sent", before, checkinSent(ctx, d));
  return [say("Noted.")];
};
