// The one listing of what is coming up for a user: App Home, the terminal's /reminders and the CLI all read it.
import { expectedAt, NUDGE_NAMES } from "../follow-up/describe-plan.js";
import type { Reminder } from "../model/reminder.js";
import type { UserRow } from "../model/user.js";
import { formatLocal } from "../plan/index.js";
import type { Repositories } from "../ports.js";

/** One nudge that is coming, as a person reads it. */
export interface UpcomingNudge {
  reminderId: number;
  interviewId: number;
  /** When it will really come: planned, or later while held for quiet hours, a pause or a retry. */
  at: Date;
  /** What it is, in words ("Send your thank-you notes"). */
  name: string;
  /** Which interview: "Staff Engineer at Acme", "Acme", or "your interview". */
  about: string;
}

/** Nudges that never speak (a quiet close) are not listed. */
export function isListed(r: Pick<Reminder, "kind">): boolean {
  return r.kind !== "close";
}

/** "Staff Engineer at Acme", whatever of it is known. */
export function interviewLabel(i: { company?: string | null; role?: string | null } | undefined): string {
  const company = i?.company?.trim();
  const role = i?.role?.trim();
  if (company && role) return `${role} at ${company}`;
  return company || role || "your interview";
}

/** The user's coming nudges, soonest first, each naming its interview. */
export function upcomingNudges(store: Repositories, user: UserRow, rows: Reminder[] = store.reminders.upcomingForUser(user.id)): UpcomingNudge[] {
  const interviews = new Map(store.interviews.list(user.id).map((i) => [i.id, i]));
  return rows
    .filter(isListed)
    .map((r) => ({ reminderId: r.id, interviewId: r.interviewId, at: new Date(expectedAt(r)), name: NUDGE_NAMES[r.kind], about: interviewLabel(interviews.get(r.interviewId)) }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** "Wednesday 2 Dec, 09:00: Send your thank-you notes (Staff Engineer at Acme)". */
export function describeUpcoming(n: UpcomingNudge, tz: string): string {
  return `${formatLocal(n.at, tz)}: ${n.name} (${n.about})`;
}
