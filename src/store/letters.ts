import type Database from "better-sqlite3";
import { prepared } from "./prepared.js";
import type { LetterKind, LetterRow, NewLetter } from "../core/model/letter.js";
import type { LettersRepo } from "../core/ports.js";

const COLUMNS = `l.id, l.interview_id AS interviewId, l.interviewer_id AS interviewerId, l.kind, l.variant, l.recipient, l.email,
  l.subject, l.body, l.edited, l.status, l.sent_at AS sentAt`;

function toLetter(row: any): LetterRow | undefined {
  return row ? { ...row, edited: row.edited === 1 } : undefined;
}

/** The letters table. Reads go through the owning interview's user. */
export class Letters implements LettersRepo {
  constructor(private readonly db: Database.Database) {}

  /** Stores a new draft, replacing an unsent draft of the same kind for the same person. */
  save(letter: NewLetter, now: number): number {
    prepared(this.db, "DELETE FROM letters WHERE interview_id = ? AND kind = ? AND interviewer_id IS ? AND status = 'draft'")
      .run(letter.interviewId, letter.kind, letter.interviewerId);
    return Number(
      prepared(this.db,
          `INSERT INTO letters (interview_id, interviewer_id, kind, variant, recipient, email, subject, body, updated_at)
           VALUES (@interviewId, @interviewerId, @kind, @variant, @recipient, @email, @subject, @body, @now)`,
        )
        .run({ ...letter, now }).lastInsertRowid,
    );
  }

  /** One letter, only if it belongs to this user. */
  get(userRef: number, letterId: number): LetterRow | undefined {
    return toLetter(
      prepared(this.db, `SELECT ${COLUMNS} FROM letters l JOIN interviews i ON i.id = l.interview_id WHERE l.id = ? AND i.user_ref = ?`)
        .get(letterId, userRef),
    );
  }

  /** The letters of one interview of one kind (all kinds when omitted). */
  forInterview(interviewId: number, kinds?: LetterKind[]): LetterRow[] {
    const rows = prepared(this.db, `SELECT ${COLUMNS} FROM letters l WHERE l.interview_id = ? ORDER BY l.interviewer_id, l.id`)
      .all(interviewId)
      .map(toLetter) as LetterRow[];
    return kinds ? rows.filter((r) => kinds.includes(r.kind)) : rows;
  }

  /** Replaces a draft's text with the user's edited version. */
  updateBody(letterId: number, subject: string, body: string, now: number): void {
    prepared(this.db, "UPDATE letters SET subject = ?, body = ?, edited = 1, updated_at = ? WHERE id = ?").run(subject, body, now, letterId);
  }

  /** Makes an edited letter another kind (a card that became a letter), dropping that person's other unsent drafts of the kind. */
  retype(letterId: number, kind: LetterKind, subject: string, now: number): void {
    prepared(
      this.db,
      `DELETE FROM letters WHERE status = 'draft' AND kind = ? AND id != ?
         AND (interview_id, interviewer_id) IS (SELECT interview_id, interviewer_id FROM letters WHERE id = ?)`,
    ).run(kind, letterId, letterId);
    prepared(this.db, "UPDATE letters SET kind = ?, subject = ?, updated_at = ? WHERE id = ?").run(kind, subject, now, letterId);
  }

  /** Drops unsent, unedited drafts so they are composed again from the updated debrief. */
  dropDrafts(interviewId: number, kinds: LetterKind[]): void {
    for (const kind of kinds) {
      prepared(this.db, "DELETE FROM letters WHERE interview_id = ? AND kind = ? AND status = 'draft' AND edited = 0").run(interviewId, kind);
    }
  }

  /** Marks a letter sent. */
  markSent(letterId: number, now: number): void {
    prepared(this.db, "UPDATE letters SET status = 'sent', sent_at = ?, updated_at = ? WHERE id = ?").run(now, now, letterId);
  }

  /** Marks a sent letter unsent again (undo). */
  markUnsent(letterId: number, now: number): void {
    prepared(this.db, "UPDATE letters SET status = 'draft', sent_at = NULL, updated_at = ? WHERE id = ?").run(now, letterId);
  }
}
