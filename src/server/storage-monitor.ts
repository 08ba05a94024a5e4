import type Database from "better-sqlite3";
import { statfsSync } from "node:fs";
import { dirname } from "node:path";
import type { StorageCondition } from "../core/errors.js";
import type { Logger } from "../logger.js";
import { classifyStorageError, type StorageFailure } from "../store/classify-storage-error.js";
import type { StorageObserver } from "../store/storage-observer.js";

/** The database's state as /healthz reports it. */
export type StorageState =
  | { ok: true }
  | { ok: false; condition: StorageCondition; code: string; since: string; failures: number; hint: string };

/**
 * Writes one row inside a transaction and rolls it back: throws what a real turn would meet
 * (SQLITE_BUSY, SQLITE_READONLY…). Taking the lock alone is not enough: SQLite grants it on a
 * read-only file and refuses only the write itself.
 */
export function probeWrite(db: Database.Database): void {
  db.exec("BEGIN IMMEDIATE");
  try {
    db.prepare("INSERT INTO facts (name, value, updated_at) VALUES ('write_probe', '0', 0) ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at").run();
  } finally {
    // Some failures (full disk, I/O errors) roll the transaction back by themselves.
    if (db.inTransaction) db.exec("ROLLBACK");
  }
}

/** Below this much free space a disk that has filled up is not called recovered. */
const SPACE_NEEDED_BYTES = 1024 * 1024;

/**
 * True when the database can grow again after SQLITE_FULL: the disk has some room, and a write
 * that needs new pages (rolled back) goes through. A small write succeeding proves nothing: it
 * may fit in a page the file already has.
 */
export function hasRoomToGrow(db: Database.Database): boolean {
  if (!db.memory) {
    try {
      const s = statfsSync(dirname(db.name));
      if (Number(s.bavail) * Number(s.bsize) < SPACE_NEEDED_BYTES) return false;
    } catch {
      // No statfs here: the write below decides.
    }
  }
  const pageSize = db.pragma("page_size", { simple: true }) as number;
  const timeout = db.pragma("busy_timeout", { simple: true }) as number;
  // Never wait for another process's lock here: a busy database says nothing about space.
  db.pragma("busy_timeout = 0");
  try {
    db.exec("BEGIN IMMEDIATE");
    try {
      db.prepare("INSERT INTO facts (name, value, updated_at) VALUES ('space_probe', zeroblob(?), 0) ON CONFLICT (name) DO UPDATE SET value = excluded.value").run(pageSize * 4);
    } finally {
      if (db.inTransaction) db.exec("ROLLBACK");
    }
    return true;
  } catch {
    return false;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/** Thrown instead of waiting for a lock that was still held a moment ago; carries SQLITE_BUSY so callers treat it like the real thing. */
export class StorageLockedError extends Error {
  readonly code = "SQLITE_BUSY";
  constructor() {
    super("database is locked (still held by another process; not waiting again)");
    this.name = "StorageLockedError";
  }
}

/**
 * Watches the server's database, as its store's observer. The first storage failure logs one line
 * an operator can act on ("database unavailable", with the condition and a hint); while it lasts,
 * at most one reminder a minute; the first write that commits afterwards logs "database
 * available again". Damage is different: once a read or write met a damaged file (or the
 * integrity check found it), no later write clears it; only a restart on a good file does.
 *
 * better-sqlite3 is synchronous, so every write that waits for a lock holds the whole server for
 * the busy timeout. Once a write has failed on a lock, later writes first try the lock without
 * waiting (`probe`) and fail at once while it is still held: requests arriving during a long lock
 * are answered in milliseconds instead of queueing behind each other's timeouts.
 */
export class StorageMonitor implements StorageObserver {
  private failing?: { condition: StorageCondition; code: string; since: number; failures: number; hint: string; remindedAt: number };

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** The state for /healthz. */
  state(): StorageState {
    const f = this.failing;
    if (!f) return { ok: true };
    return { ok: false, condition: f.condition, code: f.code, since: new Date(f.since).toISOString(), failures: f.failures, hint: f.hint };
  }

  /** True while the last failure was a lock: writes should probe before waiting. */
  get locked(): boolean {
    return this.failing?.condition === "locked";
  }

  /** Before a write: while a lock was held a moment ago, fail at once if it still is. */
  beforeWrite(db: Database.Database): void {
    if (this.locked) this.probe(db);
  }

  /** A write committed. */
  committed(db: Database.Database): void {
    this.succeeded(db);
  }

  /** Records an error met outside the store (the health check, a background task); false when it is not about storage. */
  noticeError(err: unknown): boolean {
    const failure = classifyStorageError(err);
    if (failure) this.failed(failure);
    return failure !== undefined;
  }

  /** Records a failed read or write. */
  failed(failure: StorageFailure): void {
    const { condition, code, hint } = failure;
    const now = this.now();
    const f = this.failing;
    // A damaged file stays the headline: a lock or a full disk met later does not hide it.
    if (f?.condition === "corrupt" && condition !== "corrupt") return void f.failures++;
    if (!f || f.condition !== condition) {
      this.failing = { condition, code, since: f?.since ?? now, failures: (f?.failures ?? 0) + 1, hint, remindedAt: now };
      this.logger.error({ condition, code, hint }, "database unavailable");
      return;
    }
    f.failures++;
    f.code = code;
    if (now - f.remindedAt >= 60_000) {
      f.remindedAt = now;
      this.logger.warn({ condition, code, failures: f.failures, sinceMs: now - f.since }, "database still unavailable");
    }
  }

  /** Records a committed write (of `db`: after a full disk, recovery is only believed once the file can grow). */
  succeeded(db?: Database.Database): void {
    const f = this.failing;
    // A write that avoids the damaged pages proves nothing about them.
    if (!f || f.condition === "corrupt") return;
    if (f.condition === "full" && db && !hasRoomToGrow(db)) return;
    this.failing = undefined;
    this.logger.info({ condition: f.condition, downMs: this.now() - f.since, failures: f.failures }, "database available again");
  }

  /** For /healthz: a lock, a read-only flag or a full disk that has cleared is noticed without waiting for a write. */
  recheck(db: Database.Database): void {
    const c = this.failing?.condition;
    if (c === "full") return this.succeeded(db);
    if (c !== "locked" && c !== "read-only") return;
    try {
      this.probe(db);
    } catch {
      return;
    }
    this.succeeded();
  }

  /**
   * Tries a write without waiting for the lock, and rolls it back. Throws StorageLockedError
   * while another process still holds the lock (or the SQLite error, e.g. SQLITE_READONLY).
   */
  probe(db: Database.Database): void {
    const timeout = db.pragma("busy_timeout", { simple: true }) as number;
    db.pragma("busy_timeout = 0");
    try {
      probeWrite(db);
    } catch (err) {
      if (classifyStorageError(err)?.code.startsWith("SQLITE_BUSY")) throw new StorageLockedError();
      throw err;
    } finally {
      db.pragma(`busy_timeout = ${timeout}`);
    }
  }
}
