import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { AfterwordError, ErrorCode } from "../core/errors.js";

/** A migration file on disk: `NNN_name.sql`. */
export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** Thrown when the database's ledger disagrees with the migration files; the server refuses to start. */
export class MigrationDriftError extends AfterwordError {
  constructor(message: string) {
    super(ErrorCode.MigrationDrift, message);
    this.name = "MigrationDriftError";
  }
}

/** Reads the numbered SQL files of a migrations folder, in order. */
export function readMigrations(dir: string): MigrationFile[] {
  const files = readdirSync(dir)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = readFileSync(join(dir, f), "utf8");
      return {
        version: Number(f.split("_")[0]),
        name: f,
        sql,
        checksum: createHash("sha256").update(sql).digest("hex"),
      };
    });
  // Two files with one number (two branches that each added "the next" migration) would apply in an arbitrary order.
  const twice = files.filter((f, i) => i > 0 && files[i - 1]!.version === f.version);
  if (twice.length) {
    throw new MigrationDriftError(`Two migrations share version ${twice[0]!.version} in ${dir}; renumber the newer one: ${files.filter((f) => f.version === twice[0]!.version).map((f) => f.name).join(", ")}.`);
  }
  return files;
}

/** Applies the migrations the ledger lacks, each in its own transaction; refuses on drift. */
export function migrate(db: Database.Database, files: MigrationFile[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_ledger (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const ledger = db.prepare("SELECT version, name, checksum FROM schema_ledger ORDER BY version").all() as {
    version: number;
    name: string;
    checksum: string;
  }[];
  for (const row of ledger) {
    const file = files.find((f) => f.version === row.version);
    if (!file) {
      throw new MigrationDriftError(
        `The database was migrated with ${row.name}, which is not among the migration files. ` +
          `Run the matching version of Afterword, or restore the missing file.`,
      );
    }
    if (file.checksum !== row.checksum || file.name !== row.name) {
      throw new MigrationDriftError(
        `Migration ${file.name} was changed after it was applied to this database. ` +
          `Never edit an applied migration: restore it and add a new numbered file instead.`,
      );
    }
  }
  const applied: number[] = [];
  const known = new Set(ledger.map((r) => r.version));
  for (const file of files) {
    if (known.has(file.version)) continue;
    db.transaction(() => {
      db.exec(file.sql);
      db.prepare("INSERT INTO schema_ledger (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)").run(
        file.version,
        file.name,
        file.checksum,
        Date.now(),
      );
    }).immediate();
    applied.push(file.version);
  }
  return applied;
}
