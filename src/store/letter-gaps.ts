import type Database from "better-sqlite3";
import type { LetterGapRow, LetterGapsRepo } from "../core/ports.js";
import { prepared } from "./prepared.js";

/** The letter_gaps table: beats of the letters asked about once, with the user's answers. */
export class LetterGaps implements LetterGapsRepo {
  constructor(private readonly db: Database.Database) {}

  /** Records that these slots were asked about; a slot asked before keeps its first time. */
  markAsked(interviewId: number, slots: string[], now: number): void {
    const insert = prepared(this.db, "INSERT OR IGNORE INTO letter_gaps (interview_id, slot, asked_at) VALUES (?, ?, ?)");
    for (const slot of slots) insert.run(interviewId, slot, now);
  }

  /** Stores the user's sentence for a slot; a slot never asked is recorded as asked now. */
  answer(interviewId: number, slot: string, text: string): void {
    prepared(
      this.db,
      `INSERT INTO letter_gaps (interview_id, slot, asked_at, answer) VALUES (?, ?, 0, ?)
       ON CONFLICT (interview_id, slot) DO UPDATE SET answer = excluded.answer`,
    ).run(interviewId, slot, text);
  }

  /** Every slot asked about for one interview. */
  forInterview(interviewId: number): LetterGapRow[] {
    return prepared(this.db, "SELECT slot, asked_at AS askedAt, answer FROM letter_gaps WHERE interview_id = ? ORDER BY slot").all(interviewId) as LetterGapRow[];
  }
}
