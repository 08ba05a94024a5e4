import type Database from "better-sqlite3";
import { Conversations } from "./conversations.js";
import { CredentialHolds } from "./credential-holds.js";
import { Deliveries } from "./deliveries.js";
import { Interviews } from "./interviews.js";
import { Leases } from "./leases.js";
import { Letters } from "./letters.js";
import { openDatabase, type OpenOptions } from "./open-database.js";
import { Reminders } from "./reminders.js";
import { UndoLog } from "./undo-log.js";
import { Users } from "./users.js";

/** The database and one small repository per table. */
export class Store {
  readonly users: Users;
  readonly interviews: Interviews;
  readonly conversations: Conversations;
  readonly reminders: Reminders;
  readonly letters: Letters;
  readonly deliveries: Deliveries;
  readonly leases: Leases;
  readonly undo: UndoLog;
  readonly credentialHolds: CredentialHolds;

  constructor(readonly db: Database.Database) {
    this.users = new Users(db);
    this.interviews = new Interviews(db);
    this.conversations = new Conversations(db);
    this.reminders = new Reminders(db);
    this.letters = new Letters(db);
    this.deliveries = new Deliveries(db);
    this.leases = new Leases(db);
    this.undo = new UndoLog(db);
    this.credentialHolds = new CredentialHolds(db);
  }

  /** Opens the database file (migrating it) and wraps it. */
  static open(path: string, options?: OpenOptions): Store {
    return new Store(openDatabase(path, options));
  }

  /** Runs `fn` in one BEGIN IMMEDIATE transaction; nested calls join the outer one. */
  write<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    return this.db.transaction(fn).immediate();
  }

  /** Told of a write that failed inside a group commit while the others in it went on (the server's store reports it). */
  groupItemFailed(_error: unknown): void {}

  /** Closes the database. */
  close(): void {
    if (this.db.open) this.db.close();
  }
}
