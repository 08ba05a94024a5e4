import type Database from "better-sqlite3";
import { prepared } from "./prepared.js";
import type { Reminder, ReminderKind } from "../core/model/reminder.js";
import type { RemindersRepo } from "../core/ports.js";

const COLUMNS = `id, user_ref AS userRef, interview_id AS interviewId, kind, due_at AS dueAt, status, attempts,
  lease_until AS leaseUntil, sent_at AS sentAt, last_error AS lastError, send_started_at AS sendStartedAt, repeats, joined_to AS joinedTo`;

const CLAIM = `
  UPDATE reminders SET status = 'sending', lease_until = @lease, claimed_by = @holder, attempts = attempts + 1
  WHERE id IN (
    SELECT id FROM (
      SELECT id, due_at FROM (
        SELECT id, due_at FROM reminders
        WHERE status = 'pending' AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
        ORDER BY due_at, id LIMIT @limit)
      UNION ALL
      SELECT id, due_at FROM (
        SELECT id, due_at FROM reminders WHERE status = 'sending' AND lease_until <= @now ORDER BY due_at, id LIMIT @limit)
      ORDER BY due_at, id LIMIT @limit))
  RETURNING ${COLUMNS}`;

/** The reminders table: nudges are rows, claimed atomically by the sweeper. */
export class Reminders implements RemindersRepo {
  constructor(private readonly db: Database.Database) {}

  /** Schedules one nudge. */
  add(userRef: number, interviewId: number, kind: ReminderKind, dueAt: number, now: number): number {
    return Number(
      prepared(this.db, "INSERT INTO reminders (user_ref, interview_id, kind, due_at, created_at) VALUES (?, ?, ?, ?, ?)")
        .run(userRef, interviewId, kind, dueAt, now).lastInsertRowid,
    );
  }

  /** One reminder of this user. */
  get(userRef: number, id: number): Reminder | undefined {
    return prepared(this.db, `SELECT ${COLUMNS} FROM reminders WHERE id = ? AND user_ref = ?`).get(id, userRef) as Reminder | undefined;
  }

  /** Any reminder by id (the sweeper's view). */
  byId(id: number): Reminder | undefined {
    return prepared(this.db, `SELECT ${COLUMNS} FROM reminders WHERE id = ?`).get(id) as Reminder | undefined;
  }

  /** Pending reminders of one interview, soonest first. */
  pendingFor(interviewId: number): Reminder[] {
    return prepared(this.db, `SELECT ${COLUMNS} FROM reminders WHERE interview_id = ? AND status IN ('pending', 'sending') ORDER BY due_at`)
      .all(interviewId) as Reminder[];
  }

  /** Every reminder of one interview, in due order. */
  allFor(interviewId: number): Reminder[] {
    return prepared(this.db, `SELECT ${COLUMNS} FROM reminders WHERE interview_id = ? ORDER BY due_at, id`).all(interviewId) as Reminder[];
  }

  /** A user's pending reminders, soonest first. */
  upcomingForUser(userRef: number): Reminder[] {
    return prepared(this.db, `SELECT ${COLUMNS} FROM reminders WHERE user_ref = ? AND status = 'pending' ORDER BY due_at`)
      .all(userRef) as Reminder[];
  }

  /** The first moment after `after` when one of the user's open rows comes due or its hold ends (the terminal's dev clock steps there). */
  nextWakeFor(userRef: number, after: number): number | undefined {
    const row = prepared(this.db,
      `SELECT MIN(t) AS t FROM (SELECT MAX(due_at, COALESCE(lease_until, 0)) AS t FROM reminders
       WHERE user_ref = ? AND status IN ('pending', 'sending')) WHERE t > ?`,
    ).get(userRef, after) as { t: number | null };
    return row.t ?? undefined;
  }

