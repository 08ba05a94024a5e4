import type Database from "better-sqlite3";
import { prepared } from "./prepared.js";
import { z } from "zod";
import { COLUMN_FIELDS, type Debrief, type DebriefField, type Interest, type InterviewStatus, type InterviewSummary, type Interviewer, type Outcome } from "../core/model/interview.js";
import type { InterviewsRepo } from "../core/ports.js";

/** Where each column-stored debrief field lives. */
const COLUMN_OF = {
  company: "company",
  role: "role",
  happenedAt: "happened_at",
  format: "format",
  stage: "stage",
  decisionDate: "decision_date",
  checkinDate: "checkin_date",
  interest: "interest",
  outcome: "outcome",
} as const satisfies Record<(typeof COLUMN_FIELDS)[number], string>;

// A row logged ahead reads as upcoming while its status is still 'draft' (see migration 008).
const UPCOMING = "status = 'draft' AND logged_ahead_at IS NOT NULL";

const Recruiter = z.object({ name: z.string(), email: z.string().optional() });

// A damaged stored value must not make the whole interview unreadable.
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The interviews, interviewers and debrief answers tables. Every read is scoped by the owner. */
export class Interviews implements InterviewsRepo {
  constructor(private readonly db: Database.Database) {}

  /** Starts a draft interview for a user. */
  createDraft(userRef: number, now: number): number {
    return Number(prepared(this.db, "INSERT INTO interviews (user_ref, created_at) VALUES (?, ?)").run(userRef, now).lastInsertRowid);
  }

  /** Logs an interview ahead: a row that reads as upcoming until its debrief is saved. */
  createUpcoming(userRef: number, lengthMinutes: number, now: number): number {
    return Number(
      prepared(this.db, "INSERT INTO interviews (user_ref, created_at, logged_ahead_at, length_minutes) VALUES (?, ?, ?, ?)").run(userRef, now, now, lengthMinutes).lastInsertRowid,
    );
  }

  /** Changes how long an interview is expected to last. */
  setLength(interviewId: number, lengthMinutes: number): void {
    prepared(this.db, "UPDATE interviews SET length_minutes = ? WHERE id = ?").run(lengthMinutes, interviewId);
  }

  /** Deletes an upcoming interview; its reminders, interviewers and answers go with it (cascade). */
  deleteUpcoming(userRef: number, interviewId: number): boolean {
    return prepared(this.db, `DELETE FROM interviews WHERE id = ? AND user_ref = ? AND ${UPCOMING}`).run(interviewId, userRef).changes > 0;
  }

  /** Loads one interview of this user as a Debrief, or undefined if it is not theirs. */
  load(userRef: number, interviewId: number): Debrief | undefined {
    const row = prepared(this.db, "SELECT * FROM interviews WHERE id = ? AND user_ref = ?").get(interviewId, userRef) as any;
    if (!row) return undefined;
    const debrief: Debrief = {
      id: row.id,
      status: row.status === "draft" && row.logged_ahead_at != null ? "upcoming" : row.status,
      interviewers: this.interviewers(interviewId),
    };
    if (row.length_minutes != null) debrief.lengthMinutes = row.length_minutes;
    for (const [field, column] of Object.entries(COLUMN_OF)) {
      if (row[column] != null) (debrief as any)[field] = row[column];
    }
    if (row.recruiter) {
      const parsed = Recruiter.safeParse(parseJson(row.recruiter));
      if (parsed.success) debrief.recruiter = parsed.data;
    }
    const answers = prepared(this.db, "SELECT field, value FROM debrief_answers WHERE interview_id = ?").all(interviewId) as {
      field: string;
      value: string;
    }[];
    for (const a of answers) (debrief as any)[a.field] = a.value;
    return debrief;
  }

  /** Sets (or, with undefined, clears) one debrief field. */
  setField(interviewId: number, field: DebriefField, value: string | undefined): void {
    if (field in COLUMN_OF) {
      const column = COLUMN_OF[field as keyof typeof COLUMN_OF];
      prepared(this.db, `UPDATE interviews SET ${column} = ? WHERE id = ?`).run(value ?? null, interviewId);
    } else if (value === undefined) {
      prepared(this.db, "DELETE FROM debrief_answers WHERE interview_id = ? AND field = ?").run(interviewId, field);
    } else {
      prepared(this.db, "INSERT INTO debrief_answers (interview_id, field, value) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value")
        .run(interviewId, field, value);
    }
  }

  /** Sets or clears the recruiter. */
  setRecruiter(interviewId: number, recruiter: { name: string; email?: string } | undefined): void {
    prepared(this.db, "UPDATE interviews SET recruiter = ? WHERE id = ?").run(recruiter ? JSON.stringify(Recruiter.parse(recruiter)) : null, interviewId);
  }

