import { formatLocal } from "../plan/index.js";
import type { Reminder, ReminderKind } from "../model/reminder.js";
import type { TurnContext } from "../turn-context.js";
import { isListed } from "../nudges/upcoming-nudges.js";

/** How each nudge is named when the plan is shown to the user. */
export const NUDGE_NAMES: Record<ReminderKind, string> = {
  prep: "Your short plan for the interview",
  after: "How did it go?",
  reflect: "Look back and reflect",
  thanks: "Send your thank-you notes",
  thanks_again: "Thank-you reminder",
  checkin: "Check in, once",
  letgo: "Let it go",
  close: "Close quietly",
};

/** When a pending nudge will really come: its planned time, or later while it is held (quiet hours, pause, retry). */
export function expectedAt(r: Pick<Reminder, "dueAt" | "leaseUntil" | "status">): number {
  return r.status === "pending" && r.leaseUntil && r.leaseUntil > r.dueAt ? r.leaseUntil : r.dueAt;
}

/** One line per pending nudge of an interview, in the user's local time. */
export function describePlan(ctx: TurnContext, interviewId: number): string[] {
  return ctx.store.reminders
    .pendingFor(interviewId)
    .filter(isListed)
    .map((r) => `• ${NUDGE_NAMES[r.kind]}: ${formatLocal(new Date(expectedAt(r)), ctx.tz)}`);
}
