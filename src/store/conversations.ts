import type Database from "better-sqlite3";
import { prepared } from "./prepared.js";
import { CONVERSATION_VERSION, ConversationState } from "../core/model/conversation.js";
import type { ConversationsRepo } from "../core/ports.js";

/** The conversations table: at most one open conversation per user. */
export class Conversations implements ConversationsRepo {
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
