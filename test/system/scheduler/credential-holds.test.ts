// What `afterword sweep` does when a platform refuses: a refused bot token is the operator's
// problem (nudges held, nobody stopped, every sweep re-checks with auth.test and sends what was held
// as soon as the token works); a recipient who is really gone stops that user; a DM channel that is
// gone is opened again once before giving up. Run as the CLI against a fake Slack API, and a
// held Teams tenant through the real CloudAdapter against a fake connector.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeTeamsAddress } from "../../../adapters/teams/address.js";
import { createTeamsChatPort } from "../../../adapters/teams/create-teams-adapter.js";
import { Coach } from "../../../src/core/coach.js";
import { createLogger } from "../../../src/logger.js";
import { sweep } from "../../../src/scheduler/sweep.js";
import { CREDENTIALS_HELD } from "../../../src/store/credential-holds.js";
import { Store } from "../../../src/store/store.js";
import { killAllServers, runCli, startServe } from "../../support/serve-child.js";
import { FakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { startFakeConnector, type FakeConnector } from "../../support/teams/fake-connector.js";
import { emulatorConfig } from "../../support/teams/teams-server.js";
import { seedDue } from "../../support/scheduler/seed.js";
import { GroupWriter } from "../../../src/store/group-writer.js";
import { closingFetch } from "../../support/http.js";

let dir: string;
let fake: FakeSlackApi;
let connector: FakeConnector;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "afterword-holds-"));
  fake = await new FakeSlackApi().start();
  connector = await startFakeConnector();
});
afterAll(async () => {
  killAllServers();
  await fake?.close();
  await connector?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const T0 = new Date("2026-11-18T12:00:00Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000).toISOString();

type Row = { id: number; status: string; attempts: number; last_error: string | null; stopped: string | null; address: string };
function rows(db: string): Row[] {
  const store = Store.open(db);
  try {
    return store.db
      .prepare("SELECT r.id, r.status, r.attempts, r.last_error, u.stopped, u.address FROM reminders r JOIN users u ON u.id = r.user_ref ORDER BY r.id")
      .all() as Row[];
  } finally {
    store.close();
  }
}

describe("a refused Slack bot token", () => {
  it("holds every nudge of the workspace without stopping anyone, and the first sweep after the fix sends them", async () => {
    const db = join(dir, "token.db");
    const store = Store.open(db);
    seedDue(store, 3, [["reflect", new Date(T0.getTime() - 60_000)]], T0);
    store.close();
    const env = (token: string) => ({ DATABASE_PATH: db, SLACK_BOT_TOKEN: token, SLACK_SIGNING_SECRET: "s", SLACK_API_URL: fake.url, LOG_LEVEL: "info" });
    fake.reset();

    // The token was revoked: Slack answers invalid_auth to everything.
    const first = await runCli(["sweep", "--now", T0.toISOString()], env("xoxb-revoked"));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^0 sent, 0 skipped, 0 deferred, 0 to retry, 0 failed for good, 3 held \(the platform refused Afterword's credentials; see the log\)$/m);
    expect(first.stderr).toMatch(/"level":50,[^\n]*"platform":"slack","tenant":"T1"[^\n]*"msg":"the platform refused Afterword's credentials; holding its nudges"/);
    // Before: every user was stopped and every nudge of theirs cancelled.
    expect(rows(db)).toEqual(rows(db).map((r) => ({ ...r, status: "pending", attempts: 0, last_error: CREDENTIALS_HELD, stopped: null })));

    // Still refused: the sweep asks auth.test first and sends nothing.
    fake.reset();
    const second = await runCli(["sweep", "--now", later(2)], env("xoxb-revoked"));
    expect(second.stdout).toMatch(/ 3 held /);
    expect(fake.callsOf("auth.test")).toHaveLength(1);
    expect(fake.callsOf("chat.postMessage")).toHaveLength(0);
    expect(rows(db).every((r) => r.status === "pending" && r.attempts === 0 && r.stopped === null)).toBe(true);

    // The operator is told: doctor and /healthz.
    const doctor = await runCli(["doctor"], env("xoxb-revoked"));
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/^FIX +slack T1: Slack refused Afterword's bot token \(invalid_auth\): reinstall the app or update SLACK_BOT_TOKEN\. Its nudges are held since 2026-11-18T12:00:00\.000Z/m);
    // On a copy: the server sweeps at start, on its own clock, and must not touch the CLI's timeline.
    const copy = join(dir, "token-copy.db");
    copyFileSync(db, copy);
    const server = await startServe({ DATABASE_PATH: copy });
    try {
      const health = await (await closingFetch(`${server.url}/healthz`)).json();
      expect(health).toMatchObject({ ok: false, database: "ok", credentials: [{ platform: "slack", tenant: "T1", error: expect.stringContaining("invalid_auth") }] });
    } finally {
      await server.stop();
    }

    // A new token: the very next sweep sees it work and sends everything that was held, in that sweep.
    fake.reset();
    const fixed = await runCli(["sweep", "--now", later(3)], env(fake.botToken));
    expect(fixed.stdout).toMatch(/^3 sent, 0 skipped, 0 deferred, 0 to retry, 0 failed for good$/m);
    expect(fixed.stderr).toMatch(/"released":3[^\n]*"msg":"credentials work again; sending the nudges held for them"/);
    expect(fake.callsOf("chat.postMessage")).toHaveLength(3);
    expect(rows(db).map((r) => [r.status, r.attempts, r.stopped])).toEqual([["sent", 1, null], ["sent", 1, null], ["sent", 1, null]]);
  });
});

describe("recipients and DMs that are gone", () => {
  it("stops a deactivated user, reopens a DM that is gone and stores it, and gives up on a DM that stays gone", async () => {
    const db = join(dir, "gone.db");
    const store = Store.open(db);
    seedDue(store, 3, [["reflect", new Date(T0.getTime() - 60_000)], ["thanks", new Date(T0.getTime() + 86_400_000)]], T0);
    store.close();
    fake.reset();
    // seedDue stores U1's DM as channel U1, and so on; conversations.open answers D1, D2, D3.
    fake.fail("chat.postMessage", { error: "account_inactive", channel: "U1" });
    fake.fail("chat.postMessage", { error: "channel_not_found", channel: "U2" });
    fake.fail("chat.postMessage", { error: "is_archived", channel: "U3" });
    fake.fail("chat.postMessage", { error: "is_archived", channel: "D3" });
    const env = { DATABASE_PATH: db, SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: "s", SLACK_API_URL: fake.url };
    const out = await runCli(["sweep", "--now", T0.toISOString()], env);
    expect(out.stdout).toMatch(/^1 sent, 0 skipped, 0 deferred, 0 to retry, 2 failed for good$/m);

    const [ana, , bo, , cy, cyThanks] = rows(db);
    expect(ana).toMatchObject({ status: "dead", stopped: expect.stringContaining("account_inactive") });
    // Bo's DM was gone; it was opened again and the nudge went there; the new DM is stored, nothing stopped.
    expect(bo).toMatchObject({ status: "sent", stopped: null, address: "slack:T1:D2" });
    expect(fake.callsOf("conversations.open").map((c) => c.args.users).sort()).toEqual(["U2", "U3"]);
    // Cy's DM stayed archived after one reopen: given up, and Cy's nudges stop.
    expect(cy).toMatchObject({ status: "dead", stopped: expect.stringContaining("is_archived") });
    expect(cyThanks!.status).toBe("cancelled");
  });
});

describe("a Teams tenant whose app credentials are refused", () => {
  it("holds the nudge without stopping the user, and sends it once a send works again", async () => {
    const store = Store.open(join(dir, "teams.db"));
    const now = T0.getTime();
    const conversation = "a:teams-401";
    const address = encodeTeamsAddress({ channelId: "msteams", serviceUrl: connector.serviceUrl, conversationId: conversation, tenantId: "tenant-1", botId: "28:bot", userId: "29:user" });
    store.write(() => {
      const u = store.users.upsert({ platform: "teams", tenant: "tenant-1", user: "aad-1" }, { address, tz: "UTC" }, now);
      const iv = store.interviews.createDraft(u.id, now);
      store.interviews.setField(iv, "company", "Contoso");
      store.interviews.setField(iv, "role", "Engineer");
      store.interviews.setField(iv, "happenedAt", new Date(now - 86_400_000).toISOString());
      store.interviews.setInterviewers(iv, ["Dana Li"]);
      store.interviews.setStatus(iv, "active", now);
      store.reminders.add(u.id, iv, "reflect", now - 60_000, now);
    });
    const logger = createLogger("silent", "none");
    const deps = (at: Date) => ({
      store,
      writer: new GroupWriter(store),
      coach: new Coach({ store, clock: () => at, defaultTz: "UTC" }),
      ports: { teams: createTeamsChatPort(emulatorConfig(), logger, { tries: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 0 }) },
      holder: "teams-test",
    });
    connector.block(conversation, 401);
    expect(await sweep(deps(T0), T0)).toMatchObject({ sent: 0, dead: 0, held: 1 });
    const user = store.users.find({ platform: "teams", tenant: "tenant-1", user: "aad-1" })!;
    expect(user.stopped).toBeNull();
    expect(store.credentialHolds.list()).toMatchObject([{ platform: "teams", tenant: "tenant-1" }]);
    expect(store.reminders.upcomingForUser(user.id)).toMatchObject([{ status: "pending", attempts: 0, lastError: CREDENTIALS_HELD }]);

    connector.block(conversation, 0);
    const at = new Date(T0.getTime() + 2 * 60_000);
    expect(await sweep(deps(at), at)).toMatchObject({ sent: 1, held: 0 });
    expect(store.credentialHolds.list()).toEqual([]);
    expect(connector.to(conversation)).toHaveLength(1);
    store.close();
  });
});
