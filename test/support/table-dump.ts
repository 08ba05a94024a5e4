import type Database from "better-sqlite3";

/** Every row of every table, as JSON text per table: for "does anything still mention X?" checks. */
export function dumpTables(db: Database.Database): Record<string, string> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  return Object.fromEntries(tables.map((t) => [t.name, JSON.stringify(db.prepare(`SELECT * FROM "${t.name}"`).all())]));
}
