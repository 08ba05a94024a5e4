import { DateTime } from "luxon";
import { isCalendarDate, toZoned } from "./local-time.js";

// Fixed English names rather than Intl, so output never varies with the ICU build ("Sep" vs "Sept").
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** An instant in the user's local time, e.g. "Tuesday 18 Nov, 10:00". */
export function formatLocal(t: Date, tz: string): string {
  const d = toZoned(t, tz);
  return `${WEEKDAYS[d.weekday - 1]} ${d.day} ${MONTHS[d.month - 1]!.slice(0, 3)}, ${d.toFormat("HH:mm")}`;
}

/** A local calendar date (YYYY-MM-DD), e.g. "Friday 5 December"; anything else is returned as given. */
export function formatLocalDay(isoDate: string): string {
  if (!isCalendarDate(isoDate)) return isoDate;
  const d = DateTime.fromISO(isoDate, { zone: "UTC" });
  return `${WEEKDAYS[d.weekday - 1]} ${d.day} ${MONTHS[d.month - 1]}`;
}
