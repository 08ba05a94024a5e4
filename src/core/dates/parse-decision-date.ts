import { DateTime } from "luxon";
import { safeZone, toZoned } from "../plan/local-time.js";
import { chronoParse } from "./chrono-parse.js";

const MAX_ANSWER_CHARS = 300;
const MAX_AHEAD_DAYS = 366;
// chrono's forwardDate would turn "last Friday" into the coming one; a past date is no decision date.
const PAST_REFERENCE = /\b(?:ago|yesterday|previous|last\s+(?:week|month|year|mon|tue|wed|thu|fri|sat|sun)\w*)\b/i;
/** An answer saying no day was named ("no", "they didn't say"). */
export const NO_DATE = /^(?:no|nope|none|nothing|not said|not mentioned|didn'?t say|they didn'?t say|skip|pass|n\/?a|unknown|don'?t know|dunno|no idea|not sure|-+)[.!]?$/i;

/** Week phrases chrono misreads ("end of the week" as a week from now) or reads as a Saturday, with the day each means. */
const WEEK_PHRASES: [RegExp, (today: DateTime) => DateTime][] = [
  [/\b(?:end|close) of next (?:work(?:ing)?\s?)?week\b/i, (today) => today.plus({ weeks: 1 }).set({ weekday: 5 })],
  // At the weekend, "the end of the week" can only be the coming one.
  [/\b(?:end|close) of (?:the |this )?(?:work(?:ing)?\s?)?week\b/i, (today) => (today.weekday >= 6 ? today.plus({ weeks: 1 }) : today).set({ weekday: 5 })],
  [/\b(?:early|beginning of|start of) next week\b/i, (today) => today.plus({ weeks: 1 }).set({ weekday: 1 })],
  [/\b(?:mid|middle of)[\s-]?next week\b/i, (today) => today.plus({ weeks: 1 }).set({ weekday: 3 })],
  [/\b(?:a|one) fortnight\b/i, (today) => today.plus({ days: 14 })],
];

/** "By the 20th" (a day of the month named by its number alone). */
const ORDINAL_DAY = /\b(?:by|on|before|until|around)?\s*the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;

/** The phrases this reader understands besides chrono's: a typed answer made of them (and filler) is read whole. */
export const DAY_PHRASES: RegExp[] = [...WEEK_PHRASES.map(([re]) => re), ORDINAL_DAY];

function readWeekPhrase(answer: string, today: DateTime): DateTime | undefined {
  return WEEK_PHRASES.find(([re]) => re.test(answer))?.[1](today);
}

/** "By the 20th": the next day of the month with that number (this month if it is still ahead). */
function readOrdinalDay(answer: string, today: DateTime): DateTime | undefined {
  const m = ORDINAL_DAY.exec(answer);
  if (!m) return undefined;
  const day = Number(m[1]);
  if (day < 1 || day > 31) return undefined;
  for (let months = 0; months < 3; months++) {
    const month = today.plus({ months }).startOf("month");
    if (day > month.daysInMonth!) continue;
    const candidate = month.set({ day });
    if (candidate >= today) return candidate;
  }
  return undefined;
}

/** The day meant by a month named without a day: "early December" the 7th, "mid" the 15th, else the last day. */
function dayInNamedMonth(answer: string, month: DateTime): DateTime {
  if (/\b(?:first week|early|beginning|start)\b/i.test(answer)) return month.set({ day: 7 });
  if (/\b(?:mid|middle|second week)\b/i.test(answer)) return month.set({ day: 15 });
  return month.endOf("month").startOf("day");
}

/** The calendar day chrono found; a month alone ("in January") reads as a day of that month. */
function readChronoDay(answer: string, now: Date, zone: string): DateTime | undefined {
  const found = chronoParse(answer, now, zone, true)[0];
  if (!found) return undefined;
  const c = found.start;
  const relative = c.tags().has("result/relativeDate");
  if (!c.isCertain("day") && !c.isCertain("weekday") && !c.isCertain("month") && !relative) return undefined;
  let year = c.get("year") ?? undefined;
  const month = c.get("month") ?? undefined;
  if (c.isCertain("month") && !c.isCertain("day")) {
    const today = toZoned(now, zone);
    // "In November" said in November means this one, not next year's.
    if (!c.isCertain("year") && month === today.month && year === today.year + 1) year = today.year;
    return dayInNamedMonth(answer, DateTime.fromObject({ year, month, day: 1 }, { zone }));
  }
  return DateTime.fromObject({ year, month, day: c.get("day") ?? undefined }, { zone });
}

/** Reads the decision date an interviewer named ("by Friday", "in two weeks") as a local YYYY-MM-DD ahead of `now`; undefined for "skip" or unreadable. */
export function parseDecisionDate(text: string, now: Date, tz: string): string | undefined {
  if (typeof text !== "string" || !(now instanceof Date) || Number.isNaN(now.getTime())) return undefined;
  const answer = text.trim();
  if (answer === "" || answer.length > MAX_ANSWER_CHARS || NO_DATE.test(answer) || PAST_REFERENCE.test(answer)) return undefined;
  const zone = safeZone(tz, "UTC");
  const today = toZoned(now, zone).startOf("day");
  const day = readWeekPhrase(answer, today) ?? readOrdinalDay(answer, today) ?? readChronoDay(answer, now, zone);
  if (!day?.isValid) return undefined;
  const iso = day.toISODate()!;
  if (iso < today.toISODate()! || iso > today.plus({ days: MAX_AHEAD_DAYS }).toISODate()!) return undefined;
  return iso;
}
