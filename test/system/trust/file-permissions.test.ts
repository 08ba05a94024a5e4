// Files that hold everyone's debriefs are the server user's alone: the database, its -wal and -shm,
// backups and the terminal coach's log are created 0600 and their new folders 0700, whatever the
// umask; doctor names a database file others can read. The built server and CLI.
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killAllServers, runCli, startServe, until } from "../../support/serve-child.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "afterword-modes-"));
});
afterAll(() => {
  killAllServers();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe("file permissions", () => {
  it("the database, its -wal and -shm, and a backup are 0600 in 0700 folders", async () => {
    const db = join(dir, "data", "afterword.db");
    const server = await startServe({ DATABASE_PATH: db, SWEEP_INTERVAL_SECONDS: "1" });
    try {
      await until(() => existsSync(`${db}-wal`) && existsSync(`${db}-shm`), "the WAL to exist");
      // Before: 644 and 755 under the usual umask, readable by every user of the machine.
      expect([mode(join(dir, "data")), mode(db), mode(`${db}-wal`), mode(`${db}-shm`)]).toEqual(["700", "600", "600", "600"]);
      const backup = join(dir, "backups", "today.db");
      const out = await runCli(["backup", "--to", backup], { DATABASE_PATH: db });
      expect(out.code, out.stderr).toBe(0);
      expect([mode(join(dir, "backups")), mode(backup)]).toEqual(["700", "600"]);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it("the terminal coach's log is 0600", async () => {
    const db = join(dir, "chat", "afterword.db");
    const out = await runCli(["chat", "--user", "sam"], { DATABASE_PATH: db }, { input: "" });
    expect(out.code, out.stderr).toBe(0);
    expect([mode(join(dir, "chat")), mode(db), mode(join(dir, "chat", "afterword.log"))]).toEqual(["700", "600", "600"]);
  }, 30_000);

  it("doctor names a database file other users can read, with the fix", async () => {
    const db = join(dir, "open", "afterword.db");
    expect((await runCli(["doctor"], { DATABASE_PATH: db })).stdout).toMatch(/^ok +the database files are readable by the server's user only$/m);
    chmodSync(db, 0o644);
    const out = await runCli(["doctor"], { DATABASE_PATH: db });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^FIX +.*open\/afterword\.db can be read by other users of this machine: chmod 600 /m);
  }, 30_000);
});
