// A nudge of the follow-up plan, as a row with a due time: the sweeper delivers it.

/** The nudges of the follow-up plan, and the two of an interview logged ahead: its short plan (`prep`) and "how did it go?" (`after`). */
export type ReminderKind = "prep" | "after" | "reflect" | "thanks" | "thanks_again" | "checkin" | "letgo" | "close";

/** Where a reminder stands. */
export type ReminderStatus = "pending" | "sending" | "sent" | "cancelled" | "dead";

/** A scheduled nudge. */
export interface Reminder {
  id: number;
  userRef: number;
  interviewId: number;
  kind: ReminderKind;
  /** When the nudge was planned (UTC ms); a late delivery is measured from here. */
  dueAt: number;
  status: ReminderStatus;
  /** Delivery attempts made (a hold for quiet hours or a pause is not one). */
  attempts: number;
  /** While sending: when the claim expires. While pending: held back until then, if set. */
  leaseUntil: number | null;
  sentAt: number | null;
  /** Why the row last waited or failed ("paused", "quiet hours", an error message). */
  lastError: string | null;
  /** When a send began whose outcome is not recorded yet: set while sending, left set by a sweeper that died mid-send. */
  sendStartedAt: number | null;
  /** Sends started while an earlier send's outcome was unknown: each may have delivered the nudge twice. */
  repeats: number;
  /** The nudge whose message this one goes out in (due together after a pause or downtime), if any. */
  joinedTo: number | null;
}
