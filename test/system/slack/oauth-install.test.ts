// Afterword in many workspaces, end to end on loopback: the real server (startServer) in Slack
// OAuth mode, Bolt and its InstallProvider, SQLite, and a fake Slack (Web API + OAuth). Two
// workspaces install; each is answered with its own token; forged and replayed states are
// refused; an expiring token is refreshed once before the nudges (server and `afterword sweep`);
// one uninstall leaves the other alone; no token reaches the disk or a log line (at trace).
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SingleUseStateStore } from "../../../adapters/slack/oauth/single-use-state-store.js";
import { loadConfig } from "../../../src/config.js";
import { Coach } from "../../../src/core/coach.js";
import { createLogger } from "../../../src/logger.js";
import { startServer, type RunningServer } from "../../../src/server/serve.js";
import { openSlackOAuthStores } from "../../../src/store/slack-oauth-stores.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { Driver, TestClock } from "../../support/temp-store.js";
import { FakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { FakeSlackOAuth } from "../../support/slack/fake-slack-oauth.js";
import { comeBack, startInstall } from "../../support/slack/oauth-browser.js";
import { sweepCli, until } from "../../support/serve-child.js";
import { commandFields, dmEvent, uninstallEvent, viewSubmission } from "../../support/slack/payloads.js";
import { SlackSender } from "../../support/slack/slack-requests.js";

const SECRET = "oauth-signing-secret";
const STATE_SECRET = "state-secret-0123456789abcdef";
const KEY = randomBytes(32).toString("hex");
const A = "TAAAAAAA1";
const B = "TBBBBBBB2";

let fake: FakeSlackApi;
let oauth: FakeSlackOAuth;
let server: RunningServer;
let slack: SlackSender;
let dir: string;
let dbPath: string, logPath: string;
let env: Record<string, string>;
const clock = new TestClock(new Date("2026-11-17T10:00:00Z"));

beforeAll(async () => {
  fake = await new FakeSlackApi().start();
  oauth = new FakeSlackOAuth(fake).workspace(A, "Bootcamp Alumni").workspace(B, "Career Circle");
  dir = mkdtempSync(join(tmpdir(), "afterword-oauth-"));
  dbPath = join(dir, "afterword.db");
  logPath = join(dir, "afterword.log");
  env = {
    DATABASE_PATH: dbPath,
    SLACK_CLIENT_ID: oauth.clientId,
    SLACK_CLIENT_SECRET: oauth.clientSecret,
    SLACK_STATE_SECRET: STATE_SECRET,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.url,
    AFTERWORD_ENCRYPTION_KEY: KEY,
  };
  const config = loadConfig({ ...env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "trace", SWEEP_INTERVAL_SECONDS: "3600" });
  expect(config.slack).toBe("oauth");
  // As in production, the secrets in the environment are scrubbed from every line; tokens by their shape.
  const logger = createLogger("trace", logPath, { secrets: [oauth.clientSecret, STATE_SECRET, KEY, SECRET] });
  server = await startServer(config, logger, clock.now);
  slack = new SlackSender(`${server.url}/slack/events`, SECRET);
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const installations = () => server.store.db.prepare("SELECT install_id AS id, bot_user_id AS bot FROM slack_installations ORDER BY install_id").all();
const usersOf = (team: string) => (server.store.db.prepare("SELECT count(*) AS n FROM users WHERE platform = 'slack' AND tenant = ?").get(team) as { n: number }).n;
const postsTo = (channel: string) => fake.callsOf("chat.postMessage").filter((c) => c.args.channel === channel);
let approved: { back: string; cookie: string } | undefined;

/** Everything on disk for the database: the file and its write-ahead log. */
const onDisk = () => ["", "-wal", "-journal"].map((x) => (existsSync(dbPath + x) ? readFileSync(dbPath + x).toString("latin1") : "")).join("\n");

describe("Slack OAuth distribution", () => {
  it("installs two workspaces through /slack/install → Slack's consent → /slack/oauth_redirect", async () => {
    for (const [team, user, name] of [[A, "UADMINA", "Bootcamp Alumni"], [B, "UADMINB", "Career Circle"]] as const) {
      const { location, cookie } = await startInstall(server.url);
      const back = oauth.approve(location, team, user, `${server.url}/slack/oauth_redirect`);
      const done = await comeBack(back, cookie);
      expect(done.status).toBe(200);
      expect(done.html).toContain("Afterword is installed");
      expect(done.html).toContain(name);
      if (team === A) approved = { back, cookie };
    }
    expect(installations()).toEqual([
      { id: A, bot: oauth.botUserIdOf(A) },
      { id: B, bot: oauth.botUserIdOf(B) },
    ]);
    // The code exchange and auth.test went to SLACK_API_URL (the fake), once per install.
    expect(fake.callsOf("oauth.v2.access").map((c) => c.args.grant_type ?? "code")).toEqual(["code", "code"]);
    expect(fake.callsOf("auth.test").map((c) => c.token)).toEqual([oauth.tokenOf(A), oauth.tokenOf(B)]);
  });

  it("refuses a replayed, forged, altered or cookie-less state, and installs nothing", async () => {
    const exchanges = () => fake.callsOf("oauth.v2.access").length;
    const before = exchanges();
    const replay = await comeBack(approved!.back, approved!.cookie);
    expect(replay.status).toBe(400);
    expect(replay.html).toContain("This install link no longer works");

    // A state signed with another secret, presented with a matching cookie.
    const forgedState = await new SingleUseStateStore("not-the-state-secret-000", { remember: () => {}, consume: () => true }, clock.now).generateStateParam({ scopes: ["chat:write"] });
    const forged = await comeBack(`${server.url}/slack/oauth_redirect?code=code-x&state=${encodeURIComponent(forgedState)}`, `slack-app-oauth-state=${forgedState}`);
    expect(forged.status).toBe(400);
    // A real state with its payload changed (a different install option smuggled in).
    const fresh = await startInstall(server.url);
    const [payload, signature] = fresh.state.split(".");
    const changed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), o: { scopes: ["admin"] } })).toString("base64url");
    const altered = `${changed}.${signature}`;
    expect((await comeBack(`${server.url}/slack/oauth_redirect?code=code-y&state=${altered}`, `slack-app-oauth-state=${altered}`)).status).toBe(400);

    // A good state arriving in a browser that did not start the install (no cookie: a CSRF attempt).
    const stolen = await startInstall(server.url);
    const back = oauth.approve(stolen.location, B, "UATTACKER", `${server.url}/slack/oauth_redirect`);
    expect((await comeBack(back)).status).toBe(400);

    // Cancelling on Slack's page is no error: the person is told nothing was installed.
    expect(await comeBack(`${server.url}/slack/oauth_redirect?error=access_denied&state=${(await startInstall(server.url)).state}`)).toMatchObject({ status: 200, html: expect.stringContaining("Nothing was installed") });
    expect(exchanges()).toBe(before);
    expect(installations()).toHaveLength(2);
  });

  it("answers each workspace's events with that workspace's own token", async () => {
    for (const [team, user, other] of [[A, "UALICE", "UAMIR"], [B, "UBOB", "UBEA"]] as const) {
      const channel = `D${user.slice(1)}`;
      expect((await slack.event(dmEvent({ team, user, channel, text: "hello" }))).status).toBe(200);
      await until(() => postsTo(channel).length > 0, `a reply in ${team}`);
      expect(postsTo(channel).map((c) => c.token)).toEqual([oauth.tokenOf(team)]);

      // A slash command from someone the bot has no DM with yet: the DM is opened with the workspace's token too.
      const command = commandFields({ team, user: other, text: "Acme" });
      expect((await slack.command(command)).status).toBe(200);
      // The debrief form opens with the workspace's token; sent, the debrief goes on in the DM.
      await until(() => fake.callsOf("views.open").some((c) => c.args.trigger_id === command.trigger_id), `the debrief form in ${team}`);
      const opened = fake.callsOf("views.open").find((c) => c.args.trigger_id === command.trigger_id)!;
      expect(opened.token).toBe(oauth.tokenOf(team));
      expect((await slack.interaction(viewSubmission({ team, user: other, view: opened.args.view }))).status).toBe(200);
      const dm = `D${other.slice(1)}`;
      await until(() => postsTo(dm).length > 0, `the debrief's first question in ${team}`);
      expect(postsTo(dm).map((c) => c.token)).toEqual([oauth.tokenOf(team)]);
      expect(fake.callsOf("conversations.open").filter((c) => c.args.users === other).map((c) => c.token)).toEqual([oauth.tokenOf(team)]);
    }
    expect(fake.rejected).toEqual([]);
  });

  it("refreshes a token about to expire once, through oauth.v2.access, before the sweeper's nudges go out", async () => {
    const coach = new Coach({ store: server.store, clock: clock.now, defaultTz: "Europe/London" });
    for (const user of ["UCARA", "UDEV"]) quickDebrief(new Driver(coach, { platform: "slack", tenant: A, user }, clock));
    const oldToken = oauth.tokenOf(A)!;
    // A's token now expires in 30 minutes: inside the two-hour window.
    server.store.db.prepare("UPDATE slack_installations SET bot_expires_at = ? WHERE install_id = ?").run(Math.floor(Date.now() / 1000) + 1800, A);
    oauth.refreshDelayMs = 200;
    const sentBefore = fake.callsOf("chat.postMessage").length;

    clock.set("2026-11-18T12:00:00Z");
    await server.sweeper.tick();
    const nudges = fake.callsOf("chat.postMessage").slice(sentBefore);
    expect(new Set(nudges.map((c) => c.args.channel))).toEqual(new Set(["UCARA", "UDEV"]));
    expect(nudges.length).toBeGreaterThanOrEqual(2);
    expect(oauth.refreshesOf(A)).toBe(1);
    expect(oauth.refreshesOf(B)).toBe(0);
    const newToken = oauth.tokenOf(A)!;
    expect(newToken).not.toBe(oldToken);
    for (const n of nudges) expect(n.token).toBe(newToken);

    // The refreshed token and its new expiry were saved (encrypted), so the next send needs no refresh.
    const stored = openSlackOAuthStores(server.store.db, KEY).installations.find({ kind: "team", id: A })!;
    expect(stored.botToken).toBe(newToken);
    expect(stored.botExpiresAt! * 1000).toBeGreaterThan(Date.now() + 11 * 3600_000);
    expect((await slack.event(dmEvent({ team: A, user: "UALICE", channel: "DALICE", text: "help" }))).status).toBe(200);
    await until(() => postsTo("DALICE").at(-1)?.token === newToken, "a reply with the refreshed token");
    expect(oauth.refreshesOf(A)).toBe(1);
  });

  it("`afterword sweep`, as its own process, takes each workspace's token from the installation store", async () => {
    const coach = new Coach({ store: server.store, clock: clock.now, defaultTz: "Europe/London" });
    quickDebrief(new Driver(coach, { platform: "slack", tenant: B, user: "UELLA" }, clock));
    const before = fake.callsOf("chat.postMessage").length;
    const run = await sweepCli("2026-11-19T12:00:00Z", { ...env, LOG_LEVEL: "silent" });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^[1-9]\d* sent,/);
    const sent = fake.callsOf("chat.postMessage").slice(before);
    expect(sent.filter((c) => c.args.channel === "UELLA").length).toBeGreaterThanOrEqual(1);
    for (const c of sent) expect(c.token).toBe(c.args.channel === "UELLA" ? oauth.tokenOf(B) : oauth.tokenOf(A));
  });

  it("keeps no token in the database file in plain text", () => {
    server.store.db.pragma("wal_checkpoint(PASSIVE)");
    const disk = onDisk();
    expect(disk).toContain(oauth.botUserIdOf(A)); // the file was read and holds the installations
    expect(oauth.issued.length).toBeGreaterThanOrEqual(6);
    for (const token of oauth.issued) {
      expect(disk).not.toContain(token);
      expect(disk).not.toContain(token.slice(-14));
    }
  });

  it("uninstalling one workspace removes its installation and data only, once, and leaves the other answering", async () => {
    expect(usersOf(A)).toBeGreaterThan(0);
    const bUsers = usersOf(B);
    expect(bUsers).toBeGreaterThan(0);

    // A tokens_revoked naming some other app's bot is not ours: nothing changes.
    const other = uninstallEvent(B, "tokens_revoked");
    other.event.tokens = { bot: ["USOMEONEELSE"] };
    expect((await slack.event(other)).status).toBe(200);

    expect((await slack.event(uninstallEvent(A, "app_uninstalled"))).status).toBe(200);
    await until(() => installations().length === 1, "A's installation to go");
    expect(installations()).toEqual([{ id: B, bot: oauth.botUserIdOf(B) }]);
    expect(usersOf(A)).toBe(0);
    expect(server.store.db.prepare("SELECT count(*) AS n FROM reminders r JOIN users u ON u.id = r.user_ref WHERE u.tenant = ?").get(A)).toEqual({ n: 0 });
    expect(usersOf(B)).toBe(bUsers);

    // Slack also sends tokens_revoked, and may redeliver: both find nothing more to delete.
    const revoked = uninstallEvent(A, "tokens_revoked");
    revoked.event.tokens = { bot: [oauth.botUserIdOf(A)] };
    expect((await slack.event(revoked)).status).toBe(200);
    expect((await slack.event(uninstallEvent(A, "app_uninstalled"))).status).toBe(200);
    expect(installations()).toHaveLength(1);
    expect(usersOf(B)).toBe(bUsers);

    // A is no longer served (no installation, so no token: Bolt's 401); B still is, with its own token.
    const sentToA = postsTo("DALICE").length;
    expect((await slack.event(dmEvent({ team: A, user: "UALICE", channel: "DALICE", text: "hello" }))).status).toBe(401);
    expect((await slack.event(dmEvent({ team: B, user: "UBOB", channel: "DBOB", text: "help" }))).status).toBe(200);
    await until(() => postsTo("DBOB").at(-1)?.args.text?.includes("I'm Afterword") === true, "B's answer to help");
    expect(postsTo("DBOB").at(-1)!.token).toBe(oauth.tokenOf(B));
    expect(postsTo("DALICE")).toHaveLength(sentToA);
    expect(usersOf(A)).toBe(0);
  });

  it("a revoked bot token in the other workspace removes it too", async () => {
    const revoked = uninstallEvent(B, "tokens_revoked");
    revoked.event.tokens = { oauth: [], bot: [oauth.botUserIdOf(B)] };
    expect((await slack.event(revoked)).status).toBe(200);
    await until(() => installations().length === 0, "B's installation to go");
    expect(usersOf(B)).toBe(0);
  });

  it("wrote no token or secret in any log line, at trace", async () => {
    const log = readFileSync(logPath, "utf8");
    expect(log).toContain("slack workspace installed"); // the log was written, at the level that shows SDK lines
    expect(log.split("\n").length).toBeGreaterThan(50);
    for (const secret of [...oauth.issued, oauth.clientSecret, STATE_SECRET, KEY]) {
      expect(log).not.toContain(secret);
      expect(log).not.toContain(secret.slice(-14));
    }
  });
});