  /** Holds a pending (or claimed, not yet being sent) row behind `primaryId`, whose message it goes out in, until `holdUntil`; false if it could not be. */
  join(id: number, primaryId: number, holdUntil: number): boolean {
    return (
      prepared(this.db,
          `UPDATE reminders SET status = 'pending', joined_to = @primaryId, lease_until = @holdUntil,
             attempts = CASE WHEN status = 'sending' THEN MAX(attempts - 1, 0) ELSE attempts END
           WHERE id = @id AND status IN ('pending', 'sending') AND send_started_at IS NULL`,
        )
        .run({ id, primaryId, holdUntil }).changes === 1
    );
  }

  /** The pending rows held behind `primaryId`, in due order. */
  joinedTo(primaryId: number): Reminder[] {
    // `+status` keeps the planner on the small joined_to index: nearly every row is pending.
    return prepared(this.db, `SELECT ${COLUMNS} FROM reminders WHERE joined_to = ? AND +status = 'pending' ORDER BY due_at, id`).all(primaryId) as Reminder[];
  }

  /** Marks a row held behind another sent, as that one's message was delivered. */
  markJoinedSent(id: number, now: number): void {
    prepared(this.db, "UPDATE reminders SET status = 'sent', sent_at = ?, lease_until = NULL WHERE id = ? AND status = 'pending' AND joined_to IS NOT NULL").run(now, id);
  }

  /** Every pending reminder, soonest first (operators' listing). */
  upcoming(limit = 1000): Reminder[] {
    return prepared(this.db, `SELECT ${COLUMNS} FROM reminders WHERE status = 'pending' ORDER BY due_at LIMIT ?`).all(limit) as Reminder[];
  }

  /** Cancels pending rows of an interview (all kinds, or the ones named). Returns how many. */
  cancel(interviewId: number, kinds?: ReminderKind[]): number {
    if (!kinds) return prepared(this.db, "UPDATE reminders SET status = 'cancelled' WHERE interview_id = ? AND status = 'pending'").run(interviewId).changes;
    let n = 0;
    for (const kind of kinds) {
      n += prepared(this.db, "UPDATE reminders SET status = 'cancelled' WHERE interview_id = ? AND kind = ? AND status = 'pending'").run(interviewId, kind).changes;
    }
    return n;
  }

  /** Cancels every pending row of a user (nudges stopped for good). */
  cancelForUser(userRef: number): number {
    return prepared(this.db, "UPDATE reminders SET status = 'cancelled' WHERE user_ref = ? AND status = 'pending'").run(userRef).changes;
  }

  /** Cancels one pending reminder (undo of a step that added it). */
  cancelOne(id: number): void {
    prepared(this.db, "UPDATE reminders SET status = 'cancelled' WHERE id = ? AND status = 'pending'").run(id);
  }

  /** Puts a cancelled reminder back to pending (undo); false if it is no longer cancelled. */
  restore(id: number): boolean {
    return prepared(this.db, "UPDATE reminders SET status = 'pending', lease_until = NULL WHERE id = ? AND status = 'cancelled'").run(id).changes === 1;
  }

  /** Moves a pending reminder to a new planned time (dropping any hold). */
  reschedule(id: number, dueAt: number): void {
    prepared(this.db, "UPDATE reminders SET due_at = ?, lease_until = NULL WHERE id = ? AND status = 'pending'").run(dueAt, id);
  }

  /**
   * Claims up to `limit` due rows for this holder: pending rows due by now and not held, and rows
   * whose lease expired (a sweeper died mid-send). Runs inside the caller's immediate transaction.
   */
  claimDue(now: number, limit: number, leaseMs: number, holder: string): Reminder[] {
    // One statement, two index range scans on (status, due_at) that each stop at `limit`: an OR
    // across both states cannot follow the index order and read every due row at 1M reminders.
    const rows = prepared(this.db, CLAIM).all({ now, limit, lease: now + leaseMs, holder }) as Reminder[];
    // RETURNING gives rows in no particular order; delivery follows due time.
    return rows.sort((a, b) => a.dueAt - b.dueAt || a.id - b.id);
  }

