import type Database from "better-sqlite3";
import type { StorageFailure } from "./classify-storage-error.js";

/** Watches a database's health from the outside (the server's storage monitor): told of every write and every storage failure. */
export interface StorageObserver {
  /** Before a write transaction begins; may throw (a lock still held) to fail it at once instead of waiting. */
  beforeWrite(db: Database.Database): void;
  /** A write transaction committed. */
  committed(db: Database.Database): void;
  /** A read or a write failed for a reason that is the database's health, not a bug. */
  failed(failure: StorageFailure): void;
}

const observers = new WeakMap<Database.Database, StorageObserver>();

/** Has `observer` told of this connection's failures, reads outside a write included. */
export function observeDatabase(db: Database.Database, observer: StorageObserver): void {
  observers.set(db, observer);
}

/** The observer of a connection, if it has one. */
export function observerOf(db: Database.Database): StorageObserver | undefined {
  return observers.get(db);
}
