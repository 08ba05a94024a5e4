// When a user's time zone changes, their planned nudges move with them: "09:00 the morning after"
// stays 09:00 where they are now, never 02:00 because it was planned in another zone.
import type { ReminderKind } from "../model/reminder.js";
import { clampToNudgeHours, type NudgeHours } from "../plan/index.js";
import { toZoned } from "../plan/local-time.js";
import type { Repositories } from "../ports.js";
import { moveNudge } from "./lifecycle.js";

// Timed from a moment that does not move with the user (a few hours after the debrief, the end of
// an interview at a real hour): the instant stays, only nudge hours apply.
const SAME_INSTANT = new Set<ReminderKind>(["reflect", "after"]);

/** What re-timing needs: the store, the user, their new zone and hours, and the time. */
export interface RetimeContext {
  store: Repositories;
  userId: number;
  tz: string;
  hours: NudgeHours;
  now: Date;
}

/**
 * Moves a user's pending nudges from zone `fromTz` to their zone now: each keeps its local day and
 * time of day (the reflect and "how did it go?" keep their instant), inside nudge hours and never in
 * the past. Returns how many moved.
 */
export function retimeNudges(ctx: RetimeContext, fromTz: string): number {
  let moved = 0;
  for (const r of ctx.store.reminders.upcomingForUser(ctx.userId)) {
    const local = toZoned(new Date(r.dueAt), fromTz);
    const there = SAME_INSTANT.has(r.kind)
      ? new Date(r.dueAt)
      : toZoned(new Date(r.dueAt), ctx.tz).set({ year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: 0, millisecond: 0 }).toJSDate();
    const at = clampToNudgeHours(new Date(Math.max(there.getTime(), ctx.now.getTime())), ctx.tz, ctx.hours);
    if (at.getTime() === r.dueAt) continue;
    moveNudge(ctx, r.id, at);
    moved++;
  }
  return moved;
}
