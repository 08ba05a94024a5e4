import type { Logger } from "../logger.js";
import { openDatabase } from "../store/open-database.js";
import { GuardedStore } from "./guarded-store.js";
import { describeStorageCode, probeWrite, storageCode, type StorageMonitor } from "./storage-monitor.js";
import { AfterwordError, ErrorCode } from "../core/errors.js";

/** The database cannot be used at start-up; the message says what to do. */
export class DatabaseUnusableError extends AfterwordError {
  constructor(message: string) {
    super(ErrorCode.DatabaseUnusable, message);
    this.name = "DatabaseUnusableError";
  }
}

/**
 * Opens the server's database and checks, before anything listens, that it can be written. A
 * database that cannot be written at start (read-only file or mount, damaged, unopenable) stops
 * the server once with a message naming the file and the fix: SQLite keeps such a connection
 * read-only for its whole life, so staying up could only answer every turn with an error. A lock
 * held by another process is not a reason to stop: it is reported and the server starts.
 */
export function openServerStore(path: string, monitor: StorageMonitor, logger: Logger): GuardedStore {
  const refuse = (err: unknown): never => {
    const code = storageCode(err);
    if (!code) throw err;
    const { condition, hint } = describeStorageCode(code);
    logger.fatal({ condition, code, hint }, "database unusable at start-up; stopping");
    throw new DatabaseUnusableError(`Afterword cannot use its database ${path}: ${condition} (${code}: ${(err as Error).message}). ${hint}`);
  };
  let store: GuardedStore;
  try {
    store = new GuardedStore(openDatabase(path), monitor);
  } catch (err) {
    return refuse(err);
  }
  try {
    probeWrite(store.db);
  } catch (err) {
    if (describeStorageCode(storageCode(err) ?? "").condition === "locked") {
      monitor.failed(err);
      return store;
    }
    store.close();
    return refuse(err);
  }
  return store;
}
