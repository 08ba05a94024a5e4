import type { Debrief } from "../model/interview.js";
import { planFollowUp } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import { cancelNudges, scheduleNudge } from "../nudges/lifecycle.js";

/** Writes the plan's reminder rows for a just-confirmed interview and fixes its check-in date; returns the plan. */
export function scheduleFollowUp(ctx: TurnContext, d: Debrief, reflectDelayHours?: number): ReturnType<typeof planFollowUp> {
  const { store, user, now } = ctx;
  const interviewAt = d.happenedAt ? new Date(d.happenedAt) : now;
  const plan = planFollowUp({
    interviewAt,
    confirmedAt: now,
    decisionDate: d.decisionDate,
    interest: d.interest,
    tz: ctx.tz,
    hours: ctx.hours,
    place: ctx.place,
    reflectDelayHours,
  });
  // A re-confirmed interview (edited after saving) replaces its pending plan rather than adding to it.
  cancelNudges(ctx, d.id);
  store.interviews.setField(d.id, "checkinDate", plan.checkinDate);
  store.interviews.setStatus(d.id, "active", now.getTime());
  for (const nudge of plan.nudges) scheduleNudge(ctx, d.id, nudge.kind, nudge.dueAt);
  return plan;
}
