// Another process holds the database's write lock for 10 seconds while Slack keeps sending:
// DM answers from six people in four waves, a button click, a slash command, a letter edit, and
// health checks. Every request is answered within Slack's 3 seconds: events with a 500 (Slack
// delivers them again), the click and the command with a 200 and finished once the lock clears,
// the letter editor kept open with an error. Nothing crashes; the operator gets one log line when
// it starts and one when it ends; redelivered events are applied exactly once, in order.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORM_SAVE_FAILED, LETTER_SAVE_FAILED } from "../../../adapters/slack/register-listeners.js";
import { Actions } from "../../../src/core/actions.js";
import { Store } from "../../../src/store/store.js";
import { FakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { SlackSender } from "../../support/slack/slack-requests.js";
import { killAllServers, startServe, until, type ServeChild } from "../../support/serve-child.js";
import { AFTER_FORM, SlackPerson, typedDebrief, type Delivery } from "../../support/slack/slack-person.js";
import { latestDebrief, storedField } from "../../support/stored-debrief.js";
import { ROOT } from "../../support/build-once.js";
import { closingFetch } from "../../support/http.js";
import { startProcess } from "../../support/spawn.js";

const SECRET = "lock-signing-secret";
const TEAM = "TLOCK";
const LOCK_MS = 10_000;
const HOLD_LOCK = join(ROOT, "test/fixtures/hold-lock.mjs");
let fake: FakeSlackApi;
let dir: string;
let db: string;
let server: ServeChild;

beforeAll(async () => {
  fake = await new FakeSlackApi().start();
  dir = mkdtempSync(join(tmpdir(), "afterword-lock-"));
  db = join(dir, "afterword.db");
  server = await startServe({ DATABASE_PATH: db, SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.url });
});
afterAll(async () => {
  killAllServers();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Starts the lock holder; resolves once it holds the lock, with a function that releases it and resolves once it has. */
async function holdLock(): Promise<{ release: () => Promise<void> }> {
  const child = startProcess([HOLD_LOCK, db], { cwd: ROOT, env: { PATH: process.env.PATH }, stdin: true });
  await until(() => child.stdout().includes("locked") || child.proc.exitCode !== null, "the lock");
  if (!child.stdout().includes("locked")) throw new Error(`the lock holder did not start: ${child.output()}`);
  return {
    release: async () => {
      child.proc.stdin!.end("release\n");
      await child.exited;
      if (!child.stdout().includes("released")) throw new Error(`the lock holder did not release the lock: ${child.output()}`);
    },
  };
}

async function health(reqId: string): Promise<{ status: number; json: any; ms: number }> {
  const started = Date.now();
  const res = await closingFetch(`${server.url}/healthz`, { headers: { "x-request-id": reqId } });
  return { status: res.status, json: await res.json(), ms: Date.now() - started };
}

const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));

describe("the database locked by another process for 10 seconds", () => {
  it("answers every Slack request within 3 s, loses none, applies redeliveries once, and says so in the log", async () => {
    const slack = new SlackSender(`${server.url}/slack/events`, SECRET);
    const person = (user: string) => {
      fake.users.set(user, { tz: "Europe/London", real_name: user });
      return new SlackPerson(slack, fake, TEAM, user);
    };
    // Six people mid-debrief, at the "what does the team need most" question.
    const answerers = Array.from({ length: 6 }, (_, i) => person(`ULOCKA${i}`));
    for (const [i, p] of answerers.entries()) {
      expect((await p.startDebrief(`Company${i}, Engineer, with Dana Li`)).status).toBe(200);
      await p.waitForPost(AFTER_FORM);
      for (const a of typedDebrief(`a${i}`).slice(0, 3)) expect((await p.say(a.text)).status).toBe(200);
      await p.waitForPost(/What does the team need most/);
    }
    // One person about to click "Video"; one who has not started yet.
    const clicker = person("ULOCKC");
    await clicker.startDebrief("Clickco, Engineer, with Dana Li");
    const videoButton = await clicker.waitForPost(/How did it happen/);
    const newcomer = person("ULOCKD");

    const lock = await holdLock();
    const lockedAt = Date.now();
    const events: { person: SlackPerson; d: Delivery; wave: number }[] = [];
    const others: Record<string, Delivery> = {};
    const healths: { status: number; json: any; ms: number }[] = [];
    for (let wave = 0; wave < 4; wave++) {
      await sleepUntil(lockedAt + 300 + wave * 2_500);
      const sends: Promise<unknown>[] = answerers.map(async (p, i) => events.push({ person: p, d: await p.say(`wave${wave} answer from A${i}`), wave }));
      if (wave === 1) sends.push(newcomer.waitForView(others.command!.id).then((view) => newcomer.submitView(view, { time: "10:00" })).then((d) => (others.form = d)));
      if (wave === 0) {
        sends.push(clicker.press(Actions.answer, "video").then((d) => (others.click = d)));
        sends.push(newcomer.command("Newco, Designer, with Ann Lee").then((d) => (others.command = d)));
        sends.push(answerers[0]!.submitLetter("424242", ["Dear Ann,", "Thank you."]).then((d) => (others.letter = d)));
      }
      sends.push(health(`lock-health-${wave}`).then((h) => healths.push(h)));
      await Promise.all(sends);
    }
    // Held for ten seconds at least, and until every wave has been answered, however slow the machine.
    await sleepUntil(lockedAt + LOCK_MS);
    await lock.release();
    const releasedAt = Date.now();
    expect(releasedAt - lockedAt).toBeGreaterThanOrEqual(LOCK_MS - 100);

    // Within 3 seconds, every one, while the lock was held.
    const times = [...events.map((e) => e.d.ms), ...Object.values(others).map((d) => d.ms), ...healths.map((h) => h.ms)];
    const maxMs = Math.max(...times);
    if (process.env.SHOW_FAULTS) console.log({ requests: times.length, maxMs, slowestEvents: events.map((e) => e.d.ms).sort((a, b) => b - a).slice(0, 3) });
    expect(maxMs).toBeLessThan(3_000);
    // Events could not be saved: 500, so Slack delivers them again. None was silently taken.
    expect(events.map((e) => e.d.status)).toEqual(events.map(() => 500));
    // The command opens the debrief form all the same: it only reads. The form sent while locked
    // stays open and says it did not take; the click is acknowledged and finished later.
    expect(others.command!.status).toBe(200);
    expect(others.form!.status).toBe(200);
    expect(others.form!.json).toEqual({ response_action: "errors", errors: { company: FORM_SAVE_FAILED } });
    expect(others.click!.status).toBe(200);
    // The letter editor stays open with the user's text and says why.
    expect(others.letter!.status).toBe(200);
    expect(others.letter!.json).toEqual({ response_action: "errors", errors: { "letter-body-0": LETTER_SAVE_FAILED } });
    // After the first failed write the health check reports the lock.
    expect(healths.slice(1).map((h) => [h.status, h.json.database])).toEqual(healths.slice(1).map(() => [503, "locked"]));

    // Once the lock clears: the click takes effect by itself, and the form sent again is taken.
    await clicker.waitForPost(/Spelled exactly right/, clicker.posts().indexOf(videoButton) + 1);
    expect((await newcomer.submitView(await newcomer.waitForView(others.command!.id), { time: "10:00" })).status).toBe(200);
    await newcomer.waitForPost(AFTER_FORM);

    // Slack redelivers each failed event (retry 1, in order), then, as it may, once more (retry 2).
    for (const retry of [1, 2]) {
      for (const e of events.sort((a, b) => a.wave - b.wave)) expect((await e.person.redeliver(e.d, retry)).status).toBe(200);
    }
    await until(async () => (await health("after")).status === 200, "the health check to recover");

    const store = Store.open(db);
    try {
      for (const [i, p] of answerers.entries()) {
        const d = latestDebrief(store, TEAM, p.user);
        // Applied exactly once and in order: each wave's answer in its own question's field.
        expect([storedField(d, "teamNeeds"), storedField(d, "nextSteps"), d?.recruiter?.name, storedField(d, "unsaid")]).toEqual([0, 1, 2, 3].map((w) => `wave${w} answer from A${i}`));
        const row = store.users.find({ platform: "slack", tenant: TEAM, user: p.user })!;
        expect(store.conversations.get(row.id)).toMatchObject({ step: "summary" });
        // The form (and its one use), three answers before the lock, four waves.
        expect((store.db.prepare("SELECT count(*) AS n FROM deliveries WHERE user_ref = ?").get(row.id) as { n: number }).n).toBe(2 + 3 + 4);
      }
      expect(storedField(latestDebrief(store, TEAM, clicker.user), "format")).toBe("video");
      expect(latestDebrief(store, TEAM, newcomer.user)).toMatchObject({ company: "Newco", role: "Designer" });
      expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      store.close();
    }

    // The operator's view: one line when it started, one when it ended, no crash.
    const lines = server.lines();
    expect(lines.filter((l) => l.msg === "database unavailable")).toEqual([expect.objectContaining({ condition: "locked", level: 50 })]);
    expect(lines.some((l) => l.msg === "database available again")).toBe(true);
    expect(lines.filter((l) => l.level >= 60)).toEqual([]);
    expect(server.proc.exitCode).toBeNull();
    expect(await server.stop()).toMatchObject({ code: 0 });
  });
});
