// `afterword serve` (Slack over HTTP, pointed at the fake Slack API) is killed with SIGKILL twice
// while six people's debrief answers stream in, and restarted each time. Every answer that got
// its 200 is in the database the moment the process is gone; Slack's redelivery of the answers
// that were in flight is applied once; every debrief resumes where it stopped and reaches its
// summary with each answer in its own field; PRAGMA integrity_check stays ok.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { Store } from "../../../src/store/store.js";
import { FakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { dmEvent } from "../../support/slack/payloads.js";
import { SlackSender } from "../../support/slack/slack-requests.js";
import { killAllServers, startServe, type ServeChild } from "../../support/serve-child.js";
import { AFTER_FORM, httpTransport, SlackPerson, typedDebrief, type Delivery } from "../../support/slack/slack-person.js";
import { latestDebrief, storedField } from "../../support/stored-debrief.js";

const SECRET = "sigkill-signing-secret";
const TEAM = "TKILL";
let fake: FakeSlackApi;
let dir: string;
let db: string;

beforeAll(async () => {
  fake = await new FakeSlackApi().start();
  dir = mkdtempSync(join(tmpdir(), "afterword-sigkill-"));
  db = join(dir, "afterword.db");
});
afterAll(async () => {
  killAllServers();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const env = () => ({ DATABASE_PATH: db, SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.url });

interface Journey {
  person: SlackPerson;
  script: ReturnType<typeof typedDebrief>;
  /** Answers acknowledged with a 200, in order. */
  acked: Delivery[];
  /** The answer whose request died with the server: Slack redelivers it. */
  lost?: { body: any; index: number };
}

/**
 * Streams every journey's remaining answers at once, up to answer `upTo`; SIGKILLs the server on
 * the `killAt`-th 200 (if given). Keeping each journey's last answer for the final stream means no
 * journey can finish (and lose its summary's post) before the last restart, however busy the machine.
 */
async function stream(journeys: Journey[], server: ServeChild, killAt?: number, upTo = Infinity): Promise<number> {
  let oks = 0;
  await Promise.all(
    journeys.map(async (j) => {
      for (let k = j.acked.length; k < Math.min(j.script.length, upTo); k++) {
        const body = dmEvent({ team: TEAM, user: j.person.user, channel: j.person.channel, text: j.script[k]!.text });
        try {
          const d = await j.person.say(j.script[k]!.text, { body });
          expect(d.status, `answer ${k} of ${j.person.user}`).toBe(200);
          j.acked.push(d);
          if (++oks === killAt) server.proc.kill("SIGKILL");
        } catch (err) {
          // Only a request cut off by the kill may fail.
          if (!server.proc.killed) throw err;
          j.lost = { body, index: k };
          return;
        }
      }
    }),
  );
  return oks;
}

/** Right after a kill: every acknowledged answer is stored, and the file is sound. */
function checkAcknowledged(journeys: Journey[]): void {
  const store = Store.open(db);
  try {
    expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");
    for (const j of journeys) {
      const d = latestDebrief(store, TEAM, j.person.user);
      j.acked.forEach((a, k) => {
        expect(store.db.prepare("SELECT 1 FROM deliveries WHERE delivery_id = ?").get(a.id), `delivery ${k} of ${j.person.user}`).toBeTruthy();
        const { field, stored } = j.script[k]!;
        if (stored) expect(storedField(d, field), `${field} of ${j.person.user}`).toBe(stored);
      });
    }
  } finally {
    store.close();
  }
}

/** How many of the answers in flight at the kill had been committed anyway (their 200 never arrived). */
function inFlightCommitted(journeys: Journey[]): number {
  const store = Store.open(db);
  try {
    return journeys.filter((j) => j.lost && store.db.prepare("SELECT 1 FROM deliveries WHERE delivery_id = ?").get(j.lost.body.event_id)).length;
  } finally {
    store.close();
  }
}

/** After a restart: Slack redelivers what died in flight, and (harmlessly) the last acknowledged answer. */
async function redeliver(journeys: Journey[], server: ServeChild): Promise<void> {
  for (const j of journeys) {
    j.person.transport = httpTransport(new SlackSender(`${server.url}/slack/events`, SECRET));
    const last = j.acked.at(-1);
    if (last) expect((await j.person.redeliver(last, 1)).status).toBe(200);
    if (j.lost) {
      const d = await j.person.redeliver({ id: j.lost.body.event_id, body: j.lost.body }, 1);
      expect(d.status).toBe(200);
      j.acked.push(d);
      j.lost = undefined;
    }
  }
}

describe("the server killed with SIGKILL in the middle of debriefs", () => {
  it("loses no acknowledged answer, applies redeliveries once, resumes every debrief, keeps the file sound", async () => {
    let server = await startServe(env());
    const sender = new SlackSender(`${server.url}/slack/events`, SECRET);
    const journeys: Journey[] = Array.from({ length: 6 }, (_, i) => {
      const user = `UKILL${i}`;
      fake.users.set(user, { tz: "Europe/London", real_name: `Person ${i}` });
      return { person: new SlackPerson(sender, fake, TEAM, user), script: typedDebrief(`k${i}x`), acked: [] };
    });
    for (const [i, j] of journeys.entries()) {
      expect((await j.person.startDebrief(`Company${i}, Engineer, with Dana Li`)).status).toBe(200);
      await j.person.waitForPost(AFTER_FORM);
    }

    // First kill: on the 12th acknowledged answer of 48, with every journey mid-stream.
    await stream(journeys, server, 12, 4);
    expect((await server.exited).signal).toBe("SIGKILL");
    const lostFirst = journeys.filter((j) => j.lost).length;
    const committedFirst = inFlightCommitted(journeys);
    checkAcknowledged(journeys);

    server = await startServe(env());
    await redeliver(journeys, server);
    // Second kill: 10 answers later, still before any journey's last answer.
    await stream(journeys, server, 10, 7);
    expect((await server.exited).signal).toBe("SIGKILL");
    const lostSecond = journeys.filter((j) => j.lost).length;
    const committedSecond = inFlightCommitted(journeys);
    checkAcknowledged(journeys);
    if (process.env.SHOW_FAULTS) console.log({ lostFirst, committedFirst, lostSecond, committedSecond });

    server = await startServe(env());
    await redeliver(journeys, server);
    await stream(journeys, server);

    // Every debrief resumed and reached its summary, each answer in its own field exactly once.
    const store = Store.open(db);
    try {
      expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");
      for (const j of journeys) {
        await j.person.waitForPost(/Looks right/);
        expect(() => j.person.findButton(Actions.confirm)).not.toThrow();
        const d = latestDebrief(store, TEAM, j.person.user)!;
        for (const { field, stored } of j.script) if (stored) expect(storedField(d, field), `${field} of ${j.person.user}`).toBe(stored);
        expect(d.happenedAt).toBeTruthy();
        const row = store.users.find({ platform: "slack", tenant: TEAM, user: j.person.user })!;
        expect(store.conversations.get(row.id)).toMatchObject({ flow: "debrief", step: "summary" });
        // One interview per person: no redelivered command or answer started anything twice.
        expect(store.interviews.list(row.id)).toHaveLength(1);
        const deliveries = (store.db.prepare("SELECT count(*) AS n FROM deliveries WHERE user_ref = ?").get(row.id) as { n: number }).n;
        // The form (its delivery and its one use) and every answer.
        expect(deliveries).toBe(2 + j.script.length);
      }
    } finally {
      store.close();
    }
    expect(lostFirst).toBeGreaterThan(0);
    expect(await server.stop()).toMatchObject({ code: 0 });
  });
});
