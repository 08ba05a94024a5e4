import type Database from "better-sqlite3";
import { prepared } from "./prepared.js";
import { z } from "zod";

/** Bumped whenever the shape of a conversation state changes; older states are dropped safely. */
export const CONVERSATION_VERSION = 1;

/** The in-progress conversation of one user, validated on the way out of the database. */
export const ConversationState = z.discriminatedUnion("flow", [
  z.object({
    flow: z.literal("debrief"),
    interviewId: z.number().int(),
    step: z.string(),
    /** Steps answered so far, for "back". */
    trail: z.array(z.string()),
    /** Which interviewer the per-person questions are about. */
    person: z.number().int().default(0),
    /** Set while editing one field from the summary: return to the summary afterwards. */
    editing: z.boolean().default(false),
  }),
  /** A new debrief was asked for while one was open: remember where the open one stood. */
  z.object({
    flow: z.literal("choose"),
    interviewId: z.number().int(),
    args: z.string(),
    step: z.string().default("summary"),
    trail: z.array(z.string()).default([]),
  }),
  z.object({ flow: z.literal("reflect"), interviewId: z.number().int() }),
  z.object({ flow: z.literal("edit-letter"), letterId: z.number().int() }),
  z.object({ flow: z.literal("snooze"), reminderId: z.number().int() }),
  z.object({ flow: z.literal("hours") }),
]);
/** A parsed conversation state. */
export type ConversationState = z.infer<typeof ConversationState>;

/** The conversations table: at most one open conversation per user. */
export class Conversations {
  constructor(private readonly db: Database.Database) {}

  /** The user's open conversation, or undefined (also when a stored state no longer parses). */
  get(userRef: number): ConversationState | undefined {
    const row = prepared(this.db, "SELECT state, version FROM conversations WHERE user_ref = ?").get(userRef) as
      | { state: string; version: number }
      | undefined;
    if (!row || row.version !== CONVERSATION_VERSION) return undefined;
    const parsed = ConversationState.safeParse(JSON.parse(row.state));
    return parsed.success ? parsed.data : undefined;
  }

  /** Saves the user's conversation state. */
  set(userRef: number, state: ConversationState, now: number): void {
    const valid = ConversationState.parse(state);
    prepared(this.db,
        `INSERT INTO conversations (user_ref, state, version, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (user_ref) DO UPDATE SET state = excluded.state, version = excluded.version, updated_at = excluded.updated_at`,
      )
      .run(userRef, JSON.stringify(valid), CONVERSATION_VERSION, now);
  }

  /** Ends the user's open conversation. */
  clear(userRef: number): void {
    prepared(this.db, "DELETE FROM conversations WHERE user_ref = ?").run(userRef);
  }
}
