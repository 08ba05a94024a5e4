// Idea (a bench-only patch; production code is not changed): prepare each SQL text once per
// connection. Afterword's repositories call db.prepare() on every call, which re-parses the SQL
// and allocates a new statement object (and a V8 handle) each time.
import Database from "better-sqlite3";

/** Makes db.prepare() return one cached statement per SQL text and connection; returns the undo. */
export function cacheStatements(): () => void {
  const prepare = Database.prototype.prepare;
  const cache = new WeakMap<object, Map<string, unknown>>();
  // Statements are only ever run to completion (get/all/run, no iterate/pluck/raw), so sharing one is safe.
  Database.prototype.prepare = function (this: Database.Database, source: string) {
    let byText = cache.get(this);
    if (!byText) cache.set(this, (byText = new Map()));
    let statement = byText.get(source);
    if (!statement) byText.set(source, (statement = prepare.call(this, source)));
    return statement;
  } as typeof Database.prototype.prepare;
  return () => {
    Database.prototype.prepare = prepare;
  };
}
