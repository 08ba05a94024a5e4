// SIGTERM while `afterword serve` is busy: a sweep is delivering a nudge through a slow Slack
// (chat.postMessage takes 1.5 s) and a turn is waiting on a slow users.info. The server stops
// taking new connections, finishes the turn (the request gets its 200 and is stored, its reply
// posted), finishes the sweep (the nudge is marked sent, once), releases the sweeper lease and
// exits 0. A server started afterwards on the same database sends nothing again.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coach } from "../../../src/core/coach.js";
import type { UserRef } from "../../../src/core/types.js";
import { Store } from "../../../src/store/store.js";
import { zoneInDaytime } from "../../support/daytime-zone.js";
import { killAllServers, startServe, until } from "../../support/serve-child.js";
import { SlackPerson } from "../../support/slack/slack-person.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { Driver, TestClock } from "../../support/temp-store.js";
import { FakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { SlackSender } from "../../support/slack/slack-requests.js";
import { closingFetch } from "../../support/http.js";

const SECRET = "shutdown-signing-secret";
const WAITING: UserRef = { platform: "slack", tenant: "TSHUT", user: "USHUT" };
let fake: FakeSlackApi;
let dir: string;
let db: string;
let reminderId: number;

beforeAll(async () => {
  fake = await new FakeSlackApi().start();
  dir = mkdtempSync(join(tmpdir(), "afterword-shutdown-"));
  db = join(dir, "afterword.db");
  // A user whose reflect nudge is due now, in their daytime.
  const store = Store.open(db);
  const clock = new TestClock(new Date());
  const coach = new Coach({ store, clock: clock.now, defaultTz: "UTC" });
  quickDebrief(new Driver(coach, WAITING, clock, zoneInDaytime()), { company: "Slowco" });
  const user = store.users.find(WAITING)!;
  store.write(() => {
    store.users.upsert(WAITING, { address: "slack:TSHUT:DSHUT" }, Date.now());
    store.db.prepare("UPDATE reminders SET due_at = ? WHERE user_ref = ? AND kind = 'reflect'").run(Date.now() - 60_000, user.id);
  });
  reminderId = (store.db.prepare("SELECT id FROM reminders WHERE user_ref = ? AND kind = 'reflect'").get(user.id) as { id: number }).id;
  store.close();
});
afterAll(async () => {
  killAllServers();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("SIGTERM", () => {
  it("finishes the turn and the sweep in progress, marks the nudge sent once, and exits 0", async () => {
    const env = { DATABASE_PATH: db, SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.url };
    fake.fail("chat.postMessage", { delayMs: 1_500, channel: "DSHUT" });
    fake.fail("users.info", { delayMs: 1_000 });
    fake.users.set("UNEWCOMER", { tz: "Europe/London", real_name: "New Comer" });
    const server = await startServe(env);
    const newcomer = new SlackPerson(new SlackSender(`${server.url}/slack/events`, SECRET), fake, "TSHUT", "UNEWCOMER");

    // The sweep is mid-send, and a turn is waiting on users.info.
    await until(() => fake.callsOf("chat.postMessage").some((c) => c.args.channel === "DSHUT"), "the nudge to be on its way");
    const turn = newcomer.say("hello there");
    await until(() => fake.callsOf("users.info").some((c) => c.args.user === "UNEWCOMER"), "the turn to wait on users.info");
    const signalled = Date.now();
    server.proc.kill("SIGTERM");

    const answered = await turn;
    expect(answered.status).toBe(200);
    const exit = await server.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    // It waited for the slow send rather than dropping it.
    const nudgeCall = fake.callsOf("chat.postMessage").find((c) => c.args.channel === "DSHUT")!;
    expect(Date.now() - nudgeCall.at).toBeGreaterThanOrEqual(1_400);
    expect(Date.now() - signalled).toBeLessThan(10_000);

    const lines = server.lines();
    const order = ["shutting down: finishing the turn and the sweep in progress", "nudge sent", "stopped cleanly"].map((m) => lines.findIndex((l) => l.msg === m));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order[0]).toBeLessThan(order[1]!);
    expect(order[1]).toBeLessThan(order[2]!);
    // The turn's reply went out before the process left.
    expect(fake.callsOf("chat.postMessage").some((c) => c.args.channel === "DNEWCOMER")).toBe(true);

    const store = Store.open(db);
    let firstSweep: string | undefined;
    try {
      firstSweep = (store.leases.fact("last_sweep") as { at: string }).at;
      expect(store.reminders.byId(reminderId)).toMatchObject({ status: "sent" });
      expect(store.db.prepare("SELECT 1 FROM deliveries WHERE delivery_id = ?").get(answered.id)).toBeTruthy();
      expect(store.leases.holder("sweeper", Date.now())).toBeUndefined();
    } finally {
      store.close();
    }

    // The next server (a rolling deploy's new process) takes the lease at once and sends nothing twice.
    const next = await startServe(env);
    const sweptAt = async () => ((await (await closingFetch(`${next.url}/healthz`)).json()) as { lastSweep?: { at?: string } }).lastSweep?.at;
    await until(async () => (await sweptAt()) !== firstSweep, "the next server's first sweep");
    expect(await next.stop()).toMatchObject({ code: 0 });
    expect(fake.callsOf("chat.postMessage").filter((c) => c.args.channel === "DSHUT")).toHaveLength(1);
  });
});
