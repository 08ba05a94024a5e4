import { Actions } from "../actions.js";
import { clampToNudgeHours, type NudgeHours } from "../plan/index.js";
import type { Button } from "../types.js";

/** The buttons every nudge carries: snooze, heard back, stop (and a done button when given). */
export function nudgeButtons(reminderId: number, interviewId: number, done?: { label: string }): Button[] {
  const buttons: Button[] = [];
  if (done) buttons.push({ action: Actions.nudgeDone, label: done.label, value: String(reminderId), style: "primary" });
  buttons.push(
    { action: Actions.snooze, label: "Snooze to tomorrow", value: String(reminderId) },
    { action: Actions.snoozeDay, label: "Pick a day", value: String(reminderId) },
    { action: Actions.heardBack, label: "I heard back", value: String(interviewId) },
    { action: Actions.stopNudges, label: "Stop nudges for this one", value: String(interviewId), style: "danger" },
  );
  return buttons;
}

/** Why a held nudge waited, as the sweeper records it; a nudge held by a pause says so when it finally comes. */
export const HELD = { paused: "paused", quiet: "quiet hours" } as const;

/**
 * A short, honest line when a nudge goes out an hour or more after it could have: "offline" only
 * when nothing but downtime explains it (a held nudge's wait for nudge hours is measured away by
 * `plannedArrival`), a pause or a failed delivery said as such.
 */
export function lateNote(r: { dueAt: number; lastError?: string | null }, now: number): string | undefined {
  const hours = (now - r.dueAt) / 3_600_000;
  if (hours < 1) return undefined;
  const days = Math.round(hours / 24);
  const howLate = hours < 24 ? "a few hours" : days === 1 ? "a day" : `${days} days`;
  if (r.lastError === HELD.paused) return `_This was due ${howLate} ago, while your nudges were paused. Here it is now._`;
  if (r.lastError && r.lastError !== HELD.quiet) return `_This comes ${howLate} later than planned; I couldn't get through to you for a while._`;
  return `_This comes ${howLate} later than planned; I was offline for a while._`;
}

/** When a nudge would have arrived with the coach running all along: its due time, moved into the user's nudge hours as they are now. */
export function plannedArrival(r: { dueAt: number }, tz: string, hours: NudgeHours): number {
  return Math.max(r.dueAt, clampToNudgeHours(new Date(r.dueAt), tz, hours).getTime());
}
