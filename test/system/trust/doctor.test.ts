// `afterword doctor` as an operator runs it: the built CLI, against real database files and the
// fake Slack API on loopback. It says what is fine (ok), what is worth knowing (note) and what
// to fix (FIX), and exits 1 when something needs fixing.
import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../../../src/store/store.js";
import { killAllServers, runCli } from "../../support/serve-child.js";
import { FakeSlackApi } from "../../support/slack/fake-slack-api.js";

let fake: FakeSlackApi;
let dir: string;
let closedPort: number;

beforeAll(async () => {
  fake = await new FakeSlackApi().start();
  dir = mkdtempSync(join(tmpdir(), "afterword-doctor-"));
  // A loopback port nothing listens on: Slack "unreachable".
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  closedPort = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
});
afterAll(async () => {
  killAllServers();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const db = (name: string) => join(dir, `${name}.db`);

describe("afterword doctor", () => {
  it("says the configuration and the database are fine, and notes a new empty database", async () => {
    const r = await runCli(["doctor"], { DATABASE_PATH: db("fine") });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok +configuration parses \(database .*fine\.db, default time zone UTC, Slack off, Teams off\)$/m);
    expect(r.stdout).toMatch(/^note +there was no database at .*fine\.db; an empty one was created/m);
    expect(r.stdout).toMatch(/^ok +database opens, migrations match, integrity ok, journal wal$/m);
    expect(r.stdout).toMatch(/^ok +database can be written$/m);
    expect(r.stdout).toMatch(/^ok +\d+ MB free on the database's disk$/m);
    expect(r.stdout).toMatch(/All good\.$/m);
    expect(r.stdout).not.toMatch(/^FIX/m);
  });

  it("names the broken variable and stops", async () => {
    const tz = await runCli(["doctor"], { DATABASE_PATH: db("broken"), AFTERWORD_TZ: "Mars/Olympus" });
    expect(tz.code).toBe(1);
    expect(tz.stderr).toMatch(/- AFTERWORD_TZ: is not an IANA time zone/);
    const token = await runCli(["doctor"], { DATABASE_PATH: db("broken"), SLACK_BOT_TOKEN: "not-a-bot-token", SLACK_API_URL: "http://127.0.0.1:1/nope" });
    expect(token.code).toBe(1);
    expect(token.stderr).toMatch(/- SLACK_BOT_TOKEN: must be a bot token starting with xoxb-/);
    expect(token.stderr).toMatch(/- SLACK_API_URL: must be the Web API base URL ending in \/api\//);
    expect(token.stderr).not.toContain("not-a-bot-token");
  });

  it("reports an unreachable Slack API as a note, not something to fix", async () => {
    const r = await runCli(["doctor"], {
      DATABASE_PATH: db("unreachable"),
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: "s3cret-signing",
      SLACK_API_URL: `http://127.0.0.1:${closedPort}/api/`,
    });
    expect(r.stdout).toMatch(/^note +Slack could not be reached from here \(.*ECONNREFUSED.*\); the token was not checked\.$/m);
    expect(r.stdout).not.toMatch(/^FIX/m);
    expect(r.code).toBe(0);
  });

  it("reports a token Slack rejects as FIX, and one it accepts as ok", async () => {
    const env = { DATABASE_PATH: db("slack"), SLACK_SIGNING_SECRET: "s3cret-signing", SLACK_API_URL: fake.url };
    const rejected = await runCli(["doctor"], { ...env, SLACK_BOT_TOKEN: "xoxb-revoked-token" });
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toMatch(/^FIX +Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)\. Reinstall the app and copy the Bot User OAuth Token\.$/m);
    expect(rejected.stdout).toMatch(/1 thing\(s\) to fix\./);
    expect(rejected.stdout).not.toContain("xoxb-revoked-token");
    const accepted = await runCli(["doctor"], { ...env, SLACK_BOT_TOKEN: fake.botToken });
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/^ok +Slack bot token works \(team Fake\)$/m);
    expect(accepted.stdout).toMatch(/^note +SLACK_SIGNING_SECRET is set; it can only be checked against a request Slack signs/m);
    const socket = await runCli(["doctor"], { DATABASE_PATH: db("slack"), SLACK_API_URL: fake.url, SLACK_BOT_TOKEN: fake.botToken, SLACK_APP_TOKEN: "xapp-wrong" });
    expect(socket.code).toBe(1);
    expect(socket.stdout).toMatch(/^FIX +Slack rejected SLACK_APP_TOKEN \(invalid_auth\)/m);
  });

  it("reports the last sweep, a failed one as FIX, and who holds the sweeper lease", async () => {
    const path = db("sweeps");
    const store = Store.open(path);
    store.write(() => {
      store.leases.setFact("last_sweep", { at: "2026-11-20T09:00:00.000Z", ok: false, error: "database is locked" }, Date.now());
      store.leases.acquire("sweeper", "serve-4242-abcd", 60_000, Date.now());
    });
    store.close();
    const r = await runCli(["doctor"], { DATABASE_PATH: path });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^FIX +last sweep 2026-11-20T09:00:00\.000Z failed: database is locked\./m);
    expect(r.stdout).toMatch(/^note +the sweeper lease is held by serve-4242-abcd$/m);
  });
});
