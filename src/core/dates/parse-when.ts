import type * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { formatLocal } from "../plan/format-local.js";
import { safeZone, toZoned } from "../plan/local-time.js";
import { chronoParse } from "./chrono-parse.js";

// An answer to "when was the interview?" is a phrase; a long text is not one, and chrono's
// regexes should not be run over a pasted essay.
const MAX_ANSWER_CHARS = 300;
const MAX_PAST_DAYS = 366;
const MAX_FUTURE_MS = 24 * 3_600_000;
const DEFAULT_HOUR = 12;
const MORNING_HOUR = 9;
const TIME_OF_DAY_TAGS = ["morning", "afternoon", "evening", "tonight", "noon", "midnight"].map((t) => `casualReference/${t}`);

/** Whether chrono found a day (or a time today), not just a month or a year. */
function isSpecificEnough(c: chrono.ParsedComponents): boolean {
  if (c.isCertain("month") && !c.isCertain("day")) return false;
  if (c.isCertain("day") || c.isCertain("weekday") || c.isCertain("hour") || c.isCertain("timezoneOffset")) return true;
  return [...c.tags()].some((t) => t.startsWith("casualReference/") || t === "result/relativeDate");
}

/** The wall-clock time chrono found, rebuilt in the zone so the offset is the one of that day. */
function toLocalDateTime(c: chrono.ParsedComponents, zone: string): DateTime {
  // An exact offset ("now", "2 hours ago", "10am PST") already names the instant.
  if (c.isCertain("timezoneOffset")) return DateTime.fromJSDate(c.date(), { zone });
  const tags = [...c.tags()];
  let hour = c.get("hour") ?? DEFAULT_HOUR;
  let minute = c.get("minute") ?? 0;
  if (!c.isCertain("hour")) {
    if (tags.includes("casualReference/morning")) [hour, minute] = [MORNING_HOUR, 0];
    else if (!tags.some((t) => TIME_OF_DAY_TAGS.includes(t))) [hour, minute] = [DEFAULT_HOUR, 0];
  }
  return DateTime.fromObject(
    { year: c.get("year") ?? undefined, month: c.get("month") ?? undefined, day: c.get("day") ?? undefined, hour, minute, second: c.isCertain("second") ? (c.get("second") ?? 0) : 0 },
    { zone },
  );
}

/** The first day or time chrono finds in a short answer, specific enough to be a day, read in the user's zone (`forward`: preferring the future). */
function findTime(text: string, now: Date, tz: string, forward: boolean): { found: chrono.ParsedResult; zone: string } | undefined {
  if (typeof text !== "string" || !(now instanceof Date) || Number.isNaN(now.getTime())) return undefined;
  const answer = text.trim();
  if (answer === "" || answer.length > MAX_ANSWER_CHARS) return undefined;
  const zone = safeZone(tz, "UTC");
  const found = chronoParse(answer, now, zone, forward)[0];
  return found && isSpecificEnough(found.start) ? { found, zone } : undefined;
}

/** Reads when an interview happened ("yesterday at 3pm", "Tue 14:00") in the user's zone, preferring the past; undefined if unreadable or implausible. */
export function parseInterviewTime(text: string, now: Date, tz: string): { at: Date; label: string } | undefined {
  const read = findTime(text, now, tz, false);
  if (!read) return undefined;
  const { found, zone } = read;
  const c = found.start;
  let at = toLocalDateTime(c, zone);
  if (!at.isValid) return undefined;
  const today = toZoned(now, zone).startOf("day");
  // Interviews are behind us: a bare weekday means the most recent one. (A date without a year
  // is left at chrono's nearest year: moving "Nov 20" to last year would hide the year from the label.)
  if (c.isCertain("weekday") && !c.isCertain("day") && !/\bnext\b/i.test(found.text) && at.startOf("day") > today) {
    at = at.minus({ weeks: 1 });
  }
  const ms = at.toMillis();
  if (ms > now.getTime() + MAX_FUTURE_MS || ms < toZoned(now, zone).minus({ days: MAX_PAST_DAYS }).toMillis()) return undefined;
  const date = at.toJSDate();
  return { at: date, label: formatLocal(date, zone) };
}

// An interview logged ahead is at most a year away, and may have begun a little before it is logged.
const MAX_AHEAD_DAYS = 366;
const MAX_BEGUN_MS = 6 * 3_600_000;

/** When an upcoming interview is: its start, its end when a range was given ("3-4:30pm"), or only the day (local `YYYY-MM-DD`) when no time was said. */
export type UpcomingTime = { at: Date; label: string; endAt?: Date } | { day: string };

// Words that name a day without a date ("3pm tomorrow"); a time alone does not.
const DAY_WORDS = ["today", "tomorrow", "yesterday", "tonight"].map((t) => `casualReference/${t}`);

/** True when chrono found a day in the text, not only a time of day. */
function namesDay(c: chrono.ParsedComponents): boolean {
  return c.isCertain("day") || c.isCertain("weekday") || c.isCertain("month") || [...c.tags()].some((t) => DAY_WORDS.includes(t) || t === "result/relativeDate");
}

/**
 * Reads when an interview will be ("Thursday 3pm", "next tuesday 10am", "Fri 10:00-11:30") in the
 * user's zone, preferring the future; `onDay` (local `YYYY-MM-DD`) is the day a time alone ("3pm")
 * falls on, when a day was named before. Undefined if unreadable or implausible.
 */
export function parseUpcomingTime(text: string, now: Date, tz: string, onDay?: string): UpcomingTime | undefined {
  const read = findTime(text, now, tz, true);
  if (!read) return undefined;
  const { found, zone } = read;
  let at = toLocalDateTime(found.start, zone);
  if (!at.isValid) return undefined;
  // Interviews are ahead: "Wednesday 9am" said on Wednesday afternoon is next week's.
  if (found.start.isCertain("weekday") && !found.start.isCertain("day") && at.toMillis() < now.getTime()) at = at.plus({ weeks: 1 });
  const day = onDay && !namesDay(found.start) ? DateTime.fromISO(onDay, { zone }) : undefined;
  if (day?.isValid) at = day.set({ hour: at.hour, minute: at.minute, second: 0, millisecond: 0 });
  const ms = at.toMillis();
  if (ms < now.getTime() - MAX_BEGUN_MS || ms > toZoned(now, zone).plus({ days: MAX_AHEAD_DAYS }).toMillis()) return undefined;
  // A day without a time: the start matters (the plan and "how did it go?" are timed from it), so it is asked for.
  if (!found.start.isCertain("hour") && !found.start.isCertain("timezoneOffset")) {
    // "Monday" said on a Monday is next week's: today would be said as "today".
    const today = toZoned(now, zone).toISODate();
    const weekday = found.start.isCertain("weekday") && !found.start.isCertain("day");
    return { day: (weekday && at.toISODate() === today ? at.plus({ weeks: 1 }) : at).toISODate()! };
  }
  const end = found.end?.isCertain("hour") ? toLocalDateTime(found.end, zone) : undefined;
  const endAt = end?.isValid && end.toMillis() > ms ? end.toJSDate() : undefined;
  return { at: at.toJSDate(), label: formatLocal(at.toJSDate(), zone), ...(endAt ? { endAt } : {}) };
}
