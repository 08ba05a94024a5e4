// Calendar days as letters say them: "Friday 5 December", "Tuesday".
import { DateTime } from "luxon";
import { AfterwordError, ErrorCode } from "../errors.js";

/** A `YYYY-MM-DD` calendar date as a luxon date, or undefined when it is not a real day. */
export function parseCalendarDate(isoDate: string | undefined): DateTime | undefined {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate.trim())) return undefined;
  const day = DateTime.fromISO(isoDate.trim(), { zone: "utc" });
  return day.isValid ? day : undefined;
}

/** Renders a `YYYY-MM-DD` date the way a letter names a follow-up day: "Friday 5 December". */
export function formatFollowUpDay(isoDate: string): string {
  const day = parseCalendarDate(isoDate);
  if (!day) throw new AfterwordError(ErrorCode.BadCalendarDate, `"${isoDate}" is not a calendar date; write it as YYYY-MM-DD, for example 2026-12-04`);
  return day.setLocale("en-GB").toFormat("cccc d LLLL");
}

/** The weekday an interview happened on, in the user's zone when known: "Tuesday". */
export function formatInterviewDay(happenedAt: string | undefined, tz?: string): string | undefined {
  if (!happenedAt) return undefined;
  const utc = DateTime.fromISO(happenedAt, { zone: "utc" });
  if (!utc.isValid) return undefined;
  const local = tz ? utc.setZone(tz) : utc;
  // An unknown zone name leaves luxon invalid; the UTC date is still a truthful day.
  return (local.isValid ? local : utc).setLocale("en-GB").toFormat("cccc");
}

/** The weekday name of a `YYYY-MM-DD` date ("Friday"), for lenient matching in checks. */
export function weekdayOf(isoDate: string | undefined): string | undefined {
  return parseCalendarDate(isoDate)?.setLocale("en-GB").toFormat("cccc");
}
