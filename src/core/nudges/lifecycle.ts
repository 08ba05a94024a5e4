// The one home of a nudge's life: scheduled, moved, cancelled, and stopped for good. The rest of
// the engine asks for these; the sweeper only claims, sends and records.
import type { ReminderKind } from "../model/reminder.js";
import type { Repositories } from "../ports.js";
import type { TurnContext } from "../turn-context.js";

/** Schedules one nudge of an interview for `at`; returns its id. */
export function scheduleNudge(ctx: TurnContext, interviewId: number, kind: ReminderKind, at: Date): number {
  return ctx.store.reminders.add(ctx.user.id, interviewId, kind, at.getTime(), ctx.now.getTime());
}

/** Plans `kind` for `at`, replacing any pending nudge of that kind: there is never more than one. */
export function replaceNudge(ctx: TurnContext, interviewId: number, kind: ReminderKind, at: Date): number {
  ctx.store.reminders.cancel(interviewId, [kind]);
  return scheduleNudge(ctx, interviewId, kind, at);
}

/** Cancels an interview's pending nudges: all of them, or the kinds named. Returns how many. */
export function cancelNudges(ctx: Pick<TurnContext, "store">, interviewId: number, kinds?: ReminderKind[]): number {
  return ctx.store.reminders.cancel(interviewId, kinds);
}

/** Moves one pending nudge to a new time (dropping any hold). */
export function moveNudge(ctx: Pick<TurnContext, "store">, reminderId: number, at: Date): void {
  ctx.store.reminders.reschedule(reminderId, at.getTime());
}

/**
 * The platform says the person is gone (account deactivated, app removed): they are marked
 * unreachable and every nudge of theirs is cancelled; a later message from them lifts the stop.
 */
export function stopNudgesForGood(store: Repositories, userRef: number, reason: string): number {
  store.users.stop(userRef, reason);
  return store.reminders.cancelForUser(userRef);
}
