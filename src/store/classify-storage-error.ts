// The one place a storage failure is told apart from a bug, by SQLite's result code: what is wrong
// in an operator's words, what to do, and whether it is only a lock worth waiting out.
import { StorageUnavailableError, type StorageCondition } from "../core/errors.js";

/** A classified storage failure. */
export interface StorageFailure {
  /** SQLite's extended result code, e.g. SQLITE_BUSY_SNAPSHOT. */
  code: string;
  condition: StorageCondition;
  /** What an operator should do about it. */
  hint: string;
  /** Only another connection's lock: trying again shortly may work. */
  locked: boolean;
}

const CONDITIONS: { test: RegExp; condition: StorageCondition; hint: string }[] = [
  {
    test: /^SQLITE_(BUSY|LOCKED)/,
    condition: "locked",
    hint: "Another process holds the database's write lock (a long CLI command, a backup tool, an sqlite3 shell with an open transaction). Find it with `fuser <DATABASE_PATH>` and let it finish; Afterword carries on by itself.",
  },
  {
    test: /^SQLITE_READONLY/,
    condition: "read-only",
    hint: "The database cannot be written: check the disk is mounted read-write and that the file, its -wal and -shm files and their directory belong to the server's user, then restart Afterword.",
  },
  {
    test: /^SQLITE_FULL/,
    condition: "full",
    hint: "The disk holding the database is full: free space or grow the volume; Afterword resumes by itself once a write succeeds.",
  },
  {
    test: /^SQLITE_(CORRUPT|NOTADB)/,
    condition: "corrupt",
    hint: "The database file is damaged: stop Afterword, run `afterword doctor`, and restore the latest backup.",
  },
  {
    test: /^SQLITE_IOERR/,
    condition: "io-error",
    hint: "The disk returned an I/O error: check the volume (dmesg), then run `afterword doctor`; restart Afterword once the disk is healthy.",
  },
  { test: /^SQLITE_CANTOPEN/, condition: "unavailable", hint: "The database file cannot be opened: check DATABASE_PATH and that its volume is mounted." },
];

/**
 * What a failure says about the database, when it is the database's health (locked, read-only,
 * full, I/O error, damaged, unopenable), also found on a wrapping error's `cause`. Other SQLite
 * errors (a constraint, a bad parameter) are bugs or bad input: undefined.
 */
export function classifyStorageError(err: unknown): StorageFailure | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== "string") continue;
    const known = CONDITIONS.find((c) => c.test.test(code));
    if (known) return { code, condition: known.condition, hint: known.hint, locked: known.condition === "locked" };
  }
  return undefined;
}

/** The failure as the engine's StorageUnavailableError when it is about storage; anything else unchanged. */
export function toStorageError(err: unknown): unknown {
  if (err instanceof StorageUnavailableError) return err;
  const failure = classifyStorageError(err);
  return failure ? new StorageUnavailableError(err, failure.condition) : err;
}

/** True when the failure is only another connection's lock. */
export function isLockedFailure(err: unknown): boolean {
  return classifyStorageError(err)?.locked ?? false;
}
