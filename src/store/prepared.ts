import type Database from "better-sqlite3";

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * The prepared statement for this SQL on this connection, compiled once. Repositories run every
 * statement to completion (get / all / run), so sharing one is safe; re-preparing on every call
 * cost a third of a chat turn.
 */
export function prepared(db: Database.Database, sql: string): Database.Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  let statement = byText.get(sql);
  if (!statement) byText.set(sql, (statement = db.prepare(sql)));
  return statement;
}
