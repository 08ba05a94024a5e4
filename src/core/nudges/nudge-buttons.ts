import { Actions } from "../actions.js";
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

/** A short, honest line when a nudge goes out later than planned. */
export function lateNote(dueAt: number, now: number): string | undefined {
  const hours = (now - dueAt) / 3_600_000;
  if (hours < 1) return undefined;
  if (hours < 24) return "_This comes a few hours later than planned; I was offline for a while._";
  const days = Math.round(hours / 24);
  return `_This comes ${days === 1 ? "a day" : `${days} days`} later than planned; I was offline for a while._`;
}
