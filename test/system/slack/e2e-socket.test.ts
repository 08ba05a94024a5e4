// The same journey over Socket Mode, against a local WebSocket standing in for Slack's: an
// envelope is acknowledged only after its turn is committed, and a redelivery is applied once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { Coach, StorageUnavailableError } from "../../../src/core/coach.js";
import type { Inbound } from "../../../src/core/types.js";
import { sweepCli } from "../../support/serve-child.js";
import { debriefToConfirm, lettersIn } from "../../support/slack/full-debrief.js";
import { startHarness, type Harness } from "../../support/slack/harness.js";
import { dmEvent } from "../../support/slack/payloads.js";
import { SlackPerson, socketTransport, textOf } from "../../support/slack/slack-person.js";
import { until } from "../../support/until.js";

let h: Harness;
let now = new Date("2026-11-17T15:00:00Z");
/** Every event handed to the coach. */
const handled: { kind: string; id: string }[] = [];
/** When set, the next turn fails as if the database were unavailable. */
let failNext = false;

beforeAll(async () => {
  h = await startHarness({
    mode: "socket",
    clock: () => new Date(now),
    makeCoach: (store, clock) => {
      const coach = new Coach({ store, clock, defaultTz: "UTC" });
      const handle = coach.handle.bind(coach);
      coach.handle = (e: Inbound) => {
        handled.push({ kind: e.kind, id: e.id });
        if (failNext) {
          failNext = false;
          throw new StorageUnavailableError(new Error("SQLITE_BUSY"));
        }
        return handle(e);
      };
      return coach;
    },
  });
  h.fake.users.set("UKIM", { tz: "America/New_York", real_name: "Kim Park" });
});
afterAll(async () => h?.close());

describe("a job seeker in Slack over Socket Mode", () => {
  it("connects through apps.connections.open with the app token", () => {
    expect(h.fake.callsOf("apps.connections.open")[0]!.token).toBe(h.fake.appToken);
    expect(h.fake.socketCount).toBe(1);
  });

  it("debriefs, gets the thank-you nudge from the sweep CLI, marks letters sent and sees App Home", async () => {
    const kim = new SlackPerson(socketTransport(h.fake), h.fake, "TSOCK", "UKIM", { settle: () => h.adapter.idle() });
    await debriefToConfirm(kim, h.fake);

    const user = h.store.users.find({ platform: "slack", tenant: "TSOCK", user: "UKIM" })!;
    expect(user).toMatchObject({ address: "slack:TSOCK:DKIM", tz: "America/New_York" });
    const [interview] = h.store.interviews.list(user.id);
    const thanks = h.store.reminders.allFor(interview!.id).find((r) => r.kind === "thanks")!;
    // The reflect that evening, then the thank-you the next morning, each from its own sweep.
    const env = { DATABASE_PATH: h.dbPath, SLACK_BOT_TOKEN: h.fake.botToken, SLACK_APP_TOKEN: h.fake.appToken, SLACK_API_URL: h.fake.url, LOG_LEVEL: "silent" };
    const reflect = h.store.reminders.allFor(interview!.id).find((r) => r.kind === "reflect")!;
    expect((await sweepCli(new Date(reflect.dueAt).toISOString(), env)).stdout).toMatch(/^1 sent, 0 skipped/);
    kim.skip();
    const run = await sweepCli(new Date(thanks.dueAt).toISOString(), env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/sent, 0 skipped/);
    const letters = lettersIn(kim.take().filter((p) => /thank-you notes/.test(p.args.text)));
    expect(letters).toHaveLength(2);
    now = new Date(thanks.dueAt + 60_000);

    for (const l of letters) await kim.press(Actions.letterSent, l.letterId);
    expect(textOf(kim.posts().slice(-1))).toMatch(/All thank-you notes are out/);
    const home = await kim.openHome();
    expect(home.type).toBe("home");
    expect(h.fake.rejected).toEqual([]);
  });

  it("applies an event redelivered three times (two concurrently) once, acking every delivery", async () => {
    const body = dmEvent({ team: "TSOCK", user: "UKIM", channel: "DKIM", text: "hello again" });
    const before = h.fake.callsOf("chat.postMessage").length;
    const count = () => handled.filter((x) => x.id === body.event_id).length;
    await h.fake.sendEnvelope("events_api", body, { retryAttempt: 0 });
    await h.fake.sendEnvelope("events_api", body, { retryAttempt: 1 });
    await Promise.all([h.fake.sendEnvelope("events_api", body, { retryAttempt: 2 }), h.fake.sendEnvelope("events_api", body, { retryAttempt: 3 })]);
    await h.adapter.idle();
    // The retries were skipped at the edge: the coach saw the event once.
    expect(count()).toBe(1);
    expect(h.store.db.prepare("SELECT count(*) AS n FROM deliveries WHERE delivery_id = ?").get(body.event_id)).toEqual({ n: 1 });
    expect(h.fake.callsOf("chat.postMessage").length - before).toBe(1);
  });

  it("leaves a turn that failed unacknowledged, so Slack's redelivery applies it", async () => {
    const body = dmEvent({ team: "TSOCK", user: "UKIM", channel: "DKIM", text: "one more thing" });
    const envelopeId = "env-fails-first";
    failNext = true;
    let acked = false;
    void h.fake.sendEnvelope("events_api", body, { envelopeId }).then(() => (acked = true));
    // Wait for the failed turn itself, not a guessed delay: the receiver decides on the ack in the
    // same chain, right after the coach throws.
    await until(() => handled.some((x) => x.id === body.event_id), "the turn to be tried");
    await h.adapter.idle();
    expect(acked).toBe(false);
    expect(h.store.db.prepare("SELECT count(*) AS n FROM deliveries WHERE delivery_id = ?").get(body.event_id)).toEqual({ n: 0 });
    await h.fake.sendEnvelope("events_api", body, { retryAttempt: 1, envelopeId: "env-redelivered" });
    await h.adapter.idle();
    // The redelivery made a whole round trip since: an ack of the failed delivery would be here by now.
    expect(h.fake.ackLog).not.toContain(envelopeId);
    expect(acked).toBe(false);
    expect(handled.filter((x) => x.id === body.event_id)).toHaveLength(2);
    expect(h.store.db.prepare("SELECT count(*) AS n FROM deliveries WHERE delivery_id = ?").get(body.event_id)).toEqual({ n: 1 });
  });

  it("closes the WebSocket on stop", async () => {
    await h.adapter.stop();
    await until(() => h.fake.socketCount === 0, "the WebSocket to close");
  });
});
