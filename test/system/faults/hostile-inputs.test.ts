// 1,000 malformed or hostile requests (seeded, so the same every run) against a real `afterword
// serve` with Slack over HTTP and Teams: random bytes, bodies over 1 MB, wrong content types,
// broken `payload=` JSON, unknown actions, actions naming another user's interview, letter and
// reminder ids, SQL and markdown injection, missing and mistyped fields, bad headers, odd paths
// and methods. Signed where they must pass Slack's signature check. None gets a 5xx; the victims'
// rows are exactly as before; every row that changed belongs to an attacker's own identity; no
// message reaches a victim; the server is still healthy and its log is still JSON lines.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coach } from "../../../src/core/coach.js";
import type { UserRef } from "../../../src/core/types.js";
import { sweep } from "../../../src/scheduler/sweep.js";
import { Store } from "../../../src/store/store.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { Driver, TestClock } from "../../support/temp-store.js";
import { FakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { startFakeConnector, type FakeConnector } from "../../support/teams/fake-connector.js";
import { hostileInputs, type Attack } from "../../support/hostile-inputs.js";
import { killAllServers, startServe, type ServeChild } from "../../support/serve-child.js";
import { GroupWriter } from "../../../src/store/group-writer.js";
import { closingFetch } from "../../support/http.js";

const SECRET = "hostile-signing-secret";
const SLACK_VICTIM: UserRef = { platform: "slack", tenant: "TSHARED", user: "UVICTIM" };
const TEAMS_VICTIM: UserRef = { platform: "teams", tenant: "tenant-shared", user: "aad-victim" };
// The server's tables that are its own, not any user's: the sweeper lease and the last sweep.
const SERVER_TABLES = new Set(["leases", "facts"]);

let fake: FakeSlackApi;
let connector: FakeConnector;
let dir: string;
let db: string;
let server: ServeChild;
let victimUserIds: number[];
let victimIds: { interviews: number[]; letters: number[]; reminders: number[] };

beforeAll(async () => {
  fake = await new FakeSlackApi().start();
  connector = await startFakeConnector();
  dir = mkdtempSync(join(tmpdir(), "afterword-hostile-"));
  db = join(dir, "afterword.db");
  // The victims' whole story, through the real engine: debriefs, plans, letters drafted by the
  // thank-you nudge. Dated two months ahead, so the server's sweeper has nothing of theirs due.
  const store = Store.open(db);
  const clock = new TestClock(new Date(Date.now() + 60 * 86_400_000));
  const coach = new Coach({ store, clock: clock.now, defaultTz: "UTC" });
  quickDebrief(new Driver(coach, SLACK_VICTIM, clock), { company: "Victimco", names: ["Vera Victim", "Val Victim"] });
  quickDebrief(new Driver(coach, TEAMS_VICTIM, clock), { company: "Teamsvictim", names: ["Tess Victim"] });
  clock.advance(86_400_000);
  const port = (platform: "slack" | "teams") => ({ platform, send: async () => ({ id: "m" }) });
  await sweep({ store, writer: new GroupWriter(store), coach, ports: { slack: port("slack"), teams: port("teams") }, holder: "seed" }, clock.now());
  victimUserIds = [SLACK_VICTIM, TEAMS_VICTIM].map((r) => store.users.find(r)!.id);
  const ids = (sql: string) => (store.db.prepare(sql).all(...victimUserIds) as { id: number }[]).map((r) => r.id);
  victimIds = {
    interviews: ids("SELECT id FROM interviews WHERE user_ref IN (?, ?)"),
    letters: ids("SELECT l.id FROM letters l JOIN interviews i ON i.id = l.interview_id WHERE i.user_ref IN (?, ?)"),
    reminders: ids("SELECT id FROM reminders WHERE user_ref IN (?, ?)"),
  };
  store.close();
  server = await startServe({
    DATABASE_PATH: db,
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.url,
    TEAMS_UNAUTHENTICATED: "true",
  });
});
afterAll(async () => {
  killAllServers();
  await fake?.close();
  await connector?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, as JSON strings per table. */
function rowsByTable(store: Store): Map<string, string[]> {
  const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  return new Map(tables.filter((t) => !SERVER_TABLES.has(t.name)).map((t) => [t.name, (store.db.prepare(`SELECT * FROM "${t.name}"`).all() as unknown[]).map((r) => JSON.stringify(r))]));
}

/** The user row a table row belongs to. */
function ownerOf(store: Store, table: string, row: Record<string, any>): number | undefined {
  const interviewOwner = (id: number) => (store.db.prepare("SELECT user_ref FROM interviews WHERE id = ?").get(id) as { user_ref: number } | undefined)?.user_ref;
  if (table === "users") return row.id;
  if ("user_ref" in row) return row.user_ref;
  if ("interview_id" in row) return interviewOwner(row.interview_id);
  return undefined;
}

async function send(url: string, a: Attack): Promise<number | string> {
  try {
    const res = await closingFetch(url + a.path, {
      method: a.method,
      headers: a.headers,
      ...(a.body !== undefined && a.method !== "GET" && a.method !== "HEAD" ? { body: a.body as BodyInit } : {}),
      redirect: "manual",
      signal: AbortSignal.timeout(15_000),
    });
    await res.arrayBuffer();
    return res.status;
  } catch (err) {
    return `error: ${(err as Error).message} ${(err as { cause?: { code?: string } }).cause?.code ?? ""}`;
  }
}

describe("1,000 hostile and malformed requests", () => {
  it("get no 5xx and change nothing of anyone else's", async () => {
    const before = Store.open(db);
    const snapshot = rowsByTable(before);
    before.close();

    const attacks = hostileInputs({
      secret: SECRET,
      serviceUrl: connector.serviceUrl,
      victim: victimIds,
      slackTeam: SLACK_VICTIM.tenant,
      slackAttacker: "UATTACKER",
      evilTeam: "TEVIL",
      teamsTenant: TEAMS_VICTIM.tenant,
      teamsAttacker: "aad-attacker",
    });
    expect(attacks).toHaveLength(1000);
    const results: { kind: string; status: number | string; attack: Attack }[] = [];
    const queue = [...attacks];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        for (let a = queue.shift(); a; a = queue.shift()) results.push({ kind: a.kind, status: await send(server.url, a), attack: a });
      }),
    );
    const byStatus: Record<string, number> = {};
    const byKind: Record<string, Record<string, number>> = {};
    for (const r of results) {
      byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      (byKind[r.kind] ??= {})[r.status] = (byKind[r.kind]![r.status] ?? 0) + 1;
    }
    if (process.env.SHOW_FAULTS) console.log(JSON.stringify({ byStatus, byKind }, null, 1));
    const bad = results.filter((r) => typeof r.status !== "number" || r.status >= 500).map(({ kind, status, attack }) => ({ kind, status, body: String(attack.body).slice(0, 1500) }));
    if (process.env.SHOW_FAULTS) console.log(server.lines().filter((l) => l.level >= 50).map((l) => JSON.stringify(l).slice(0, 600)).join("\n"));
    expect(bad, JSON.stringify(byKind)).toEqual([]);

    // Still up and healthy. Then stopped the way a deploy stops it: it finishes the turns and the
    // replies still being posted, so everything below is read once the server is quiet for good
    // (not after a guessed pause).
    expect((await closingFetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await server.stop()).toMatchObject({ code: 0 });

    const after = Store.open(db);
    try {
      const now = rowsByTable(after);
      for (const [table, rows] of snapshot) {
        const kept = new Set(now.get(table));
        // Every row that existed (the victims' whole history) is still there, unchanged.
        expect(rows.filter((r) => !kept.has(r)), `${table}: rows changed or deleted`).toEqual([]);
      }
      for (const [table, rows] of now) {
        const old = new Set(snapshot.get(table));
        for (const r of rows.filter((x) => !old.has(x))) {
          // Every new row is an attacker's own: their legitimate turns, under their own identity.
          const owner = ownerOf(after, table, JSON.parse(r));
          expect(owner, `${table} row ${r.slice(0, 200)} has no owner`).toBeDefined();
          expect(victimUserIds, `${table} row ${r.slice(0, 200)} belongs to a victim`).not.toContain(owner);
        }
      }
      expect(after.db.pragma("integrity_check", { simple: true })).toBe("ok");
      const attackers = after.db.prepare("SELECT count(*) AS n FROM users WHERE id NOT IN (?, ?)").get(...victimUserIds) as { n: number };
      expect(attackers.n).toBeGreaterThan(0);
    } finally {
      after.close();
    }

    // Nothing was posted to a victim, and nothing Slack would refuse was posted at all.
    expect(fake.callsOf("chat.postMessage").filter((c) => c.args.channel === "DVICTIM")).toEqual([]);
    expect(fake.callsOf("views.publish").filter((c) => c.args.user_id === "UVICTIM")).toEqual([]);
    expect(fake.rejected).toEqual([]);
    expect(connector.activities.filter((a) => !a.conversationId.startsWith("a:attacker"))).toEqual([]);
    // Still JSON lines, and nothing fatal.
    expect(server.lines().filter((l) => "raw" in l)).toEqual([]);
    expect(server.lines().filter((l) => l.level >= 60)).toEqual([]);
  });
});
