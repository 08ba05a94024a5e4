// The reminders of an interview logged ahead: its short plan the evening before, and "how did it
// go?" right after it ends. Rows like every other nudge; the sweeper delivers them.
import type { Debrief } from "../model/interview.js";
import { afterInterviewAt, DEFAULT_LENGTH_MINUTES, eveningBefore } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import { cancelNudges, scheduleNudge } from "./lifecycle.js";

/** The nudges an upcoming interview has. */
export const UPCOMING_NUDGES = ["prep", "after"] as const;

/** When an upcoming interview's nudges come; the plan is shown at once (`planNow`) when its evening has passed. */
export interface UpcomingSchedule {
  planNow: boolean;
  planAt?: Date;
  afterAt: Date;
}

/** Plans (or re-plans, after a move) the two nudges of an upcoming interview from its start and length. */
export function scheduleUpcoming(ctx: TurnContext, d: Debrief): UpcomingSchedule {
  const { now, tz, hours } = ctx;
  const start = new Date(d.happenedAt!);
  cancelNudges(ctx, d.id, [...UPCOMING_NUDGES]);
  const planAt = eveningBefore(start, tz, hours);
  const afterAt = afterInterviewAt(start, d.lengthMinutes ?? DEFAULT_LENGTH_MINUTES, tz, hours);
  const planNow = planAt.getTime() <= now.getTime();
  if (!planNow) scheduleNudge(ctx, d.id, "prep", planAt);
  scheduleNudge(ctx, d.id, "after", new Date(Math.max(afterAt.getTime(), now.getTime())));
  return { planNow, ...(planNow ? {} : { planAt }), afterAt };
}

/** Drops the nudges of an upcoming interview (picked up for its debrief, or cancelled). */
export function dropUpcomingNudges(ctx: TurnContext, interviewId: number): void {
  cancelNudges(ctx, interviewId, [...UPCOMING_NUDGES]);
}

/** True when the plan of this interview is still to come as a nudge (not yet delivered). */
export function planPending(ctx: TurnContext, interviewId: number): boolean {
  return ctx.store.reminders.pendingFor(interviewId).some((r) => r.kind === "prep");
}
