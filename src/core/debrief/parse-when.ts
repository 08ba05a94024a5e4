import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { formatLocal } from "../plan/format-local.js";
import { safeZone, toZoned, zoneOffsetAt } from "../plan/local-time.js";

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

/** Reads when an interview happened ("yesterday at 3pm", "Tue 14:00") in the user's zone, preferring the past; undefined if unreadable or implausible. */
export function parseInterviewTime(text: string, now: Date, tz: string): { at: Date; label: string } | undefined {
  if (typeof text !== "string" || !(now instanceof Date) || Number.isNaN(now.getTime())) return undefined;
  const answer = text.trim();
  if (answer === "" || answer.length > MAX_ANSWER_CHARS) return undefined;
  const zone = safeZone(tz, "UTC");
  let found: chrono.ParsedResult | undefined;
  try {
    found = chrono.parse(answer, { instant: now, timezone: zoneOffsetAt(now, zone) }, { forwardDate: false })[0];
  } catch {
    return undefined;
  }
  if (!found || !isSpecificEnough(found.start)) return undefined;
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
