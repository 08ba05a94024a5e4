import type Database from "better-sqlite3";
import { classifyStorageError, toStorageError } from "./classify-storage-error.js";
import { observerOf } from "./storage-observer.js";

/** A compiled statement, run to completion: what the repositories use of better-sqlite3's Statement. */
export interface Prepared {
  run(...params: unknown[]): Database.RunResult;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

const cache = new WeakMap<Database.Database, Map<string, Prepared>>();

/**
 * A storage failure of a statement becomes the engine's StorageUnavailableError. One outside a
 * write transaction (a read: the App Home, a profile lookup) is told to the connection's observer
 * here; inside one, the transaction's own failure is told once, by Store.write.
 */
function failed(db: Database.Database, err: unknown): never {
  if (!db.inTransaction) {
    const failure = classifyStorageError(err);
    if (failure) observerOf(db)?.failed(failure);
  }
  throw toStorageError(err);
}

function observed(db: Database.Database, statement: Database.Statement): Prepared {
  return {
    run(...params) {
      try {
        return statement.run(...params);
      } catch (err) {
        return failed(db, err);
      }
    },
    get(...params) {
      try {
        return statement.get(...params);
      } catch (err) {
        return failed(db, err);
      }
    },
    all(...params) {
      try {
        return statement.all(...params);
      } catch (err) {
        return failed(db, err);
      }
    },
  };
}

/**
 * The prepared statement for this SQL on this connection, compiled once. Repositories run every
 * statement to completion (get / all / run), so sharing one is safe; re-preparing on every call
 * cost a third of a chat turn.
 */
export function prepared(db: Database.Database, sql: string): Prepared {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  let statement = byText.get(sql);
  if (!statement) {
    try {
      byText.set(sql, (statement = observed(db, db.prepare(sql))));
    } catch (err) {
      // Preparing reads the schema: a damaged file fails here first.
      return failed(db, err);
    }
  }
  return statement;
}
