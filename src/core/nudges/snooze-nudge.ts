// Snoozing a nudge: the same step comes back later, and what would follow it waits.
import { say } from "../messages.js";
import type { Debrief } from "../model/interview.js";
import type { Reminder } from "../model/reminder.js";
import { thankYouLetters } from "../notes/draft-notes.js";
import { clampToNudgeHours, nextNudgeMorning } from "../plan/index.js";
import { ALREADY_DONE, GONE } from "../routes/action-turn.js";
import type { TurnContext } from "../turn-context.js";
import type { Outbound } from "../types.js";
import { cancelNudges, moveNudge, replaceNudge } from "./lifecycle.js";

/** True when the step a nudge belongs to is already done, so snoozing it would bring a finished step back. */
export function stepDone(ctx: TurnContext, r: Reminder, d: Debrief): boolean {
  if (r.status === "cancelled" || r.status === "dead") return true;
  if (r.kind === "thanks" || r.kind === "thanks_again") return thankYouLetters(ctx, d).every((l) => l.status === "sent");
  if (r.kind === "checkin") return ctx.store.letters.forInterview(d.id, ["checkin"]).some((l) => l.status === "sent");
  return false;
}

/** Moves a nudge to a later time: the same step comes back then, and what would follow it waits. */
export function snoozeTo(ctx: TurnContext, reminderId: number, asked: Date): Outbound[] {
  // A day that has already begun ("Wednesday" typed on Wednesday afternoon) would bring it straight back.
  const when = asked.getTime() > ctx.now.getTime() ? asked : nextNudgeMorning(ctx.now, ctx.tz, ctx.hours);
  const r = ctx.store.reminders.get(ctx.user.id, reminderId);
  const d = r ? ctx.store.interviews.load(ctx.user.id, r.interviewId) : undefined;
  if (!r || !d || d.status !== "active") return [GONE];
  // One check-in only, one thank-you round only: a finished step is never snoozed back to life.
  if (stepDone(ctx, r, d)) return [ALREADY_DONE];
  const follows = r.kind === "thanks" ? ["thanks_again" as const, "close" as const] : r.kind === "thanks_again" ? ["close" as const] : r.kind === "checkin" ? ["letgo" as const] : [];
  cancelNudges(ctx, r.interviewId, follows);
  replaceNudge(ctx, r.interviewId, r.kind, when);
  if (r.kind === "reflect") {
    // Reflect before writing: a thank-you due before the snoozed reflection waits until an hour after it.
    const thanks = ctx.store.reminders.pendingFor(d.id).find((x) => x.kind === "thanks" && x.status === "pending");
    const after = clampToNudgeHours(new Date(when.getTime() + 3_600_000), ctx.tz, ctx.hours).getTime();
    if (thanks && thanks.dueAt < after) moveNudge(ctx, thanks.id, new Date(after));
  }
  return [say(`Snoozed. I'll bring it back ${new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: ctx.tz }).format(when)}.`)];
}
