// A damaged database file under a real `afterword serve` (Slack over signed HTTP against a fake
// Slack API): the integrity check run after start finds it without delaying readiness, /healthz
// says 503 `corrupt` and keeps saying it after later writes succeed, the log says what to do, and a
// turn that meets the damage is answered 500 (Slack retries). Reads outside any write that meet the
// damage mark the store unhealthy too. `afterword doctor` runs the full check.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../src/logger.js";
import { StorageMonitor } from "../../../src/server/storage-monitor.js";
import { Store } from "../../../src/store/store.js";
import { FakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { dmEvent } from "../../support/slack/payloads.js";
import { SlackSender } from "../../support/slack/slack-requests.js";
import { killAllServers, runCli, startServe, until } from "../../support/serve-child.js";
import { closingFetch } from "../../support/http.js";

const SECRET = "corrupt-signing-secret";
let fake: FakeSlackApi;
let dir: string;

beforeAll(async () => {
  fake = await new FakeSlackApi().start();
  dir = mkdtempSync(join(tmpdir(), "afterword-corrupt-"));
});
afterAll(async () => {
  killAllServers();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A database with a few users whose table's page is then overwritten on disk: start-up (migrations, a write probe) still works. */
function damagedDatabase(name: string): string {
  const path = join(dir, name);
  const store = Store.open(path);
  store.write(() => {
    for (let i = 0; i < 5; i++) store.users.upsert({ platform: "slack", tenant: "TONE", user: `U${i}` }, { address: `slack:TONE:D${i}` }, 0);
  });
  const { rootpage } = store.db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'users'").get() as { rootpage: number };
  const size = store.db.pragma("page_size", { simple: true }) as number;
  store.close();
  const fd = openSync(path, "r+");
  writeSync(fd, Buffer.alloc(size, 0xab), 0, size, (rootpage - 1) * size);
  closeSync(fd);
  return path;
}

async function health(url: string): Promise<{ status: number; body: any }> {
  const res = await closingFetch(`${url}/healthz`);
  return { status: res.status, body: await res.json() };
}

describe("a damaged database", () => {
  it("is found after start, reported by /healthz and the log, and stays reported after writes that avoid the damage", async () => {
    const db = damagedDatabase("served.db");
    const server = await startServe({ DATABASE_PATH: db, SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.url, SWEEP_INTERVAL_SECONDS: "1" });
    try {
      const found = await server.waitForLine((l) => l.msg === "database integrity check failed", 20_000);
      expect(found).toMatchObject({ level: 50, hint: expect.stringContaining("restore the latest backup") });
      // Readiness came first: the check runs after the server listens.
      const lines = server.lines().map((l) => l.msg);
      expect(lines.indexOf("Afterword is listening")).toBeLessThan(lines.indexOf("database integrity check failed"));
      // Before: 200 and "ok" while every turn touching the damage answered 500.
      let h = await health(server.url);
      expect(h.status).toBe(503);
      expect(h.body).toMatchObject({ ok: false, database: "corrupt", integrity: "failed", storage: { condition: "corrupt" } });

      const slack = new SlackSender(`${server.url}/slack/events`, SECRET);
      const res = await slack.event(dmEvent({ team: "TONE", user: "U1", channel: "D1", text: "hello" }));
      expect(res.status).toBe(500);

      // The sweeper keeps writing its lease and its last sweep (those pages are fine): that clears nothing.
      const before = h.body.lastSweep?.at;
      await until(async () => (h = await health(server.url)).body.lastSweep?.at !== before && h.body.lastSweep !== null, "a sweep after the failure");
      expect(h.status).toBe(503);
      expect(h.body).toMatchObject({ database: "corrupt" });
      expect(server.lines().some((l) => l.msg === "database available again")).toBe(false);
    } finally {
      await server.stop();
    }
  });

  it("marks the store unhealthy when a read outside any write meets the damage, whatever writes succeed after", () => {
    const store = Store.open(damagedDatabase("read.db"));
    const monitor = new StorageMonitor(createLogger("silent", "none"));
    store.observe(monitor);
    try {
      expect(() => store.users.find({ platform: "slack", tenant: "TONE", user: "U1" })).toThrow(expect.objectContaining({ code: "AFTERWORD_STORAGE_UNAVAILABLE", condition: "corrupt" }));
      expect(monitor.state()).toMatchObject({ ok: false, condition: "corrupt", code: "SQLITE_CORRUPT" });
      store.write(() => store.leases.setFact("still", "writable", 0));
      expect(monitor.state()).toMatchObject({ ok: false, condition: "corrupt" });
    } finally {
      store.close();
    }
  });

  it("is named by doctor, which runs the full check, with what to do", async () => {
    const out = await runCli(["doctor"], { DATABASE_PATH: damagedDatabase("doctor.db") });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^FIX +database integrity check says: \*\*\* in database main \*\*\*\nTree \d+ page \d+: .*\. Stop Afterword and restore from your latest backup/m);
  });
});
