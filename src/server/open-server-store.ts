import { AfterwordError, ErrorCode } from "../core/errors.js";
import type { Logger } from "../logger.js";
import { classifyStorageError } from "../store/classify-storage-error.js";
import { openDatabase } from "../store/open-database.js";
import { Store } from "../store/store.js";
import { probeWrite, type StorageMonitor } from "./storage-monitor.js";

/** The database cannot be used at start-up; the message says what to do. */
export class DatabaseUnusableError extends AfterwordError {
  constructor(message: string) {
    super(ErrorCode.DatabaseUnusable, message);
    this.name = "DatabaseUnusableError";
  }
}

/**
 * Opens the server's database, watched by the storage monitor (every write and every storage
 * failure, reads included), and checks, before anything listens, that it can be written. A
 * database that cannot be written at start (read-only file or mount, damaged, unopenable) stops
 * the server once with a message naming the file and the fix: SQLite keeps such a connection
 * read-only for its whole life, so staying up could only answer every turn with an error. A lock
 * held by another process is not a reason to stop: it is reported and the server starts.
 */
export function openServerStore(path: string, monitor: StorageMonitor, logger: Logger): Store {
  const refuse = (err: unknown): never => {
    const failure = classifyStorageError(err);
    if (!failure) throw err;
    const { condition, code, hint } = failure;
    logger.fatal({ condition, code, hint }, "database unusable at start-up; stopping");
    throw new DatabaseUnusableError(`Afterword cannot use its database ${path}: ${condition} (${code}: ${(err as Error).message}). ${hint}`);
  };
  let store: Store;
  try {
    store = new Store(openDatabase(path));
  } catch (err) {
    return refuse(err);
  }
  store.observe(monitor);
  try {
    probeWrite(store.db);
  } catch (err) {
    if (classifyStorageError(err)?.locked) {
      monitor.noticeError(err);
      return store;
    }
    store.close();
    return refuse(err);
  }
  return store;
}
