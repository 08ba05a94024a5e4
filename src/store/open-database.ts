import Database from "better-sqlite3";
import { closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { migrate, readMigrations } from "./migrate.js";
import { AfterwordError, ErrorCode } from "../core/errors.js";

/** The migrations folder shipped with the code (data/migrations at the package root). */
export const MIGRATIONS_DIR = findMigrationsDir(dirname(fileURLToPath(import.meta.url)));

// The same file runs from src/ under vitest and from dist/src/ when built, so look upwards.
function findMigrationsDir(from: string): string {
  for (let dir = from, i = 0; i < 6; i++, dir = dirname(dir)) {
    const candidate = join(dir, "data", "migrations");
    if (existsSync(candidate)) return candidate;
  }
  throw new AfterwordError(ErrorCode.MigrationsMissing, `Cannot find data/migrations above ${from}; run Afterword from its package folder.`);
}

/** Options for opening the database. */
export interface OpenOptions {
  /** Milliseconds a write waits for another process's lock; kept under Slack's 3 s budget. */
  busyTimeoutMs?: number;
  migrationsDir?: string;
  readonly?: boolean;
}

/** Opens (creating if needed) the SQLite file with durable settings and applies migrations. */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  if (path !== ":memory:") {
    // Everyone's debriefs and letters: readable by the server's user only. SQLite gives the -wal,
    // -shm and -journal files the database file's permissions.
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    if (!options.readonly && !existsSync(path)) closeSync(openSync(path, "a", 0o600));
  }
  const db = new Database(path, { readonly: options.readonly ?? false });
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 1500}`);
  if (!options.readonly) {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
  }
  db.pragma("foreign_keys = ON");
  if (!options.readonly) migrate(db, readMigrations(options.migrationsDir ?? MIGRATIONS_DIR));
  return db;
}
