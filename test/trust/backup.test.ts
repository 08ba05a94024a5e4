// `afterword backup --to FILE`: SQLite's online backup of the live database, taken while another
// connection holds an open write transaction (as a busy server would). The copy is one
// self-contained file that passes integrity_check, holds every committed row and none of the
// uncommitted ones, and serves as a database of its own; an existing file is never overwritten
// without --force.
import Database from "better-sqlite3";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coach } from "../../src/core/coach.js";
import { Store } from "../../src/store/store.js";
import { killAllServers, runCli } from "../faults/helpers/serve-child.js";
import { quickDebrief } from "../helpers/quick-debrief.js";
import { Driver, TestClock } from "../helpers/temp-store.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "afterword-backup-"));
}, 150_000);
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
    expect((await runCli(["backup", "--to", db], { DATABASE_PATH: db })).stderr).toMatch(/names the database itself/);
    expect((await runCli(["backup"], { DATABASE_PATH: db })).stderr).toMatch(/backup needs --to FILE/);
    store.close();
  }, 30_000);
});
