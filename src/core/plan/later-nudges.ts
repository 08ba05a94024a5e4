import { localDate, toZoned } from "./local-time.js";
import { clampToNudgeHours, nextNudgeMorning, startOfNudgeHoursOn, type NudgeHours } from "./nudge-hours.js";
import { nextWorkingDay, type HolidayPlace } from "./working-days.js";

const LET_GO_AFTER_DAYS = 7;

/** When the one thank-you reminder is due: the start of nudge hours the morning after the thank-you nudge's day. */
export function thanksReminderAt(thanksDueAt: Date, tz: string, hours: NudgeHours): Date {
  return nextNudgeMorning(thanksDueAt, tz, hours);
}

/** When the let-go message is due: 7 local days after the check-in was sent, moved into nudge hours and onto a working day. */
export function letGoAt(checkinSentAt: Date, tz: string, hours: NudgeHours, place: HolidayPlace = {}): Date {
  // Calendar days in the user's zone keep the local time of day across a DST change.
  const later = clampToNudgeHours(toZoned(checkinSentAt, tz).plus({ days: LET_GO_AFTER_DAYS }).toJSDate(), tz, hours);
  const day = localDate(later, tz);
  const working = nextWorkingDay(day, place).date;
  return working === day ? later : startOfNudgeHoursOn(working, tz, hours);
}
