import { DateTime } from "luxon";
import { addCalendarDays, localDate, startOfLocalDay } from "./local-time.js";

/** The local window in which nudges may arrive, in minutes after local midnight: [start, end). */
export interface NudgeHours {
  start: number;
  end: number;
}

/** 09:00 to 19:00 local. */
export const DEFAULT_HOURS: NudgeHours = Object.freeze({ start: 540, end: 1140 });

const MINUTES_PER_DAY = 1440;

/** Returns `hours` when it is a usable window (integers, 0 <= start < end <= 1440), else DEFAULT_HOURS. */
export function normalizeNudgeHours(hours: NudgeHours | null | undefined): NudgeHours {
  if (!hours) return DEFAULT_HOURS;
  const { start, end } = hours;
  const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= MINUTES_PER_DAY;
  return ok ? hours : DEFAULT_HOURS;
}

// Wall-clock set, not elapsed minutes from midnight, so 09:00 stays 09:00 on a DST-change day.
function atLocalMinute(midnight: DateTime, minutes: number): DateTime {
  if (minutes >= MINUTES_PER_DAY) return midnight.plus({ days: 1 }).startOf("day");
  return midnight.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 });
}

// The sweeper and the planner ask for the same few local days of the same few zones again and
// again (two or three times per nudge); building them with luxon cost tens of µs each time.
// DateTime results are pure functions of these inputs, so the instants are kept (bounded).
const bounds = new Map<string, { start: number; end: number }>();
const BOUNDS_KEPT = 4096;

function boundsOn(isoDate: string, tz: string, hours: NudgeHours): { start: number; end: number } {
  const { start, end } = normalizeNudgeHours(hours);
  const key = `${isoDate} ${tz} ${start} ${end}`;
  let found = bounds.get(key);
  if (!found) {
    const midnight = startOfLocalDay(isoDate, tz);
    found = { start: atLocalMinute(midnight, start).toMillis(), end: atLocalMinute(midnight, end).toMillis() };
    if (bounds.size >= BOUNDS_KEPT) bounds.clear();
    bounds.set(key, found);
  }
  return found;
}

/** The start of nudge hours on a local calendar date (YYYY-MM-DD). */
export function startOfNudgeHoursOn(isoDate: string, tz: string, hours: NudgeHours): Date {
  return new Date(boundsOn(isoDate, tz, hours).start);
}

/** The end of nudge hours on the local day of instant `t` (the first quiet instant after them). */
export function endOfNudgeHoursOn(t: Date, tz: string, hours: NudgeHours): Date {
  return new Date(boundsOn(localDate(t, tz), tz, hours).end);
}

/** True when `t` falls outside the user's nudge hours (the window is start-inclusive, end-exclusive). */
export function isQuietTime(t: Date, tz: string, hours: NudgeHours): boolean {
  const { start, end } = boundsOn(localDate(t, tz), tz, hours);
  return t.getTime() < start || t.getTime() >= end;
}

/** The start of nudge hours on the local day after `after`'s local date. */
export function nextNudgeMorning(after: Date, tz: string, hours: NudgeHours): Date {
  return startOfNudgeHoursOn(addCalendarDays(localDate(after, tz), 1), tz, hours);
}

/** Moves `t` into nudge hours: inside → `t`; before the start → that day's start; at or after the end → next day's start. */
export function clampToNudgeHours(t: Date, tz: string, hours: NudgeHours): Date {
  const day = localDate(t, tz);
  const { start, end } = boundsOn(day, tz, hours);
  if (t.getTime() < start) return new Date(start);
  if (t.getTime() >= end) return startOfNudgeHoursOn(addCalendarDays(day, 1), tz, hours);
  return t;
}
