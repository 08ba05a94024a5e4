import { computeThanksAt } from "./compute-first-nudges.js";
import { addCalendarDays, isCalendarDate, localDate, weekdayOf } from "./local-time.js";
import type { PlanInput } from "./plan-input.js";

const CHECKIN_AFTER_DECISION_WORKING_DAYS = 2;
const CHECKIN_AFTER_INTERVIEW_DAYS = 14;
const MIN_WORKING_DAYS_AFTER_THANKS = 2;

/** The date `n` working days (Mon–Fri) after a YYYY-MM-DD date. */
export function addWorkingDays(isoDate: string, n: number): string {
  let day = isoDate;
  for (let left = n; left > 0; ) {
    day = addCalendarDays(day, 1);
    if (weekdayOf(day) <= 5) left--;
  }
  return day;
}

/** The date itself on a weekday; a Saturday or Sunday moves to the following Monday. */
export function moveToWeekday(isoDate: string): string {
  const wd = weekdayOf(isoDate);
  return wd === 6 ? addCalendarDays(isoDate, 2) : wd === 7 ? addCalendarDays(isoDate, 1) : isoDate;
}

/** The check-in date (local YYYY-MM-DD): decision date + 2 working days, else interview + 14 days on a weekday; undefined when not interested. */
export function computeCheckinDate(input: PlanInput): string | undefined {
  if (input.interest === "no") return undefined;
  const planned = isCalendarDate(input.decisionDate)
    ? addWorkingDays(input.decisionDate, CHECKIN_AFTER_DECISION_WORKING_DAYS)
    : moveToWeekday(addCalendarDays(localDate(input.interviewAt, input.tz), CHECKIN_AFTER_INTERVIEW_DAYS));
  // A decision date already past, or a debrief confirmed weeks late, must not put the check-in
  // before (or on the heels of) the thank-you note that announces it.
  const earliest = addWorkingDays(localDate(computeThanksAt(input), input.tz), MIN_WORKING_DAYS_AFTER_THANKS);
  return planned >= earliest ? planned : earliest;
}
