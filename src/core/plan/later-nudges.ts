import { toZoned } from "./local-time.js";
import { clampToNudgeHours, nextNudgeMorning, type NudgeHours } from "./nudge-hours.js";

const LET_GO_AFTER_DAYS = 7;

/** When the one thank-you reminder is due: the start of nudge hours the morning after the thank-you nudge's day. */
export function thanksReminderAt(thanksDueAt: Date, tz: string, hours: NudgeHours): Date {
  return nextNudgeMorning(thanksDueAt, tz, hours);
}

/** When the let-go message is due: 7 local days after the check-in was sent, moved into nudge hours. */
export function letGoAt(checkinSentAt: Date, tz: string, hours: NudgeHours): Date {
  // Calendar days in the user's zone keep the local time of day across a DST change.
  const later = toZoned(checkinSentAt, tz).plus({ days: LET_GO_AFTER_DAYS }).toJSDate();
  return clampToNudgeHours(later, tz, hours);
}
