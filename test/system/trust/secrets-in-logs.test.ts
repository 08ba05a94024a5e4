// Secrets stay secret: a whole Slack journey (debrief with distinctive answers, the thank-you
// nudge sent by the server's own sweeper, a letter edited with a distinctive phrase, letters
// marked sent, App Home) and a Teams conversation run through a real `afterword serve` child at
// LOG_LEVEL=trace, with failures on the way (a dropped connection to Slack, a Slack API error,
// forged and stale signatures). A second server runs Teams with real credentials and refuses an
// unauthenticated request. Then the logs are read: every line is JSON; no token, signing
// secret, app password, signature, answer or letter text appears; request ids are on the lines
// about requests, echoed to callers, and carried onto the replies those requests queued.
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SlackActionIds } from "../../../adapters/slack/render-block-kit.js";
import { Actions } from "../../../src/core/actions.js";
import { Store } from "../../../src/store/store.js";
import { killAllServers, runCli, startServe, until, type ServeChild } from "../../support/serve-child.js";
import { zoneInDaytime } from "../../support/daytime-zone.js";
import { AFTER_FORM, SlackPerson, typedDebrief } from "../../support/slack/slack-person.js";
import { FakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { lettersIn } from "../../support/slack/full-debrief.js";
import { homeOpened } from "../../support/slack/payloads.js";
import { SlackSender } from "../../support/slack/slack-requests.js";
import { startFakeConnector, type FakeConnector } from "../../support/teams/fake-connector.js";
import type { TeamsServer } from "../../support/teams/teams-server.js";
import { TeamsUser } from "../../support/teams/teams-user.js";
import { closingFetch } from "../../support/http.js";

const BOT_TOKEN = "xoxb-4242-SECRET-BOT-TOKEN-q7f3kz";
const SIGNING_SECRET = "SIGNING-SECRET-zebra-5531";
const APP_PASSWORD = "APP-PASSWORD-SECRET-kiwi-7731";
const ANSWER_MARK = "PERSIMMON8813";
const LETTER_PHRASE = "MARMALADE-LETTER-PHRASE-6604";
const TEAMS_MARK = "TEAMSPLUM5521";
const TEAM = "TLOGS";

let fake: FakeSlackApi;
let connector: FakeConnector;
let proxy: Server;
let proxyUrl: string;
/** Slack API methods whose next calls the proxy cuts off mid-request, as a dropped connection would. */
const drop = new Map<string, number>();
let dir: string;

beforeAll(async () => {
  fake = await new FakeSlackApi().start();
  fake.botToken = BOT_TOKEN;
  connector = await startFakeConnector();
  // A proxy in front of the fake Slack API that can drop connections.
  proxy = createServer((req, res) => {
    const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0]!;
    const left = drop.get(method) ?? 0;
    if (left > 0) {
      drop.set(method, left - 1);
      req.socket.destroy();
      return;
    }
    const upstream = request({ host: "127.0.0.1", port: fake.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api/`;
  dir = mkdtempSync(join(tmpdir(), "afterword-logs-"));
});
afterAll(async () => {
  killAllServers();
  proxy?.closeAllConnections();
  await new Promise<void>((r) => (proxy ? proxy.close(() => r()) : r()));
  await fake?.close();
  await connector?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A TeamsServer-shaped client for the child's /api/messages. */
function teamsClient(url: string): TeamsServer {
  const post = async (activity: unknown, headers: Record<string, string> = {}) => {
    const res = await closingFetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer emulator", ...headers }, body: JSON.stringify(activity) });
    return { status: res.status, body: await res.text() };
  };
  return { url, post } as unknown as TeamsServer;
}

async function slackJourney(server: ServeChild, db: string): Promise<void> {
  const slack = new SlackSender(`${server.url}/slack/events`, SIGNING_SECRET);
  const sam = new SlackPerson(slack, fake, TEAM, "ULOGSAM");
  fake.users.set(sam.user, { tz: zoneInDaytime(), real_name: "Sam Rivera" });

  expect((await sam.startDebrief("Acme, Staff Engineer, with Dana Li")).status).toBe(200);
  await sam.waitForPost(AFTER_FORM);
  for (const a of typedDebrief(ANSWER_MARK)) expect((await sam.say(a.text)).status).toBe(200);
  await sam.waitForPost(/Looks right/);
  expect((await sam.press(Actions.confirm)).status).toBe(200);
  await sam.waitForPost(/Saved\. Here's the plan/);

  // The nudges come due now, the reflect and then the thank-you: the server's own sweeper (every second here) sends them.
  const store = Store.open(db);
  const user = store.users.find({ platform: "slack", tenant: TEAM, user: sam.user })!;
  const dueNow = (kind: string) => store.write(() => store.db.prepare("UPDATE reminders SET due_at = ? WHERE user_ref = ? AND kind = ?").run(Date.now() - 60_000, user.id, kind));
  dueNow("reflect");
  await until(() => sam.posts().some((p) => /^Time to look back on your interview/.test(p.args.text ?? "")), "the reflect nudge");
  dueNow("thanks");
  store.close();
  await until(() => lettersIn(sam.posts()).length > 0, "the thank-you nudge with its letter");
  const letters = lettersIn(sam.posts());
  expect(letters.map((l) => l.to)).toEqual(["Dana Li"]);

  // A Slack API error on one reply, and a connection dropped three times (every retry) on App Home.
  fake.fail("chat.postMessage", { error: "channel_not_found", channel: sam.channel });
  expect((await sam.say("settings")).status).toBe(200);
  await until(() => !fake.failures.get("chat.postMessage")?.length, "the failing reply");
  drop.set("views.publish", 3);
  expect((await slack.event(homeOpened({ team: TEAM, user: sam.user }))).status).toBe(200);
  await until(() => (drop.get("views.publish") ?? 0) === 0, "the dropped App Home publishes");

  // The letter editor: edited with a distinctive phrase, saved, then both marked sent.
  expect((await sam.press(SlackActionIds.letterEdit, letters[0]!.letterId)).status).toBe(200);
  await until(() => fake.callsOf("views.open").length > 0, "the letter editor");
  const saved = await sam.submitLetter(letters[0]!.letterId, ["Dear Dana,", `${LETTER_PHRASE}: thank you for walking me through the billing migration.`, "Best regards,\nSam Rivera"]);
  expect(saved.status).toBe(200);
  await sam.waitForPost(/Saved your version/);
  expect((await sam.press(Actions.letterSent, letters[0]!.letterId)).status).toBe(200);
  await sam.waitForPost(/All thank-you notes are out/);

  // Forged and stale signatures.
  expect((await slack.command({ team_id: TEAM, user_id: sam.user, command: "/interview-done", text: ANSWER_MARK, trigger_id: "t" }, { secret: "wrong-secret" })).status).toBe(401);
  expect((await sam.say(`stale ${ANSWER_MARK}`, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);

  const check = Store.open(db);
  try {
    // Not vacuous: the answers and the letter are stored (and shown to the user), just never logged.
    const dump = JSON.stringify(check.db.prepare("SELECT value FROM debrief_answers").all()) + JSON.stringify(check.db.prepare("SELECT body FROM letters").all());
    expect(dump).toContain(ANSWER_MARK);
    expect(dump).toContain(LETTER_PHRASE);
  } finally {
    check.close();
  }
}

async function teamsJourney(server: ServeChild): Promise<void> {
  const user = new TeamsUser(teamsClient(server.url), connector, {
    tenant: "tenant-logs",
    aad: "aad-logs-0001",
    teamsId: "29:logs-user",
    name: "Tess Logs",
    conversation: "a:logs-chat",
    tz: "Europe/London",
  });
  await user.say("interview-done Globex, Designer, with Ann Lee");
  expect(user.lastText()).toMatch(/Your interview/);
  await user.click("Continue", { time: "10:00", stage: `final round ${TEAMS_MARK}` });
  expect(user.lastText()).toMatch(/phone, on video or on site/);
  await user.click("Video");
  expect(user.lastText()).toMatch(/Ann Lee/);
}

function checkLogs(output: string, secrets: string[]): Record<string, any>[] {
  const lines = output.split("\n").filter((l) => l.trim());
  const parsed = lines.map((l) => {
    try {
      return JSON.parse(l) as Record<string, any>;
    } catch {
      throw new Error(`a log line is not JSON: ${l.slice(0, 300)}`);
    }
  });
  for (const s of secrets) expect(output.includes(s), `the log contains ${s}`).toBe(false);
  expect(output).not.toMatch(/v0=[0-9a-f]{64}/);
  expect(output).not.toMatch(/Bearer [A-Za-z0-9]/);
  return parsed;
}

describe("secrets stay secret", () => {
  it("a full Slack and Teams run at LOG_LEVEL=trace logs JSON lines with request ids and no token, secret, signature, answer or letter text", async () => {
    const db = join(dir, "journey.db");
    const server = await startServe({
      DATABASE_PATH: db,
      LOG_LEVEL: "trace",
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: proxyUrl,
      TEAMS_UNAUTHENTICATED: "true",
      SWEEP_INTERVAL_SECONDS: "1",
    });
    await slackJourney(server, db);
    await teamsJourney(server);
    const health = await closingFetch(`${server.url}/healthz`, { headers: { "x-request-id": "health-check-77" } });
    expect(health.headers.get("x-request-id")).toBe("health-check-77");
    const generated = await closingFetch(`${server.url}/healthz`, { headers: { "x-request-id": "bad id\twith tab" } });
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await server.stop()).toMatchObject({ code: 0 });

    const lines = checkLogs(server.output(), [BOT_TOKEN, SIGNING_SECRET, ANSWER_MARK, LETTER_PHRASE, TEAMS_MARK, "Dear Dana", "billing migration"]);
    // The run did log, at every level down to trace, including the failures (the lines below name
    // each kind). The count is only a floor: the Web API client's fast path writes no debug copy of
    // each call, so a run logs about 120 lines where it logged over 200.
    expect(lines.length).toBeGreaterThan(80);
    expect(lines.some((l) => l.level === 10 && l.component === "slack-sdk")).toBe(true);
    expect(lines.some((l) => /payload omitted/.test(l.msg ?? ""))).toBe(true);
    expect(lines.some((l) => l.msg === "slack background task failed" && l.err?.code === "slack_webapi_request_error")).toBe(true);
    expect(lines.some((l) => l.msg === "nudge sent")).toBe(true);
    expect(lines.some((l) => l.msg === "could not post a reply to Slack" && l.err?.slackError === "channel_not_found")).toBe(true);
    expect(lines.some((l) => /Request verification failed/.test(l.msg ?? ""))).toBe(true);
    // Request ids: on every request line, on the adapters' own lines, on the health check's.
    const requests = lines.filter((l) => l.msg === "request");
    // The journey is shorter since the debrief asks fewer questions; still plenty of requests.
    expect(requests.length).toBeGreaterThan(15);
    expect(requests.every((l) => typeof l.reqId === "string" && l.reqId.length > 0)).toBe(true);
    expect(lines.some((l) => l.reqId === "health-check-77" && l.path === "/healthz")).toBe(true);
    expect(lines.some((l) => l.adapter === "slack" && l.component === "slack-sdk" && l.reqId)).toBe(true);
    expect(lines.some((l) => l.msg === "teams turn" && l.reqId)).toBe(true);
    const teamsRequest = lines.find((l) => l.msg === "request" && l.path === "/api/messages")!;
    expect(lines.some((l) => l.msg !== "request" && l.reqId === teamsRequest.reqId)).toBe(true);
    // A reply posted after the 200 still carries the id of the request that queued it.
    // (The Web API client's fast path writes no line per call; the reply that failed says so with the id.)
    expect(lines.some((l) => l.msg === "could not post a reply to Slack" && typeof l.reqId === "string" && l.reqId.length > 0)).toBe(true);
  });

  it("Teams with real credentials refuses an unauthenticated request without logging the app password, and doctor prints no secret", async () => {
    const env = {
      DATABASE_PATH: join(dir, "credentials.db"),
      LOG_LEVEL: "trace",
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.url,
      MicrosoftAppId: "00000000-0000-4000-8000-0000000a11ce",
      MicrosoftAppPassword: APP_PASSWORD,
    };
    const server = await startServe(env);
    const activity = {
      type: "message",
      id: "unauth-1",
      channelId: "msteams",
      serviceUrl: connector.serviceUrl,
      from: { id: "29:x", aadObjectId: "aad-x" },
      conversation: { id: "a:x", conversationType: "personal", tenantId: "t" },
      recipient: { id: "28:bot" },
      text: `hello ${TEAMS_MARK}`,
    };
    const res = await closingFetch(`${server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
    expect(res.status).toBe(401);
    expect(await server.stop()).toMatchObject({ code: 0 });
    const lines = checkLogs(server.output(), [BOT_TOKEN, SIGNING_SECRET, APP_PASSWORD, TEAMS_MARK]);
    expect(lines.some((l) => l.level >= 40 && /Unauthorized/.test(JSON.stringify(l)))).toBe(true);

    const doctor = await runCli(["doctor"], env);
    expect(doctor.stdout).toMatch(/ok +Slack bot token works/);
    for (const s of [BOT_TOKEN, SIGNING_SECRET, APP_PASSWORD]) expect(doctor.stdout + doctor.stderr).not.toContain(s);
  });
});
