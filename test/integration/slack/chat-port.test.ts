// The Slack ChatPort on its own and under the real sweeper: where nudges go, how a 429 and a
// gone account come back through the SendError contract, and what the sweeper does with them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSlackChatPort } from "../../../adapters/slack/create-slack-adapter.js";
import { loadConfig } from "../../../src/config.js";
import { SendError, type Block, type ChatPort } from "../../../src/core/types.js";
import { createLogger } from "../../../src/logger.js";
import { sweep } from "../../../src/scheduler/sweep.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { Driver, tempCoach } from "../../support/temp-store.js";
import { FakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { GroupWriter } from "../../../src/store/group-writer.js";

let fake: FakeSlackApi;
let port: ChatPort;
const logger = createLogger("silent", "none");
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  fake = await new FakeSlackApi().start();
  const config = loadConfig({ SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: "s", SLACK_API_URL: fake.url, LOG_LEVEL: "silent" });
  port = createSlackChatPort(config, undefined, logger, { retryConfig: { retries: 0 } });
});
afterAll(async () => fake?.close());
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
  fake.reset();
  fake.failures.clear();
});

const hello = { text: "Time to send your thank-you notes", blocks: [{ type: "text", markdown: "Good morning." } as Block] };

async function sendError(p: Promise<unknown>): Promise<SendError> {
  const err = await p.then(() => undefined, (e) => e);
  expect(err).toBeInstanceOf(SendError);
  return err as SendError;
}

describe("Slack ChatPort", () => {
  it("posts to the DM channel in the address with the bot token", async () => {
    const res = await port.send("slack:TONE:DSAM", hello);
    expect(res.id).toMatch(/^\d+\.\d+$/);
    expect(fake.callsOf("chat.postMessage")[0]).toMatchObject({ token: fake.botToken, args: { channel: "DSAM", text: hello.text } });
  });

  it("turns a 429 into a retry after Slack's Retry-After, at once and without holding up another workspace", async () => {
    // Ten minutes: had the client waited for it (or paused its queue), this test would time out.
    fake.fail("chat.postMessage", { retryAfter: 600, channel: "DBUSY" });
    const started = Date.now();
    const err = await sendError(port.send("slack:TBUSY:DBUSY", hello));
    expect(err).toMatchObject({ kind: "retry", retryAfterMs: 600_000 });
    await port.send("slack:TOTHER:DOTHER", hello);
    expect(fake.callsOf("chat.postMessage").map((c) => c.args.channel)).toEqual(["DBUSY", "DOTHER"]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("treats a gone account or DM as permanent, and a refused token or workspace access as the operator's credentials", async () => {
    for (const error of ["account_inactive", "channel_not_found", "not_in_channel", "user_not_found", "cannot_dm_bot", "is_archived"]) {
      fake.fail("chat.postMessage", { error });
      const err = await sendError(port.send("slack:TONE:DSAM", hello));
      expect([error, err.kind]).toEqual([error, "permanent"]);
      expect(err.message).toContain(error);
    }
    for (const error of ["invalid_auth", "not_authed", "token_revoked", "token_expired", "team_access_not_granted", "missing_scope"]) {
      fake.fail("chat.postMessage", { error });
      const err = await sendError(port.send("slack:TONE:DSAM", hello));
      expect([error, err.kind]).toEqual([error, "credentials"]);
      expect(err.message).toContain(error);
    }
    expect((await sendError(port.send("teams:x:y", hello))).kind).toBe("permanent");
  });

  it("treats Slack's own trouble as worth retrying", async () => {
    fake.fail("chat.postMessage", { error: "internal_error" });
    expect(await sendError(port.send("slack:TONE:DSAM", hello))).toMatchObject({ kind: "retry", retryAfterMs: undefined });
  });

  it("splits a nudge over 50 blocks into several messages Slack accepts", async () => {
    const blocks: Block[] = Array.from({ length: 75 }, (_, i) => ({ type: "text", markdown: `Point ${i}` }));
    await port.send("slack:TONE:DSAM", { text: "Lots", blocks });
    expect(fake.callsOf("chat.postMessage")).toHaveLength(2);
    expect(fake.rejected).toEqual([]);
  });
});

describe("the sweeper with the Slack ChatPort", () => {
  function debriefed(user: string) {
    const t = tempCoach("2026-11-17T15:00:00Z", "Europe/Berlin");
    cleanups.push(t.cleanup);
    const ref = { platform: "slack" as const, tenant: "TPORT", user };
    quickDebrief(new Driver(t.coach, ref, t.clock, "Europe/Berlin"));
    const row = t.store.write(() => t.store.users.upsert(ref, { address: `slack:TPORT:D${user}` }, t.clock.now().getTime()));
    const first = t.store.reminders.upcomingForUser(row.id)[0]!;
    return { ...t, ref, row, first };
  }

  it("reschedules a nudge Slack rate-limited until after Retry-After, then delivers it", async () => {
    const { coach, store, first } = debriefed("UPAT");
    fake.fail("chat.postMessage", { retryAfter: 120 });
    const at = new Date(first.dueAt);
    const r1 = await sweep({ store, writer: new GroupWriter(store), coach, ports: { slack: port }, holder: "t1", random: () => 0.5 }, at);
    expect(r1).toMatchObject({ sent: 0, retried: 1 });
    const after = store.reminders.byId(first.id)!;
    expect(after.status).toBe("pending");
    expect(after.lastError).toMatch(/rate-limiting/);
    // Not before Retry-After (120 s) has passed…
    const early = await sweep({ store, writer: new GroupWriter(store), coach, ports: { slack: port }, holder: "t2" }, new Date(at.getTime() + 90_000));
    expect(early.sent).toBe(0);
    expect(fake.callsOf("chat.postMessage")).toHaveLength(1);
    // …and delivered after it.
    const r2 = await sweep({ store, writer: new GroupWriter(store), coach, ports: { slack: port }, holder: "t3" }, new Date(at.getTime() + 121_000));
    expect(r2.sent).toBe(1);
    expect(store.reminders.byId(first.id)!.status).toBe("sent");
    expect(fake.callsOf("chat.postMessage").every((c) => c.args.channel === "DUPAT")).toBe(true);
  });

  it("stops a user's nudges when Slack says the account is inactive", async () => {
    const { coach, store, first, row } = debriefed("UGONE");
    fake.fail("chat.postMessage", { error: "account_inactive" });
    const r = await sweep({ store, writer: new GroupWriter(store), coach, ports: { slack: port }, holder: "t4" }, new Date(first.dueAt));
    expect(r.dead).toBe(1);
    expect(store.users.byId(row.id)!.stopped).toMatch(/account_inactive/);
    expect(store.reminders.upcomingForUser(row.id)).toEqual([]);
    const later = await sweep({ store, writer: new GroupWriter(store), coach, ports: { slack: port }, holder: "t5" }, new Date(first.dueAt + 30 * 86_400_000));
    expect(later.sent).toBe(0);
    expect(fake.callsOf("chat.postMessage")).toHaveLength(1);
  });
});
