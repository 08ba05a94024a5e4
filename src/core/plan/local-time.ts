import { DateTime, IANAZone } from "luxon";
import { AfterwordError, ErrorCode } from "../errors.js";

// IANAZone.create caches per name (isValidZone builds a new Intl formatter on every call, which
// made each plan cost milliseconds); the shape check keeps junk names out of that cache.
function isValidZoneName(tz: string): boolean {
  return tz.length <= 64 && /^[A-Za-z0-9_+\-/]+$/.test(tz) && IANAZone.create(tz).isValid;
}

/** Returns `tz` when it is a valid IANA zone, else `fallback` when that is, else "UTC". */
export function safeZone(tz: string | null | undefined, fallback: string): string {
  const name = typeof tz === "string" ? tz.trim() : "";
  if (name !== "" && isValidZoneName(name)) return name;
  if (typeof fallback === "string" && isValidZoneName(fallback)) return fallback;
  return "UTC";
}

/** The instant `t` as a luxon DateTime in the user's zone (an invalid zone reads as UTC). */
export function toZoned(t: Date, tz: string): DateTime {
  return DateTime.fromJSDate(t, { zone: safeZone(tz, "UTC") });
}

/** The user's local calendar date of instant `t`, as YYYY-MM-DD. */
export function localDate(t: Date, tz: string): string {
  return toZoned(t, tz).toISODate()!;
}

/** Local midnight of a YYYY-MM-DD calendar date in the zone; throws on a malformed date. */
export function startOfLocalDay(isoDate: string, tz: string): DateTime {
  checkedUtcMidnight(isoDate);
  return DateTime.fromISO(isoDate, { zone: safeZone(tz, "UTC") }).startOf("day");
}

// Calendar arithmetic on YYYY-MM-DD needs no zone: a UTC day number does it without luxon, which
// cost more than the rest of a debrief's plan (a plan walks weeks of days one by one).
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Milliseconds at UTC midnight of a real YYYY-MM-DD date, else undefined. */
function utcMidnight(isoDate: string): number | undefined {
  const m = ISO_DAY.exec(isoDate);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const t = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years below 100 as they are.
  t.setUTCFullYear(y, mo, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo && t.getUTCDate() === d ? t.getTime() : undefined;
}

function isoOfUtc(ms: number): string {
  const t = new Date(ms);
  return `${String(t.getUTCFullYear()).padStart(4, "0")}-${String(t.getUTCMonth() + 1).padStart(2, "0")}-${String(t.getUTCDate()).padStart(2, "0")}`;
}

function checkedUtcMidnight(isoDate: string): number {
  const ms = utcMidnight(isoDate);
  if (ms === undefined) throw new AfterwordError(ErrorCode.BadCalendarDate, `"${isoDate}" is not a calendar date; write it as YYYY-MM-DD`);
  return ms;
}

/** True when `isoDate` is a real YYYY-MM-DD calendar date. */
export function isCalendarDate(isoDate: string | null | undefined): isoDate is string {
  return typeof isoDate === "string" && utcMidnight(isoDate) !== undefined;
}

/** Adds whole calendar days to a YYYY-MM-DD date (no zone involved: calendar arithmetic only). */
export function addCalendarDays(isoDate: string, days: number): string {
  return isoOfUtc(checkedUtcMidnight(isoDate) + Math.trunc(days) * DAY_MS);
}

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(isoDate: string): number {
  return new Date(checkedUtcMidnight(isoDate)).getUTCDay() || 7;
}

/** The zone's UTC offset in minutes at instant `t` (what chrono's `timezone` reference wants). */
export function zoneOffsetAt(t: Date, tz: string): number {
  return toZoned(t, tz).offset;
}