  /**
   * Right before a send: true when this holder still owns the claim, which is renewed until
   * `leaseUntil` and marked as being sent. A send started while an earlier one's outcome is
   * unknown (its sweeper died mid-send) counts as a possible repeat.
   */
  startSend(id: number, holder: string, leaseUntil: number, now: number): boolean {
    return (
      prepared(this.db,
          `UPDATE reminders SET lease_until = MAX(lease_until, @lease), send_started_at = @now, repeats = repeats + (send_started_at IS NOT NULL)
           WHERE id = @id AND status = 'sending' AND claimed_by = @holder`,
        )
        .run({ id, holder, lease: leaseUntil, now }).changes === 1
    );
  }

  /** Extends every claim this holder still has to `leaseUntil` (a long sweep keeps what it has not sent yet). Returns how many. */
  renewClaims(holder: string, leaseUntil: number): number {
    return prepared(this.db, "UPDATE reminders SET lease_until = @lease WHERE status = 'sending' AND claimed_by = @holder AND lease_until < @lease")
      .run({ holder, lease: leaseUntil }).changes;
  }

  /** Marks a claimed row sent; false if this holder no longer owns the claim. */
  markSent(id: number, holder: string, now: number): boolean {
    return (
      prepared(this.db,
          "UPDATE reminders SET status = 'sent', sent_at = ?, lease_until = NULL, send_started_at = NULL WHERE id = ? AND status = 'sending' AND claimed_by = ?",
        )
        .run(now, id, holder).changes === 1
    );
  }

  // A pending row keeps `due_at` as planned, so a nudge that goes out late can say by how much;
  // `lease_until` on a pending row holds it back until then (a retry's backoff, quiet hours, a pause).

  /** Puts a claimed row back after a failed delivery, held until `notBefore`; the attempt counts. */
  retryLater(id: number, holder: string, notBefore: number, error: string): void {
    prepared(this.db, "UPDATE reminders SET status = 'pending', lease_until = ?, last_error = ?, send_started_at = NULL WHERE id = ? AND claimed_by = ? AND status = 'sending'")
      .run(notBefore, error, id, holder);
  }

  /**
   * Puts a claimed row back untried, held until `notBefore` (quiet hours, paused, no port here,
   * credentials refused); no attempt is used. A send of ours that just failed (`sendFailed`) is
   * no longer in flight; a mark left by an earlier sweeper stays, so a later send counts as a repeat.
   */
  hold(id: number, holder: string, notBefore: number, why: string, sendFailed = false): void {
    prepared(this.db,
        `UPDATE reminders SET status = 'pending', lease_until = @notBefore, last_error = @why, attempts = MAX(attempts - 1, 0),
           send_started_at = CASE WHEN @failed THEN NULL ELSE send_started_at END
         WHERE id = @id AND claimed_by = @holder AND status = 'sending'`,
      )
      .run({ id, holder, notBefore, why, failed: sendFailed ? 1 : 0 });
  }

  /** Releases a user's overdue pending rows to go out from `notBefore`, noting why they are late. Returns how many. */
  releaseOverdue(userRef: number, now: number, notBefore: number, why: string): number {
    return prepared(this.db, "UPDATE reminders SET lease_until = ?, last_error = ? WHERE user_ref = ? AND status = 'pending' AND due_at <= ?")
      .run(notBefore, why, userRef, now).changes;
  }

  /** Releases a row claimed by this holder with a final status (dead, cancelled) and why. */
  finish(id: number, holder: string, status: "dead" | "cancelled", error: string | null): void {
    prepared(this.db, "UPDATE reminders SET status = ?, last_error = ?, lease_until = NULL, send_started_at = NULL WHERE id = ? AND claimed_by = ? AND status = 'sending'")
      .run(status, error, id, holder);
  }

  /** How many rows in each status (health and benchmarks). */
  counts(): Record<string, number> {
    const rows = prepared(this.db, "SELECT status, COUNT(*) AS n FROM reminders GROUP BY status").all() as { status: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }
}
