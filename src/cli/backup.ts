import Database from "better-sqlite3";
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ConfigError } from "../config.js";
import { checkBackupTarget } from "./backup-target.js";
import { AfterwordError, ErrorCode } from "../core/errors.js";

/** What a backup wrote. */
export interface BackupResult {
  to: string;
  pages: number;
  bytes: number;
}

/**
 * `afterword backup --to FILE`: a consistent copy of the live database with SQLite's online
 * backup, safe while the server runs (a plain file copy of a WAL database can miss committed
 * turns or tear). Written next to FILE first and renamed into place once it passes
 * `PRAGMA integrity_check`, so FILE is always a whole backup. Refuses to overwrite FILE (or a
 * leftover FILE.partial) unless `force`, a folder as FILE, and anything that is the live database
 * or its side files however it is reached (see checkBackupTarget).
 */
export async function backupDatabase(databasePath: string, to: string, options: { force?: boolean } = {}): Promise<BackupResult> {
  if (!existsSync(databasePath)) throw new ConfigError(`There is no database at ${databasePath} to back up (check DATABASE_PATH).`);
  const { partial } = checkBackupTarget(databasePath, to, options.force ?? false);
  // A backup holds everyone's data: the server user's alone (file 0600, a new folder 0700).
  mkdirSync(dirname(resolve(to)), { recursive: true, mode: 0o700 });
  rmSync(partial, { force: true });
  closeSync(openSync(partial, "w", 0o600));
  const source = new Database(databasePath, { readonly: true, fileMustExist: true });
  source.pragma("busy_timeout = 5000");
  let pages = 0;
  try {
    await source.backup(partial, {
      progress: ({ totalPages }) => {
        pages = totalPages;
        // Copy in steps so a running server's writes are not held up for long.
        return 256;
      },
    });
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    source.close();
  }
  const copy = new Database(partial, { fileMustExist: true });
  try {
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new AfterwordError(ErrorCode.BackupFailed, `the backup failed its integrity check (${check}); the original is untouched`);
    // A backup is one self-contained file: no -wal beside it.
    copy.pragma("journal_mode = DELETE");
  } catch (err) {
    copy.close();
    rmSync(partial, { force: true });
    throw err;
  }
  copy.close();
  try {
    renameSync(partial, to);
  } catch (err) {
    // Never leave a whole copy of everyone's data lying about under another name.
    rmSync(partial, { force: true });
    throw err;
  }
  return { to, pages, bytes: statSync(to).size };
}
