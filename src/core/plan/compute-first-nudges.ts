import { addCalendarDays, localDate } from "./local-time.js";
import { clampToNudgeHours, endOfNudgeHoursOn, isQuietTime, startOfNudgeHoursOn } from "./nudge-hours.js";
import { DEFAULT_REFLECT_DELAY_HOURS, type PlanInput } from "./plan-input.js";

const HOUR_MS = 3_600_000;
/** The least time between saving a debrief and a same-evening reflection: enough to step away first. */
const SAME_EVENING_MIN_MS = 90 * 60_000;

/** When the reflect nudge is due: confirmation + delay, moved into nudge hours (before the start → that morning). */
export function computeReflectAt(input: PlanInput): Date {
  const delay = input.reflectDelayHours;
  const hours = typeof delay === "number" && Number.isFinite(delay) && delay >= 0 ? delay : DEFAULT_REFLECT_DELAY_HOURS;
  // Elapsed time, not wall-clock time: "a few hours later" means the same across a DST change.
  const due = new Date(input.confirmedAt.getTime() + hours * HOUR_MS);
  // The same day or evening, as the playbook has it: when the delay runs past tonight's nudge hours but
  // the evening still leaves time to decompress, reflect half an hour before they end, not next morning.
  const end = endOfNudgeHoursOn(input.confirmedAt, input.tz, input.hours).getTime();
  const from = input.confirmedAt.getTime();
  if (due.getTime() >= end && !isQuietTime(input.confirmedAt, input.tz, input.hours) && end - from >= SAME_EVENING_MIN_MS) {
    return new Date(end - 30 * 60_000);
  }
  return clampToNudgeHours(due, input.tz, input.hours);
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
