import { DateTime } from "luxon";

/** "later today", "tomorrow morning", "on Monday", or "on Tuesday 1 Dec": when something comes, relative to now. */
export function relativeDay(when: Date, now: Date, tz: string): string {
  const w = DateTime.fromJSDate(when, { zone: tz });
  const n = DateTime.fromJSDate(now, { zone: tz });
  const days = Math.round(w.startOf("day").diff(n.startOf("day"), "days").days);
  const part = w.hour < 12 ? "morning" : w.hour < 17 ? "afternoon" : "evening";
  if (days <= 0) return part === "morning" ? "this morning" : `this ${part}`;
  if (days === 1) return `tomorrow ${part}`;
  if (days < 7) return `on ${w.toFormat("cccc")}`;
  return `on ${w.toFormat("cccc d LLL")}`;
}
