// When the two nudges of an interview logged ahead come: the short plan the evening before, and
// "how did it go?" right after it ends. Both inside the user's nudge hours, in their zone.
import { addCalendarDays, localDate, startOfLocalDay } from "./local-time.js";
import { clampToNudgeHours, normalizeNudgeHours, type NudgeHours } from "./nudge-hours.js";

/** How long an interview lasts when the user did not say: an hour. */
export const DEFAULT_LENGTH_MINUTES = 60;
// The evening: 18:00, or an hour before the nudge hours end when they end earlier, never before they start.
const EVENING_MINUTES = 18 * 60;

/** The evening before the interview's local day, inside nudge hours (18:00 with the standard 9–19). */
export function eveningBefore(start: Date, tz: string, hours: NudgeHours): Date {
  const { start: from, end } = normalizeNudgeHours(hours);
  const minutes = Math.max(from, Math.min(EVENING_MINUTES, end - 60));
  const dayBefore = addCalendarDays(localDate(start, tz), -1);
  return startOfLocalDay(dayBefore, tz).set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toJSDate();
}

/** Right after the interview ends (start + length), or the next moment nudge hours allow: never at night. */
export function afterInterviewAt(start: Date, lengthMinutes: number, tz: string, hours: NudgeHours): Date {
  const length = Number.isInteger(lengthMinutes) && lengthMinutes > 0 ? lengthMinutes : DEFAULT_LENGTH_MINUTES;
  return clampToNudgeHours(new Date(start.getTime() + length * 60_000), tz, hours);
}
