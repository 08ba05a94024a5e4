import { addCalendarDays, localDate } from "./local-time.js";
import { clampToNudgeHours, startOfNudgeHoursOn } from "./nudge-hours.js";
import { DEFAULT_REFLECT_DELAY_HOURS, type PlanInput } from "./plan-input.js";

const HOUR_MS = 3_600_000;

/** When the reflect nudge is due: confirmation + delay, moved into nudge hours (before the start → that morning). */
export function computeReflectAt(input: PlanInput): Date {
  const delay = input.reflectDelayHours;
  const hours = typeof delay === "number" && Number.isFinite(delay) && delay >= 0 ? delay : DEFAULT_REFLECT_DELAY_HOURS;
  // Elapsed time, not wall-clock time: "a few hours later" means the same across a DST change.
  return clampToNudgeHours(new Date(input.confirmedAt.getTime() + hours * HOUR_MS), input.tz, input.hours);
}

/** When the thank-you nudge is due: the morning after the interview, and at least an hour after reflect. */
export function computeThanksAt(input: PlanInput, reflectAt: Date = computeReflectAt(input)): Date {
  const morningAfter = startOfNudgeHoursOn(addCalendarDays(localDate(input.interviewAt, input.tz), 1), input.tz, input.hours);
  const afterReflect = reflectAt.getTime() + HOUR_MS;
  // Covers both "reflect lands that same morning" (thanks an hour later) and a late debrief
  // whose morning-after is already gone (thanks right after reflect).
  if (morningAfter.getTime() >= afterReflect) return morningAfter;
  return clampToNudgeHours(new Date(afterReflect), input.tz, input.hours);
}