  /** Sets the user's interest. */
  setInterest(interviewId: number, interest: Interest | undefined): void {
    this.setField(interviewId, "interest", interest);
  }

  /** Moves an interview to a new status (an upcoming one becomes active once its debrief is saved). */
  setStatus(interviewId: number, status: InterviewStatus, now: number): void {
    if (status === "upcoming") throw new Error("an interview becomes upcoming only by being logged ahead (createUpcoming)");
    const stamp = status === "active" ? "confirmed_at" : status === "closed" ? "closed_at" : null;
    if (stamp) prepared(this.db, `UPDATE interviews SET status = ?, ${stamp} = ? WHERE id = ?`).run(status, now, interviewId);
    else prepared(this.db, "UPDATE interviews SET status = ? WHERE id = ?").run(status, interviewId);
  }

  /** Records how it ended. */
  setOutcome(interviewId: number, outcome: Outcome): void {
    prepared(this.db, "UPDATE interviews SET outcome = ? WHERE id = ?").run(outcome, interviewId);
  }

  /** Puts status and outcome back as they were (undo), leaving the timestamps alone. */
  restoreState(interviewId: number, status: InterviewStatus, outcome: Outcome | null): void {
    prepared(this.db, "UPDATE interviews SET status = ?, outcome = ? WHERE id = ?").run(status, outcome, interviewId);
  }

  /** Records that the user chose to send before the reflect nudge (asked once). */
  allowEarlySend(interviewId: number): void {
    prepared(this.db, "UPDATE interviews SET early_send_ok = 1 WHERE id = ?").run(interviewId);
  }

  /** True when the user already chose to send before the reflect nudge. */
  earlySendAllowed(interviewId: number): boolean {
    return (prepared(this.db, "SELECT early_send_ok AS ok FROM interviews WHERE id = ?").get(interviewId) as { ok: number } | undefined)?.ok === 1;
  }

  /** The user's interviews, newest first. */
  list(userRef: number): InterviewSummary[] {
    return prepared(this.db,
        `SELECT id, CASE WHEN ${UPCOMING} THEN 'upcoming' ELSE status END AS status, company, role, happened_at AS happenedAt, outcome FROM interviews
         WHERE user_ref = ? ORDER BY id DESC`,
      )
      .all(userRef) as InterviewSummary[];
  }

  /** Deletes a draft (a cancelled debrief). */
  deleteDraft(userRef: number, interviewId: number): void {
    prepared(this.db, "DELETE FROM interviews WHERE id = ? AND user_ref = ? AND status = 'draft' AND logged_ahead_at IS NULL").run(interviewId, userRef);
  }

  /** The interviewers of one interview, in the order given. */
  interviewers(interviewId: number): Interviewer[] {
    const rows = prepared(this.db, "SELECT id, name, title, email, specific FROM interviewers WHERE interview_id = ? ORDER BY position, id")
      .all(interviewId) as any[];
    return rows.map((r) => {
      const person: Interviewer = { id: r.id, name: r.name };
      if (r.title != null) person.title = r.title;
      if (r.email != null) person.email = r.email;
      if (r.specific != null) person.specific = r.specific;
      return person;
    });
  }

  /** Replaces the interviewer list with these names (keeping details of names that stay). */
  setInterviewers(interviewId: number, names: string[]): void {
    const existing = this.interviewers(interviewId);
    const keep = new Set<number>();
    names.forEach((name, position) => {
      const same = existing.find((p) => p.name === name && !keep.has(p.id));
      if (same) {
        keep.add(same.id);
        prepared(this.db, "UPDATE interviewers SET position = ? WHERE id = ?").run(position, same.id);
      } else {
        const id = Number(
          prepared(this.db, "INSERT INTO interviewers (interview_id, position, name) VALUES (?, ?, ?)").run(interviewId, position, name).lastInsertRowid,
        );
        keep.add(id);
      }
    });
    for (const p of existing) if (!keep.has(p.id)) prepared(this.db, "DELETE FROM interviewers WHERE id = ?").run(p.id);
  }

  /** Updates one interviewer of this interview. */
  updateInterviewer(interviewId: number, interviewerId: number, patch: Partial<Omit<Interviewer, "id">>): void {
    for (const key of ["name", "title", "email", "specific"] as const) {
      if (key in patch) {
        prepared(this.db, `UPDATE interviewers SET ${key} = ? WHERE id = ? AND interview_id = ?`)
          .run(key === "name" ? patch.name! : (patch[key] ?? null), interviewerId, interviewId);
      }
    }
  }
}
