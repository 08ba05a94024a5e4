import { computeThanksAt } from "./compute-first-nudges.js";
import { addCalendarDays, isCalendarDate, localDate } from "./local-time.js";
import type { PlanInput } from "./plan-input.js";
import { addWorkingDays, nextWorkingDay } from "./working-days.js";

export { addWorkingDays } from "./working-days.js";

const CHECKIN_AFTER_DECISION_WORKING_DAYS = 2;
const CHECKIN_AFTER_INTERVIEW_DAYS = 14;
const MIN_WORKING_DAYS_AFTER_THANKS = 2;

/** The date itself on a weekday; a Saturday or Sunday moves to the following Monday (no holidays considered). */
export function moveToWeekday(isoDate: string): string {
  return nextWorkingDay(isoDate, {}).date;
}

/** The check-in day and the public holidays it was moved past (empty when it was not). */
export interface CheckinDay {
  date: string;
  movedPast: string[];
}

/**
 * The check-in date (local YYYY-MM-DD): decision date + 2 working days, else interview + 14 days
 * moved to the next working day, weekends and the user's public holidays skipped; undefined when not interested.
 */
export function planCheckinDay(input: PlanInput): CheckinDay | undefined {
  if (input.interest === "no") return undefined;
  const place = input.place ?? {};
  const planned = isCalendarDate(input.decisionDate)
    ? { date: addWorkingDays(input.decisionDate, CHECKIN_AFTER_DECISION_WORKING_DAYS, place), movedPast: [] }
    : (({ date, passed }) => ({ date, movedPast: passed }))(nextWorkingDay(addCalendarDays(localDate(input.interviewAt, input.tz), CHECKIN_AFTER_INTERVIEW_DAYS), place));
  // A decision date already past, or a debrief confirmed weeks late, must not put the check-in
  // before (or on the heels of) the thank-you note that announces it.
  const earliest = addWorkingDays(localDate(computeThanksAt(input), input.tz), MIN_WORKING_DAYS_AFTER_THANKS, place);
  return planned.date >= earliest ? planned : { date: earliest, movedPast: [] };
}

/** The check-in date alone (see planCheckinDay). */
export function computeCheckinDate(input: PlanInput): string | undefined {
  return planCheckinDay(input)?.date;
}
