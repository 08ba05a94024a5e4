// Idea (a bench-only patch; production code is not changed): claim due reminders with one
// UPDATE … WHERE id IN (two index range scans, each stopping at `limit`) RETURNING …, instead of
// a SELECT whose OR cannot follow the (status, due_at) index order — every due row is fetched from
// the table (for lease_until) and sorted before the LIMIT — followed by one UPDATE per row.
// Same conditions as Reminders.claimDue; the bench checks both claim the same rows.
import type Database from "better-sqlite3";
import { Reminders } from "../../src/store/reminders.js";
import type { Reminder } from "../../src/core/model/reminder.js";

const CLAIM = `
  UPDATE reminders SET status = 'sending', lease_until = @lease, claimed_by = @holder, attempts = attempts + 1
  WHERE id IN (
    SELECT id FROM (
      SELECT id, due_at FROM (SELECT id, due_at FROM reminders WHERE status = 'pending' AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                             ORDER BY due_at, id LIMIT @limit)
      UNION ALL
      SELECT id, due_at FROM (SELECT id, due_at FROM reminders WHERE status = 'sending' AND lease_until <= @now ORDER BY due_at, id LIMIT @limit)
      ORDER BY due_at, id LIMIT @limit))
  RETURNING id, user_ref AS userRef, interview_id AS interviewId, kind, due_at AS dueAt, status, attempts,
    lease_until AS leaseUntil, sent_at AS sentAt, last_error AS lastError`;

/** Replaces Reminders.claimDue with the one-statement claim (same rows, same order, same leases); returns the undo. */
export function claimInOneStatement(): () => void {
  const claimDue = Reminders.prototype.claimDue;
  Reminders.prototype.claimDue = function (this: Reminders, now: number, limit: number, leaseMs: number, holder: string): Reminder[] {
    const db = (this as unknown as { db: Database.Database }).db;
    const rows = db.prepare(CLAIM).all({ now, limit, lease: now + leaseMs, holder }) as Reminder[];
    // RETURNING gives no order; the sweeper expects due order.
    return rows.sort((a, b) => a.dueAt - b.dueAt || a.id - b.id);
  };
  return () => {
    Reminders.prototype.claimDue = claimDue;
  };
}

/** True when the one-statement claim takes exactly the rows (and order) Reminders.claimDue takes; both rolled back. */
export function claimsMatch(db: Database.Database, reminders: Reminders, now: number, limit: number): boolean {
  class Rollback extends Error {}
  const claimWith = (claim: () => Reminder[]): Reminder[] => {
    let rows: Reminder[] = [];
    try {
      db.transaction(() => {
        rows = claim();
        throw new Rollback();
      })();
    } catch (err) {
      if (!(err instanceof Rollback)) throw err;
    }
    return rows;
  };
  const production = claimWith(() => reminders.claimDue(now, limit, 60_000, "compare"));
  const undo = claimInOneStatement();
  try {
    const idea = claimWith(() => reminders.claimDue(now, limit, 60_000, "compare"));
    return JSON.stringify(production) === JSON.stringify(idea);
  } finally {
    undo();
  }
}
