import { existsSync, lstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { ConfigError } from "../config.js";

/** The files SQLite keeps for a database: the file itself and its write-ahead log, shared memory and rollback journal. */
const SIDE_FILES = ["", "-wal", "-shm", "-journal"];

/** A path with every symlink along it resolved, as far as it exists (the rest is joined on as written). */
function realish(path: string): string {
  const full = resolve(path);
  if (existsSync(full)) return realpathSync(full);
  const parent = dirname(full);
  return parent === full ? full : join(realish(parent), basename(full));
}

/** Device and inode of a file that exists, so a hard link to it is recognised too. */
function identity(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Refuses a backup target that is, or would write over, the live database or one of its side
 * files, however it is reached (a symlinked folder, a symlink, a hard link, `..`), and a target
 * or leftover `FILE.partial` that would be replaced without `force`. A folder is never a target.
 */
export function checkBackupTarget(databasePath: string, to: string, force: boolean): { partial: string } {
  const live = [resolve(databasePath), realish(databasePath)].flatMap((db) => SIDE_FILES.map((side) => db + side));
  const liveIds = new Set(live.map(identity).filter((id): id is string => id !== undefined));
  const partial = `${to}.partial`;
  // The backup writes FILE.partial (and, while checking it, its own side files), then renames it to FILE.
  for (const written of [to, ...SIDE_FILES.map((side) => partial + side)]) {
    const id = identity(written);
    if (live.includes(realish(written)) || (id && liveIds.has(id))) {
      throw new ConfigError(`--to ${to} would write over the live database or its -wal, -shm or -journal file (${written}); give the backup a file name of its own, outside the database's files.`);
    }
  }
  if (existsSync(to) && lstatSync(to).isDirectory()) throw new ConfigError(`--to ${to} is a folder; give the backup a file name, e.g. ${join(to, "afterword.db")}.`);
  if (existsSync(to) && !force) throw new ConfigError(`${to} exists already; choose a new name or add --force to replace it.`);
  if (existsSync(partial) && !force) {
    throw new ConfigError(`${partial} exists: another backup is running, or one was interrupted. Check, remove it, or add --force to replace it.`);
  }
  return { partial };
}
