// The real Bolt app over HTTP on 127.0.0.1 with a recording coach: what reaches the engine,
// what is refused at the edge, and what is posted back to the fake Slack API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { COMMAND_ACK, COMMAND_FAILED } from "../../../adapters/slack/register-listeners.js";
import { SlackActionIds } from "../../../adapters/slack/render-block-kit.js";
import { readLetterModal } from "../../../adapters/slack/render-letter-modal.js";
import { StorageUnavailableError } from "../../../src/core/coach.js";
import { startHarness, type Harness } from "../../support/slack/harness.js";
import { buttonClick, commandFields, dmEvent, homeOpened, letterSubmission, uid, uninstallEvent } from "../../support/slack/payloads.js";
import { RecordingCoach } from "../../support/slack/recording-coach.js";

let h: Harness;
let coach: RecordingCoach;
const count = (table: string) => (h.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeAll(async () => {
  h = await startHarness({ mode: "http", makeCoach: (store) => new RecordingCoach(store) });
  coach = h.coach as RecordingCoach;
  h.fake.users.set("UALICE", { tz: "Europe/Berlin", real_name: "Alice Keller" });
  h.fake.users.set("UBOB", { tz: "America/Chicago", real_name: "Bob Ortiz" });
});
afterAll(async () => h?.close());
beforeEach(() => {
  h.fake.reset();
  coach.events.length = 0;
  coach.applied.length = 0;
});

describe("slash command", () => {
  it("acks at once with an ephemeral line, opens the DM, hands the coach the command with tz and name, and replies in the DM", async () => {
    const fields = commandFields({ team: "TONE", user: "UALICE", text: "Acme, <mailto:ana@acme.io|ana@acme.io>" });
    const res = await h.slack.command(fields);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ response_type: "ephemeral", text: COMMAND_ACK });
    await h.adapter.idle();
    expect(coach.applied).toHaveLength(1);
    expect(coach.applied[0]).toMatchObject({
      kind: "command",
      name: "interview-done",
      args: "Acme, ana@acme.io",
      from: { platform: "slack", tenant: "TONE", user: "UALICE" },
      id: fields.trigger_id,
      address: "slack:TONE:DALICE",
      tz: "Europe/Berlin",
      displayName: "Alice Keller",
    });
    expect(h.fake.callsOf("conversations.open")[0]!.args.users).toBe("UALICE");
    const posts = h.fake.callsOf("chat.postMessage");
    expect(posts.map((p) => p.args.channel)).toEqual(["DALICE"]);
    expect(h.store.users.find({ platform: "slack", tenant: "TONE", user: "UALICE" })).toMatchObject({ address: "slack:TONE:DALICE", tz: "Europe/Berlin" });
  });

  it("tells the user in the DM when the command could not be started", async () => {
    coach.answer = () => {
      throw new StorageUnavailableError(new Error("SQLITE_BUSY"));
    };
    const res = await h.slack.command(commandFields({ team: "TONE", user: "UALICE", text: "Acme" }));
    expect(res.status).toBe(200);
    await h.adapter.idle();
    coach.answer = (e) => [{ text: `got ${e.kind}`, blocks: [] }];
    expect(h.fake.callsOf("chat.postMessage").map((c) => c.args.text)).toEqual([COMMAND_FAILED]);
    h.fake.reset();
  });

  it("uses the cached DM and skips users.info while the time zone is fresh", async () => {
    await h.slack.command(commandFields({ team: "TONE", user: "UALICE", text: "" }));
    await h.adapter.idle();
    expect(h.fake.callsOf("conversations.open")).toHaveLength(0);
    expect(h.fake.callsOf("users.info")).toHaveLength(0);
    expect(coach.applied[0]).toMatchObject({ kind: "command", args: "", address: "slack:TONE:DALICE" });
  });
});

