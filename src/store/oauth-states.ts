import type Database from "better-sqlite3";
import type { OAuthStatesRepo } from "../core/model/installation.js";
import { prepared } from "./prepared.js";

/** OAuth state nonces in SQLite: shared by every process on the database, each used once. */
export class OAuthStates implements OAuthStatesRepo {
  constructor(private readonly db: Database.Database) {}

  /** Records a nonce as handed out until `expiresAt`; forgets the expired ones. */
  remember(nonce: string, expiresAt: number, now: number): void {
    prepared(this.db, "DELETE FROM slack_oauth_states WHERE expires_at <= ?").run(now);
    prepared(this.db, "INSERT INTO slack_oauth_states (nonce, expires_at) VALUES (?, ?)").run(nonce, expiresAt);
  }

  /** Uses a nonce up: true only the first time, and only while it is valid. */
  consume(nonce: string, now: number): boolean {
    return prepared(this.db, "DELETE FROM slack_oauth_states WHERE nonce = ? AND expires_at > ?").run(nonce, now).changes === 1;
  }
}
