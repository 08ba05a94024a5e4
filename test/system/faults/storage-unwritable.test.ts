// The database cannot be written: a read-only database, or a full disk.
//
// While serving, the server stays up (a restart would not free the disk or flip a mount back):
// it logs one line an operator can act on, /healthz answers 503 naming the condition, Slack's
// events get a 500 so Slack delivers them again, users hear a friendly line, the sweeper keeps
// ticking without crashing, and everything resumes by itself when the condition clears.
//
// At start-up, a database that cannot be written stops the server once, with a message naming
// the file and the fix: SQLite keeps a connection it opened read-only read-only for good, so
// staying up could only fail every turn. The same start succeeds once the permissions are fixed.
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTION_FAILED, FORM_SAVE_FAILED } from "../../../adapters/slack/register-listeners.js";
import { STORAGE_RETRYING } from "../../../adapters/slack/listeners/turn-failures.js";
import { Actions } from "../../../src/core/actions.js";
import { Store } from "../../../src/store/store.js";
import { FakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { SlackSender } from "../../support/slack/slack-requests.js";
import { killAllServers, runCli, startServe, until, type ServeChild, type ServeFailure } from "../../support/serve-child.js";
import { AFTER_FORM, SlackPerson, textOf, typedDebrief } from "../../support/slack/slack-person.js";
import { latestDebrief, storedField } from "../../support/stored-debrief.js";
import { ROOT } from "../../support/build-once.js";
import { closingFetch } from "../../support/http.js";

const SECRET = "storage-signing-secret";
const TEAM = "TDISK";
const SWITCH = join(ROOT, "test/fixtures/serve-with-storage-switch.mjs");
let fake: FakeSlackApi;
let dir: string;

beforeAll(async () => {
  fake = await new FakeSlackApi().start();
  dir = mkdtempSync(join(tmpdir(), "afterword-disk-"));
});
afterAll(async () => {
  killAllServers();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function health(server: ServeChild): Promise<{ status: number; json: any }> {
  const res = await closingFetch(`${server.url}/healthz`);
  return { status: res.status, json: await res.json() };
}

describe("the database becomes read-only or the disk fills while serving", () => {
  it.each([
    { condition: "read-only", command: "readonly", code: /^SQLITE_READONLY/ },
    // Three-byte characters: 1,500 of them need an overflow page, so the write needs a new page.
    { condition: "full", command: "full", code: /^SQLITE_FULL/ },
  ])("$condition: says so, answers so Slack retries, tells the user, stays up, and recovers", async ({ condition, command, code }) => {
    const db = join(dir, `${command}.db`);
    const server = await startServe(
      { DATABASE_PATH: db, SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.url, SWEEP_INTERVAL_SECONDS: "1" },
      { script: SWITCH },
    );
    const slack = new SlackSender(`${server.url}/slack/events`, SECRET);
    const person = (user: string) => {
      fake.users.set(user, { tz: "Europe/London", real_name: user });
      return new SlackPerson(slack, fake, TEAM, user);
    };
    const writer = person(`UW${command}`);
    await writer.startDebrief("Diskco, Engineer, with Dana Li");
    await writer.waitForPost(AFTER_FORM);
    for (const a of typedDebrief("d").slice(0, 3)) expect((await writer.say(a.text)).status).toBe(200);
    await writer.waitForPost(/What does the team need/);
    const clicker = person(`UC${command}`);
    await clicker.startDebrief("Clickco, Engineer, with Dana Li");
    await clicker.waitForPost(/How did it happen/);
    const newcomer = person(`UN${command}`);

    server.proc.stdin!.write(`${command}\n`);
    await server.waitForLine((l) => l.control === command);
    const answer = command === "full" ? "漢".repeat(1_500) : "the roadmap and on-call, said while the disk was read-only";

    // A DM answer: 500 (Slack will deliver it again) and quickly; on Slack's first retry the user hears why.
    const first = await writer.say(answer);
    expect(first.status).toBe(500);
    expect(first.ms).toBeLessThan(3_000);
    const before = writer.posts().length;
    expect((await writer.redeliver(first, 1)).status).toBe(500);
    await writer.waitForPost(new RegExp(STORAGE_RETRYING.slice(0, 40)), before);
    if (command === "readonly") {
      // A click and a slash command are acknowledged; the user is told they did not take. (A full
      // disk may still take a small write that fits in a page the file has, so only read-only here.)
      expect((await clicker.press(Actions.answer, "video")).status).toBe(200);
      await clicker.waitForPost(new RegExp(ACTION_FAILED.slice(0, 40)));
      // The form still opens (it only reads); sending it keeps it open with a line saying it did not take.
      const opened = await newcomer.command("Newco, Designer, with Ann Lee");
      expect(opened.status).toBe(200);
      const sent = await newcomer.submitView(await newcomer.waitForView(opened.id), { time: "10:00" });
      expect(sent.status).toBe(200);
      expect(sent.json).toEqual({ response_action: "errors", errors: { company: FORM_SAVE_FAILED } });
    }
    // The health check names the condition and what to do.
    const sick = await health(server);
    expect(sick.status).toBe(503);
    expect(sick.json).toMatchObject({ ok: false, database: condition, storage: { ok: false, condition, code: expect.stringMatching(code) } });
    expect(sick.json.storage.hint).toMatch(condition === "full" ? /disk .* is full/ : /cannot be written/);

    // The sweeper ticks every second meanwhile: on a read-only database it cannot even take its
    // lease; on a full disk it sweeps (nothing it writes needs a new page). Three of its ticks are
    // counted, not guessed from a sleep; the process stays up and has logged the condition once.
    const controlLine = server.lines().findIndex((l) => l.control === command);
    if (command === "readonly") {
      const skipped = () => server.lines().slice(controlLine).filter((l) => l.msg === "could not take the sweeper lease; skipping this tick").length;
      await until(() => skipped() >= 3, "three sweeper ticks on the read-only database");
    } else {
      const sweeps = new Set<string>();
      await until(async () => {
        const at = (await health(server)).json.lastSweep?.at;
        if (at) sweeps.add(at);
        return sweeps.size >= 4;
      }, "three sweeper ticks on the full disk");
    }
    expect(server.proc.exitCode).toBeNull();
    const unavailable = server.lines().filter((l) => l.msg === "database unavailable");
    expect(unavailable).toEqual([expect.objectContaining({ level: 50, condition, code: expect.stringMatching(code), hint: sick.json.storage.hint })]);
    expect(server.lines().filter((l) => l.level >= 60)).toEqual([]);

    // The condition clears: the server notices by itself, and Slack's next retry is applied once.
    server.proc.stdin!.write("clear\n");
    await until(async () => (await health(server)).status === 200, "the health check to recover");
    await server.waitForLine((l) => l.msg === "database available again" && l.condition === condition);
    expect((await writer.redeliver(first, 2)).status).toBe(200);
    expect((await writer.redeliver(first, 3)).status).toBe(200);
    await writer.waitForPost(/next steps and timing/);
    expect(textOf(writer.posts())).not.toMatch(/couldn't save your last message/);
    expect(await server.stop()).toMatchObject({ code: 0 });

    const store = Store.open(db);
    try {
      const d = latestDebrief(store, TEAM, writer.user);
      expect(storedField(d, "teamNeeds")).toBe(command === "full" ? "漢".repeat(1_500) : answer);
      expect(storedField(d, "nextSteps")).toBeUndefined();
      if (command === "readonly") {
        expect(storedField(latestDebrief(store, TEAM, clicker.user), "format")).toBeUndefined();
        expect(store.users.find({ platform: "slack", tenant: TEAM, user: newcomer.user })).toBeUndefined();
      }
      expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      store.close();
    }
  });
});

describe("the database is read-only when the server starts", () => {
  it("stops once with a message naming the file and the fix; doctor says FIX; it starts once the permissions are fixed", async () => {
    // Root ignores file permissions, so the server runs as nobody when the tests run as root.
    const asRoot = process.getuid?.() === 0;
    const uid = asRoot ? 65534 : undefined;
    const ro = mkdtempSync(join(dir, "readonly-"));
    const db = join(ro, "afterword.db");
    Store.open(db).close();
    const files = [db, `${db}-wal`, `${db}-shm`].filter((f) => existsSync(f));
    if (asRoot) for (const f of [ro, ...files]) chownSync(f, 65534, 65534);
    chmodSync(dir, 0o755);
    chmodSync(ro, 0o755);
    chmodSync(db, 0o444);

    const env = { DATABASE_PATH: db };
    const started = await startServe(env, { uid }).then(
      () => "listening",
      (err: ServeFailure) => err,
    );
    expect(started).not.toBe("listening");
    const failure = started as ServeFailure;
    expect((await failure.exited).code).toBe(1);
    const out = failure.output;
    expect(out).toContain(`Afterword cannot use its database ${db}: read-only`);
    expect(out).toMatch(/check the disk is mounted read-write/);
    expect(out.match(/database unusable at start-up; stopping/g)).toHaveLength(1);
    expect(out).not.toMatch(/Afterword is listening/);

    const doctor = await runCli(["doctor"], env, { uid });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/^FIX +database cannot be written: read-only \(SQLITE_READONLY/m);

    // SQLite gave the -wal and -shm files it created the database file's permissions: fix all three.
    for (const f of [db, `${db}-wal`, `${db}-shm`]) if (existsSync(f)) chmodSync(f, 0o644);
    const server = await startServe(env, { uid });
    expect((await health(server)).status).toBe(200);
    expect(await server.stop()).toMatchObject({ code: 0 });
  });
});
