// Calendar days as letters say them: "Friday 5 December", "Tuesday".
import { DateTime } from "luxon";
import { AfterwordError, ErrorCode } from "../errors.js";
import { countryForZone } from "../plan/working-days.js";

/** "Thursday, December 3" where the user's zone is American, "Thursday 3 December" elsewhere. */
function dayFormat(tz?: string): string {
  return tz && countryForZone(tz) === "US" ? "cccc, LLLL d" : "cccc d LLLL";
}

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

/** The moment an interview happened, in the user's zone when known (an unknown zone keeps the true UTC day). */
function interviewMoment(happenedAt: string | undefined, tz?: string): DateTime | undefined {
  if (!happenedAt) return undefined;
  const utc = DateTime.fromISO(happenedAt, { zone: "utc" });
  if (!utc.isValid) return undefined;
  const local = tz ? utc.setZone(tz) : utc;
  return (local.isValid ? local : utc).setLocale("en-GB");
}

/** The weekday an interview happened on, in the user's zone when known: "Tuesday". */
export function formatInterviewDay(happenedAt: string | undefined, tz?: string): string | undefined {
  return interviewMoment(happenedAt, tz)?.toFormat("cccc");
}

/** The weekday name of a `YYYY-MM-DD` date ("Friday"), for lenient matching in checks. */
export function weekdayOf(isoDate: string | undefined): string | undefined {
  return parseCalendarDate(isoDate)?.setLocale("en-GB").toFormat("cccc");
}

/** The interview's date as a letter written weeks later names it: "Tuesday 1 December" ("Tuesday, December 1" in the US). */
export function formatInterviewDate(happenedAt: string | undefined, tz?: string): string | undefined {
  return interviewMoment(happenedAt, tz)?.toFormat(dayFormat(tz));
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

/**
 * The check-in day as a thank-you says it a day after the interview: "Tuesday the 15th" within the interview's month,
 * "Tuesday 5 January" beyond it. The date is the plan's own, only said the way a person says it.
 */
export function formatCheckInDay(isoDate: string, happenedAt?: string, tz?: string): string {
  const day = parseCalendarDate(isoDate);
  if (!day) return formatFollowUpDay(isoDate);
  const met = interviewMoment(happenedAt, tz);
  const weekday = day.setLocale("en-GB").toFormat("cccc");
  return met && met.month === day.month && met.year === day.year ? `${weekday} the ${ordinal(day.day)}` : day.setLocale("en-GB").toFormat(dayFormat(tz));
}
