// `afterword backup --to FILE`: SQLite's online backup of the live database, taken while another
// connection holds an open write transaction (as a busy server would). The copy is one
// self-contained file that passes integrity_check, holds every committed row and none of the
// uncommitted ones, and serves as a database of its own; an existing file is never overwritten
// without --force.
import Database from "better-sqlite3";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coach } from "../../../src/core/coach.js";
import { Store } from "../../../src/store/store.js";
import { killAllServers, runCli } from "../../support/serve-child.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { Driver, TestClock } from "../../support/temp-store.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "afterword-backup-"));
});
afterAll(() => {
  killAllServers();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("afterword backup", () => {
  it("copies the live database consistently while a write is open, and refuses to overwrite without --force", async () => {
    const db = join(dir, "live.db");
    const store = Store.open(db);
    const clock = new TestClock(new Date("2026-11-17T15:00:00Z"));
    quickDebrief(new Driver(new Coach({ store, clock: clock.now, defaultTz: "UTC" }), { platform: "console", tenant: "local", user: "sam" }, clock), { company: "Backupco" });
    // Another connection is in the middle of a write that has not committed.
    store.db.exec("BEGIN IMMEDIATE");
    store.db.prepare("INSERT INTO facts (name, value, updated_at) VALUES ('uncommitted', '\"x\"', 0)").run();

    // Into a folder that does not exist yet: it is created.
    const flat = join(dir, "backups", "afterword-2026-11-17.db");
    const done = await runCli(["backup", "--to", flat], { DATABASE_PATH: db });
    store.db.exec("ROLLBACK");
    expect(done.stderr).toBe("");
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/^Backed up .*live\.db to .*afterword-2026-11-17\.db \(\d+ pages, \d+ bytes, integrity ok\)\.$/m);
    expect(existsSync(`${flat}.partial`)).toBe(false);
    expect(existsSync(`${flat}-wal`)).toBe(false);

    const copy = new Database(flat, { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
      expect(copy.prepare("SELECT company FROM interviews").all()).toEqual([{ company: "Backupco" }]);
      expect(copy.prepare("SELECT 1 FROM facts WHERE name = 'uncommitted'").get()).toBeUndefined();
    } finally {
      copy.close();
    }
    // The backup is a working database: the CLI reads it like the live one.
    const exported = await runCli(["export", "--user", "console:local:sam"], { DATABASE_PATH: flat });
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).interviews[0].company).toBe("Backupco");

    const again = await runCli(["backup", "--to", flat], { DATABASE_PATH: db });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists already; choose a new name or add --force/);
    expect((await runCli(["backup", "--to", flat, "--force"], { DATABASE_PATH: db })).code).toBe(0);
    expect((await runCli(["backup", "--to", db], { DATABASE_PATH: db })).stderr).toMatch(/would write over the live database/);
    expect((await runCli(["backup"], { DATABASE_PATH: db })).stderr).toMatch(/backup needs --to FILE/);
    store.close();
  });

  it("never writes over the live database or its side files, however they are named, and leaves no stray copy", async () => {
    const data = join(dir, "data");
    mkdirSync(data);
    const db = join(data, "afterword.db");
    const store = Store.open(db);
    const clock = new TestClock(new Date("2026-11-17T15:00:00Z"));
    quickDebrief(new Driver(new Coach({ store, clock: clock.now, defaultTz: "UTC" }), { platform: "console", tenant: "local", user: "sam" }, clock), { company: "Keepco" });
    // The server is running: its WAL and shared memory are open beside the database.
    store.db.pragma("wal_autocheckpoint = 0");
    store.write(() => store.leases.setFact("serving", true, 0));
    const alias = join(dir, "alias");
    symlinkSync(data, alias);
    linkSync(db, join(dir, "hard.db"));
    const files = ["", "-wal", "-shm"].map((side) => db + side);
    const before = files.map((f) => readFileSync(f).length);
    const env = { DATABASE_PATH: db };

    for (const target of [`${db}-wal`, `${db}-shm`, `${db}-journal`, join(alias, "afterword.db"), join(alias, "afterword.db-wal"), join(data, "..", "data", "afterword.db"), join(dir, "hard.db")]) {
      const out = await runCli(["backup", "--to", target, "--force"], env);
      expect([target, out.code]).toEqual([target, 1]);
      expect(out.stderr).toMatch(/would write over the live database or its -wal, -shm or -journal file/);
    }
    expect(existsSync(`${db}-journal`)).toBe(false);
    expect(files.map((f) => readFileSync(f).length)).toEqual(before);
    expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(store.leases.fact("serving")).toBe(true);

    // A folder is not a backup file, even with --force, and no full copy is left behind as FOLDER.partial.
    const folder = join(dir, "backups-folder");
    mkdirSync(folder);
    const onFolder = await runCli(["backup", "--to", folder, "--force"], env);
    expect(onFolder.code).toBe(1);
    expect(onFolder.stderr).toMatch(/is a folder; give the backup a file name/);
    expect(existsSync(`${folder}.partial`)).toBe(false);

    // A FILE.partial already there (another backup running, or one interrupted) is not deleted without --force.
    const target = join(dir, "keep.db");
    writeFileSync(`${target}.partial`, "someone else's");
    const refused = await runCli(["backup", "--to", target], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/keep\.db\.partial exists: another backup is running, or one was interrupted/);
    expect(readFileSync(`${target}.partial`, "utf8")).toBe("someone else's");
    expect((await runCli(["backup", "--to", target, "--force"], env)).code).toBe(0);
    expect(existsSync(`${target}.partial`)).toBe(false);
    store.close();
  });
});
