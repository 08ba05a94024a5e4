import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, openDatabase } from "../../../../src/store/open-database.js";
import { MigrationDriftError } from "../../../../src/store/migrate.js";

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "afterword-mig-"));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function copyMigrations(to: string): void {
  for (const f of readdirSync(MIGRATIONS_DIR)) copyFileSync(join(MIGRATIONS_DIR, f), join(to, f));
}

describe("migrations", () => {
  it("applies every migration once, records it in the ledger, and sets durable pragmas", () => {
    const path = join(tempDir(), "a.db");
    const db = openDatabase(path);
    const ledger = db.prepare("SELECT version, name FROM schema_ledger").all() as { version: number; name: string }[];
    expect(ledger.map((r) => r.name)).toEqual(readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith(".sql")).sort());
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(2); // FULL
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    db.close();
    const again = openDatabase(path);
    expect((again.prepare("SELECT COUNT(*) AS n FROM schema_ledger").get() as { n: number }).n).toBe(ledger.length);
    again.close();
  });

  it("refuses to start when an applied migration was edited", () => {
    const migrations = tempDir();
    copyMigrations(migrations);
    const path = join(tempDir(), "b.db");
    openDatabase(path, { migrationsDir: migrations }).close();
    const first = readdirSync(migrations).find((f) => f.startsWith("001"))!;
    writeFileSync(join(migrations, first), "-- edited\n" + "CREATE TABLE x (id INTEGER);");
    expect(() => openDatabase(path, { migrationsDir: migrations })).toThrow(MigrationDriftError);
  });

  it("refuses to start when the database knows a migration the files lack", () => {
    const path = join(tempDir(), "c.db");
    openDatabase(path).close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO schema_ledger (version, name, checksum, applied_at) VALUES (999, '999_future.sql', 'x', 0)").run();
    raw.close();
    expect(() => openDatabase(path)).toThrow(/999_future\.sql/);
  });

  it("refuses two migration files with one number, naming both, before anything is applied", () => {
    const migrations = tempDir();
    copyMigrations(migrations);
    writeFileSync(join(migrations, "901_one.sql"), "CREATE TABLE one (id INTEGER);");
    writeFileSync(join(migrations, "901_two.sql"), "CREATE TABLE two (id INTEGER);");
    const path = join(tempDir(), "e.db");
    expect(() => openDatabase(path, { migrationsDir: migrations })).toThrow(/share version 901.*901_one\.sql, 901_two\.sql/);
  });

  it("ships migrations whose numbers are all different", () => {
    const versions = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith(".sql")).map((f) => Number(f.split("_")[0]));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it("applies a new numbered file on the next start", () => {
    const migrations = tempDir();
    copyMigrations(migrations);
    const path = join(tempDir(), "d.db");
    openDatabase(path, { migrationsDir: migrations }).close();
    writeFileSync(join(migrations, "900_extra.sql"), "CREATE TABLE extra (id INTEGER PRIMARY KEY);");
    const db = openDatabase(path, { migrationsDir: migrations });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeTruthy();
    db.close();
  });

  it("moves Teams users stored under an upper-case tenant id to the lower-case one (007), leaving a clash alone", () => {
    const dir = tempDir();
    const path = join(dir, "teams.db");
    const earlier = join(dir, "earlier");
    mkdirSync(earlier);
    for (const f of readdirSync(MIGRATIONS_DIR).filter((f) => f < "007")) copyFileSync(join(MIGRATIONS_DIR, f), join(earlier, f));
    const before = openDatabase(path, { migrationsDir: earlier });
    const add = before.prepare("INSERT INTO users (platform, tenant, user_id, created_at) VALUES (?, ?, ?, 0)");
    add.run("teams", "ABC-DEF", "aad-1");
    add.run("teams", "ABC-DEF", "aad-2");
    add.run("teams", "abc-def", "aad-2");
    add.run("slack", "TUPPER", "U1");
    before.close();
    const after = openDatabase(path);
    const rows = after.prepare("SELECT platform, tenant, user_id AS user FROM users ORDER BY id").all();
    after.close();
    expect(rows).toEqual([
      { platform: "teams", tenant: "abc-def", user: "aad-1" },
      { platform: "teams", tenant: "ABC-DEF", user: "aad-2" },
      { platform: "teams", tenant: "abc-def", user: "aad-2" },
      { platform: "slack", tenant: "TUPPER", user: "U1" },
    ]);
  });
});
