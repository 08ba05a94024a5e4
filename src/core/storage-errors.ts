// How a database failure is told apart from a bug, by its SQLite result code; shared by the
// engine, the sweeper and the adapters so they agree on what "the database is unavailable" means.

/** SQLite codes that mean the database cannot take a write right now (not a bug, not bad input). */
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN|CORRUPT|NOTADB)/;
/** SQLite codes that mean only "another connection holds the lock": worth trying again shortly. */
const LOCKED = /^SQLITE_(BUSY|LOCKED)/;

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : "";
}

/** True when the error says the database is unavailable (locked, read-only, full, damaged). */
export function isStorageError(err: unknown): boolean {
  return UNAVAILABLE.test(codeOf(err));
}

/** True when the error only says the database is locked by someone else. */
export function isLockedError(err: unknown): boolean {
  return LOCKED.test(codeOf(err));
}
