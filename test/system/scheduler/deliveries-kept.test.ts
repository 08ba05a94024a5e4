// `afterword sweep` forgets delivery ids after 30 days: long past every platform's retries, so the
// table that makes redeliveries apply once does not grow for ever.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../../../src/store/store.js";
import { killAllServers, runCli } from "../../support/serve-child.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "afterword-deliveries-"));
});
afterAll(() => {
  killAllServers();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const DAY = 86_400_000;

describe("delivery ids", () => {
  it("are kept 30 days and then forgotten by the sweep", async () => {
    const db = join(dir, "afterword.db");
    const now = Date.parse("2026-11-18T12:00:00Z");
    const store = Store.open(db);
    store.write(() => {
      store.deliveries.firstTime("slack", "T1", "Ev-old", null, now - 31 * DAY);
      store.deliveries.firstTime("slack", "T1", "Ev-month", null, now - 30 * DAY + 60_000);
      store.deliveries.firstTime("teams", "t1", "a:c|1767", null, now - DAY);
    });
    store.close();
    const out = await runCli(["sweep", "--now", new Date(now).toISOString()], { DATABASE_PATH: db });
    expect(out.code, out.stderr).toBe(0);
    const check = Store.open(db);
    try {
      const ids = (check.db.prepare("SELECT delivery_id AS id FROM deliveries ORDER BY seen_at").all() as { id: string }[]).map((r) => r.id);
      // Before: every id ever seen stayed.
      expect(ids).toEqual(["Ev-month", "a:c|1767"]);
    } finally {
      check.close();
    }
  });
});
