import type Database from "better-sqlite3";
import { prepared } from "./prepared.js";
import { UndoSnapshot, type UndoEntry } from "../core/model/undo.js";
import type { UndoRepo } from "../core/ports.js";

const COLUMNS = "id, interview_id AS interviewId, what, snapshot, created_at AS createdAt, undone_at AS undoneAt";

function toEntry(row: any): UndoEntry | undefined {
  if (!row) return undefined;
  const parsed = UndoSnapshot.safeParse(JSON.parse(row.snapshot));
  return parsed.success ? { ...row, snapshot: parsed.data } : undefined;
}

/** The undo log: reversible steps of the last day, per user. */
export class UndoLog implements UndoRepo {
  constructor(private readonly db: Database.Database) {}

  /** Records a step and what it changed; returns its id. */
  record(userRef: number, interviewId: number, what: string, snapshot: UndoSnapshot, now: number): number {
    const json = JSON.stringify(UndoSnapshot.parse(snapshot));
    return Number(
      prepared(this.db, "INSERT INTO undo_log (user_ref, interview_id, what, snapshot, created_at) VALUES (?, ?, ?, ?, ?)")
        .run(userRef, interviewId, what.slice(0, 200), json, now).lastInsertRowid,
    );
  }

  /** One entry of this user. */
  get(userRef: number, id: number): UndoEntry | undefined {
    return toEntry(prepared(this.db, `SELECT ${COLUMNS} FROM undo_log WHERE id = ? AND user_ref = ?`).get(id, userRef));
  }

  /** The user's entries since `since` that are not undone, newest first. */
  recent(userRef: number, since: number): UndoEntry[] {
    return prepared(this.db, `SELECT ${COLUMNS} FROM undo_log WHERE user_ref = ? AND created_at >= ? AND undone_at IS NULL ORDER BY id DESC LIMIT 20`)
      .all(userRef, since)
      .map(toEntry)
      .filter((e): e is UndoEntry => e !== undefined);
  }

  /** Marks an entry undone. */
  markUndone(id: number, now: number): void {
    prepared(this.db, "UPDATE undo_log SET undone_at = ? WHERE id = ?").run(now, id);
  }
}
