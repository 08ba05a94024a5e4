// Two `afterword sweep` processes on one database, against a fake Slack API: the first is slow
// (its first sends hang), the second comes along after the first's leases have expired in its own
// time and takes every claim over. The first re-checks each claim right before sending, so it
// sends nothing the second took over: only the sends it had in flight (one per user at most)
// arrive twice, and each is recorded as such.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../../../src/store/store.js";
import { FakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { until } from "../../support/until.js";
import { MAIN, killAll, runNode, startNode } from "../../support/scheduler/child.js";
import { seedDue } from "../../support/scheduler/seed.js";

let dir: string;
let fake: FakeSlackApi;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "afterword-takeover-"));
  fake = await new FakeSlackApi().start();
});
afterAll(async () => {
  killAll();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const T0 = new Date("2026-11-18T12:00:00Z");
const USERS = 40;
const IN_FLIGHT = 16; // the sweeper's default concurrency: one send per user at a time

describe("a claim taken over while its sweeper still sends", () => {
  it("is not sent again by the slow sweeper; only its in-flight sends repeat, each recorded", async () => {
    const db = join(dir, "afterword.db");
    const store = Store.open(db);
    const ids = seedDue(store, USERS, [["reflect", new Date(T0.getTime() - 60_000)]], T0);
    store.close();
    const env = { DATABASE_PATH: db, SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: "s", SLACK_API_URL: fake.url, LOG_LEVEL: "warn" };

    let open!: () => void;
    fake.fail("chat.postMessage", { until: new Promise<void>((r) => (open = r)), times: IN_FLIGHT });
    const slow = startNode(MAIN, ["sweep", "--now", T0.toISOString()], env, 60_000);
    await until(() => fake.callsOf("chat.postMessage").length >= IN_FLIGHT, "the slow sweeper's first sends", 30_000);

    // Six minutes later in its own time, the first sweeper's five-minute leases have all expired.
    const later = new Date(T0.getTime() + 6 * 60_000).toISOString();
    const fast = await runNode(MAIN, ["sweep", "--now", later], env, 30_000);
    expect(fast).toMatch(new RegExp(`^${USERS} sent, 0 skipped, 0 deferred, 0 to retry, 0 failed for good$`, "m"));
    open();
    const done = await slow.exited;
    expect(done.code, slow.err()).toBe(0);
    expect(slow.out()).toMatch(new RegExp(`^0 sent, .*, ${IN_FLIGHT} sent after another sweeper took them over \\(they may arrive twice\\)$`, "m"));
    expect(slow.err()).toMatch(/nudge sent after another sweeper had taken its claim over/);

    // Each user's DM got the nudge once, except the sixteen the slow sweeper had in flight (before: every one twice).
    const perChannel = new Map<string, number>();
    for (const c of fake.callsOf("chat.postMessage")) perChannel.set(c.args.channel, (perChannel.get(c.args.channel) ?? 0) + 1);
    expect(perChannel.size).toBe(USERS);
    const twice = [...perChannel].filter(([, n]) => n > 1);
    expect(twice.length).toBe(IN_FLIGHT);
    expect(Math.max(...perChannel.values())).toBe(2);

    const check = Store.open(db);
    try {
      const rows = check.db.prepare("SELECT id, status, repeats, send_started_at AS started FROM reminders ORDER BY id").all() as { id: number; status: string; repeats: number; started: number | null }[];
      expect(rows.map((r) => r.id)).toEqual(ids);
      expect(rows.every((r) => r.status === "sent" && r.started === null)).toBe(true);
      // The repeats are on record, on exactly the rows sent twice.
      expect(rows.filter((r) => r.repeats > 0)).toHaveLength(IN_FLIGHT);
      expect(rows.filter((r) => r.repeats > 1)).toEqual([]);
    } finally {
      check.close();
    }
  });
});