describe("DM messages", () => {
  it("turns the user's DM into a text event, committed before the 200, and replies in order", async () => {
    coach.answer = (e) => [1, 2, 3].map((i) => ({ text: `reply ${i} to ${(e as any).text}`, blocks: [] }));
    const body = dmEvent({ team: "TONE", user: "UALICE", channel: "DALICE", text: "It went &amp; well &lt;3" });
    const res = await h.slack.event(body);
    expect(res.status).toBe(200);
    // Committed before Slack got its 200: the delivery id is already in the database.
    expect(h.store.db.prepare("SELECT 1 FROM deliveries WHERE delivery_id = ?").get(body.event_id)).toBeTruthy();
    await h.adapter.idle();
    expect(coach.applied).toEqual([expect.objectContaining({ kind: "text", text: "It went & well <3", id: body.event_id, address: "slack:TONE:DALICE" })]);
    expect(h.fake.callsOf("chat.postMessage").map((c) => c.args.text)).toEqual([1, 2, 3].map((i) => `reply ${i} to It went & well <3`));
    coach.answer = (e) => [{ text: `got ${e.kind}`, blocks: [] }];
  });

  it("does not hold Slack's 200 on a slow users.info for a user it has no time zone for", async () => {
    h.fake.users.set("USLOW", { tz: "Asia/Tokyo", real_name: "Slow Profile" });
    let release!: () => void;
    let answered = false;
    const held = new Promise<void>((r) => (release = r)).then(() => void (answered = true));
    // Released by the test once it has its 200 (or after a while, so a regression fails instead of hanging).
    const backstop = setTimeout(() => release(), 20_000);
    h.fake.fail("users.info", { until: held });
    try {
      const res = await h.slack.event(dmEvent({ team: "TONE", user: "USLOW", channel: "DSLOW", text: "hi" }));
      expect(res.status).toBe(200);
      expect(answered, "Slack's 200 waited for users.info").toBe(false);
      expect(coach.applied.at(-1)).toMatchObject({ kind: "text", from: { user: "USLOW" } });
      expect(coach.applied.at(-1)!.tz).toBeUndefined();
    } finally {
      clearTimeout(backstop);
      release();
    }
    await h.adapter.idle();
  });

  it("ignores its own messages, other bots, edits and channel messages", async () => {
    const ignored = [
      dmEvent({ team: "TONE", user: h.fake.botUserId, channel: "DALICE", text: "my own reply" }),
      dmEvent({ team: "TONE", user: "UOTHERBOT", channel: "DALICE", text: "beep", botId: "BOTHER" }),
      dmEvent({ team: "TONE", user: "UALICE", channel: "DALICE", text: "edited", subtype: "message_changed" }),
      { ...dmEvent({ team: "TONE", user: "UALICE", channel: "C123", text: "in a channel" }), event: { ...dmEvent({ team: "TONE", user: "UALICE", channel: "C123", text: "x" }).event, channel_type: "channel" } },
    ];
    for (const body of ignored) expect((await h.slack.event(body)).status).toBe(200);
    await h.adapter.idle();
    expect(coach.events).toEqual([]);
    expect(h.fake.callsOf("chat.postMessage")).toEqual([]);
  });

  it("applies a redelivered event once: the original and three retries, two of them concurrent", async () => {
    const body = dmEvent({ team: "TONE", user: "UALICE", channel: "DALICE", text: "Acme" });
    expect((await h.slack.event(body)).status).toBe(200);
    expect((await h.slack.event(body, { retryNum: 1 })).status).toBe(200);
    const [a, b] = await Promise.all([h.slack.event(body, { retryNum: 2 }), h.slack.event(body, { retryNum: 3 })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await h.adapter.idle();
    expect(coach.applied).toHaveLength(1);
    expect(h.fake.callsOf("chat.postMessage")).toHaveLength(1);
  });

  it("still applies a redelivery once when this process never saw the original (the coach dedups by id)", async () => {
    const body = dmEvent({ team: "TONE", user: "UALICE", channel: "DALICE", text: "hello" });
    coach.handle({ kind: "text", text: "hello", from: { platform: "slack", tenant: "TONE", user: "UALICE" }, at: new Date(), id: body.event_id });
    coach.applied.length = 0;
    expect((await h.slack.event(body, { retryNum: 1 })).status).toBe(200);
    await h.adapter.idle();
    expect(coach.applied).toHaveLength(0);
    expect(h.fake.callsOf("chat.postMessage")).toHaveLength(0);
  });

  it("answers 500 when the turn could not be committed, so Slack's retry applies it", async () => {
    const body = dmEvent({ team: "TONE", user: "UALICE", channel: "DALICE", text: "busy?" });
    coach.answer = () => {
      throw new StorageUnavailableError(new Error("SQLITE_BUSY"));
    };
    expect((await h.slack.event(body)).status).toBe(500);
    expect(h.store.db.prepare("SELECT 1 FROM deliveries WHERE delivery_id = ?").get(body.event_id)).toBeUndefined();
    coach.answer = (e) => [{ text: `got ${e.kind}`, blocks: [] }];
    expect((await h.slack.event(body, { retryNum: 1 })).status).toBe(200);
    await h.adapter.idle();
    expect(coach.applied.map((e) => e.id)).toEqual([body.event_id]);
    expect(h.fake.callsOf("chat.postMessage")).toHaveLength(1);
  });

  it("waits for Retry-After when Slack rate-limits a reply, then posts it", async () => {
    h.fake.fail("chat.postMessage", { retryAfter: 1 });
    await h.slack.event(dmEvent({ team: "TONE", user: "UALICE", channel: "DALICE", text: "again" }));
    await h.adapter.idle();
    const posts = h.fake.callsOf("chat.postMessage");
    expect(posts).toHaveLength(2);
    expect(posts[1]!.args.text).toBe(posts[0]!.args.text);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(950);
  });
});

describe("refused at the edge", () => {
  const fresh = () => dmEvent({ team: "TEDGE", user: "UEVE", channel: "DEVE", text: "sneaky" });
  const before = () => ({ users: count("users"), deliveries: count("deliveries") });

  // Stamped when each request is sent, a minute past the five-minute window either way, so a slow
  // machine cannot carry a stamp back inside it; edge-guard.test.ts checks the exact edge with a
  // frozen clock.
  it("refuses a forged signature, a stale timestamp and a future one with 401 and stores nothing", async () => {
    const start = before();
    expect((await h.slack.event(fresh(), { secret: "not-the-secret" })).status).toBe(401);
    expect((await h.slack.event(fresh(), { skewSeconds: -6 * 60 })).status).toBe(401);
    expect((await h.slack.event(fresh(), { skewSeconds: 6 * 60 })).status).toBe(401);
    expect((await h.slack.command(commandFields({ team: "TEDGE", user: "UEVE" }), { skewSeconds: 6 * 60 })).status).toBe(401);
    expect((await h.slack.interaction(buttonClick({ team: "TEDGE", user: "UEVE", channel: "DEVE", actionId: "debrief.answer~2", value: "no" }), { skewSeconds: -6 * 60 })).status).toBe(401);
    const res = await fetch(`${h.url}/slack/events`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(fresh()) });
    expect(res.status).toBe(401);
    await h.adapter.idle();
    expect(coach.events).toEqual([]);
    expect(before()).toEqual(start);
    expect(h.fake.calls).toEqual([]);
  });

  it("accepts a timestamp a little in the future (clock skew under five minutes)", async () => {
    expect((await h.slack.event(fresh(), { skewSeconds: 120 })).status).toBe(200);
    await h.adapter.idle();
    expect(coach.applied).toHaveLength(1);
  });

  it("answers 413 to a body over 1 MB, declared or streamed, without handling it", async () => {
    const big = dmEvent({ team: "TEDGE", user: "UEVE", channel: "DEVE", text: "x".repeat(1024 * 1024 + 10) });
    expect((await h.slack.event(big)).status).toBe(413);
    const raw = JSON.stringify(big);
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < raw.length; i += 65536) c.enqueue(new TextEncoder().encode(raw.slice(i, i + 65536)));
        c.close();
      },
    });
    const ts = String(Math.floor(Date.now() / 1000));
    const res = await fetch(`${h.url}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-slack-request-timestamp": ts, "x-slack-signature": "v0=00" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(coach.events).toEqual([]);
  });
});

describe("buttons, the letter editor and App Home", () => {
  it("hands a button click to the coach with the engine's action id and value", async () => {
    const click = buttonClick({ team: "TONE", user: "UALICE", channel: "DALICE", actionId: "debrief.answer~2", value: "no" });
    expect((await h.slack.interaction(click)).status).toBe(200);
    await h.adapter.idle();
    expect(coach.applied).toEqual([expect.objectContaining({ kind: "action", action: "debrief.answer", value: "no", id: click.trigger_id, address: "slack:TONE:DALICE" })]);
    expect(h.fake.callsOf("chat.postMessage").map((c) => c.args.channel)).toEqual(["DALICE"]);
  });

  it("ignores the 'Open as email' link click", async () => {
    await h.slack.interaction(buttonClick({ team: "TONE", user: "UALICE", channel: "DALICE", actionId: SlackActionIds.openEmail }));
    await h.adapter.idle();
    expect(coach.events).toEqual([]);
  });

  it("opens the editor with the stored letter and turns the submission into letter.save", async () => {
    const user = h.store.users.find({ platform: "slack", tenant: "TONE", user: "UALICE" })!;
    const interview = h.store.interviews.createDraft(user.id, Date.now());
    const body = `Dear Ana,\n\n${"Thank you for your time. ".repeat(200)}\n\nBest,\nAlice`;
    const letterId = h.store.letters.save({ interviewId: interview, interviewerId: null, kind: "thanks", variant: 0, recipient: "Ana", email: "ana@acme.io", subject: "Thank you", body }, Date.now());
    const click = buttonClick({ team: "TONE", user: "UALICE", channel: "DALICE", actionId: SlackActionIds.letterEdit, value: String(letterId) });
    await h.slack.interaction(click);
    await h.adapter.idle();
    expect(coach.events).toEqual([]);
    const open = h.fake.callsOf("views.open");
    expect(open).toHaveLength(1);
    expect(open[0]!.args.trigger_id).toBe(click.trigger_id);
    expect(h.fake.rejected).toEqual([]);
    const view = open[0]!.args.view;
    const inputs = view.blocks.filter((b: any) => b.type === "input");
    expect(inputs.length).toBe(2);
    const values = Object.fromEntries(inputs.map((b: any) => [b.block_id, { [b.element.action_id]: { value: b.element.initial_value } }]));
    expect(readLetterModal({ private_metadata: view.private_metadata, state: { values } })!.text).toBe(body);

    const submit = letterSubmission({ team: "TONE", user: "UALICE", letterId: String(letterId), channel: "DALICE", parts: ["Dear Ana,", "Thanks!"] });
    const res = await h.slack.interaction(submit);
    expect(res.status).toBe(200);
    await h.adapter.idle();
    expect(coach.applied).toEqual([expect.objectContaining({ kind: "action", action: "letter.save", value: String(letterId), text: "Dear Ana,\n\nThanks!", id: submit.trigger_id })]);
    expect(h.fake.callsOf("chat.postMessage").map((c) => c.args.channel)).toEqual(["DALICE"]);
  });

  it("publishes App Home when opened, and again after a settings click there; an export is uploaded to the DM", async () => {
    coach.homeView = () => ({ text: "Home", blocks: [{ type: "text", markdown: "*Upcoming*" }, { type: "buttons", buttons: [{ action: "settings.pause", label: "Pause nudges" }, { action: "data.export", label: "Export my data" }] }] });
    await h.slack.event(homeOpened({ team: "TONE", user: "UALICE" }));
    await h.adapter.idle();
    const published = h.fake.callsOf("views.publish");
    expect(published).toHaveLength(1);
    expect(published[0]!.args).toMatchObject({ user_id: "UALICE", view: { type: "home" } });

    coach.answer = () => [{ text: "Here is your data", blocks: [{ type: "text", markdown: "Here is everything I keep about you." }, { type: "file", filename: "afterword-export.json", mime: "application/json", content: '{"interviews":[]}' }] }];
    await h.slack.interaction(buttonClick({ team: "TONE", user: "UALICE", channel: "", actionId: "data.export", fromHome: true }));
    await h.adapter.idle();
    expect(coach.applied.at(-1)).toMatchObject({ action: "data.export", address: "slack:TONE:DALICE" });
    expect(h.fake.callsOf("chat.postMessage").map((c) => c.args.channel)).toEqual(["DALICE"]);
    expect(h.fake.callsOf("files.getUploadURLExternal")).toHaveLength(1);
    expect(h.fake.uploads[0]!.body).toContain('{"interviews":[]}');
    expect(h.fake.callsOf("files.completeUploadExternal")[0]!.args).toMatchObject({ channel_id: "DALICE" });
    expect(h.fake.callsOf("views.publish")).toHaveLength(2);
    coach.answer = (e) => [{ text: `got ${e.kind}`, blocks: [] }];
  });
});

describe("uninstall", () => {
  it("app_uninstalled and tokens_revoked forget only that workspace", async () => {
    await h.slack.event(dmEvent({ team: "TGONE", user: "UGONE", channel: "DGONE", text: "hi" }));
    await h.slack.event(dmEvent({ team: "TREVOKED", user: "UREV", channel: "DREV", text: "hi" }));
    await h.slack.event(dmEvent({ team: "TSTAYS", user: "USTAY", channel: "DSTAY", text: "hi" }));
    await h.adapter.idle();
    expect((await h.slack.event(uninstallEvent("TGONE"))).status).toBe(200);
    expect((await h.slack.event(uninstallEvent("TREVOKED", "tokens_revoked"))).status).toBe(200);
    expect(coach.forgotten).toEqual([{ platform: "slack", tenant: "TGONE" }, { platform: "slack", tenant: "TREVOKED" }]);
    expect(h.store.users.find({ platform: "slack", tenant: "TGONE", user: "UGONE" })).toBeUndefined();
    expect(h.store.users.find({ platform: "slack", tenant: "TREVOKED", user: "UREV" })).toBeUndefined();
    expect(h.store.users.find({ platform: "slack", tenant: "TSTAYS", user: "USTAY" })).toBeDefined();
    void uid;
  });
});

describe("no refusals", () => {
  it("never had a payload refused by the fake Slack API", () => {
    expect(h.fake.rejected).toEqual([]);
  });
});
