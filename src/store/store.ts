import type Database from "better-sqlite3";
import { Conversations } from "./conversations.js";
import { CredentialHolds } from "./credential-holds.js";
import { Deliveries } from "./deliveries.js";
import { Interviews } from "./interviews.js";
import { Leases } from "./leases.js";
import { LetterGaps } from "./letter-gaps.js";
import { Letters } from "./letters.js";
import { openDatabase, type OpenOptions } from "./open-database.js";
import { Reminders } from "./reminders.js";
import { UndoLog } from "./undo-log.js";
import { Users } from "./users.js";
import { classifyStorageError, toStorageError } from "./classify-storage-error.js";
import { observeDatabase, type StorageObserver } from "./storage-observer.js";

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
  readonly letterGaps: LetterGaps;

  private observer?: StorageObserver;

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
    this.letterGaps = new LetterGaps(db);
  }

  /** Opens the database file (migrating it) and wraps it. */
  static open(path: string, options?: OpenOptions): Store {
    return new Store(openDatabase(path, options));
  }

  /** Tells `observer` of every write and every storage failure on this database (the server's storage monitor). */
  observe(observer: StorageObserver): void {
    this.observer = observer;
    observeDatabase(this.db, observer);
  }

  /**
   * Runs `fn` in one BEGIN IMMEDIATE transaction; nested calls join the outer one. A storage
   * failure (locked, read-only, full, damaged) is thrown as the engine's StorageUnavailableError
   * and told to the observer.
   */
  write<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    try {
      this.observer?.beforeWrite(this.db);
      const result = this.db.transaction(fn).immediate();
      this.observer?.committed(this.db);
      return result;
    } catch (err) {
      this.groupItemFailed(err);
      throw toStorageError(err);
    }
  }

  /**
   * Runs `fn` as `write` does, then rolls everything it did back: what a write would do, seen
   * and undone (the sweeper's dry run). Returns what `fn` returned.
   */
  rolledBack<T>(fn: () => T): T {
    const undo = new RolledBack<T>();
    try {
      this.write(() => {
        undo.value = fn();
        throw undo;
      });
    } catch (err) {
      if (err !== undo) throw err;
    }
    return undo.value as T;
  }

  /** Tells the observer of a write that failed (inside a group commit, the others in it going on). */
  groupItemFailed(err: unknown): void {
    const failure = classifyStorageError(err);
    if (failure) this.observer?.failed(failure);
  }

  /** Closes the database. */
  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Thrown to roll a transaction back on purpose, carrying what it computed. */
class RolledBack<T> {
  value: T | undefined;
}
