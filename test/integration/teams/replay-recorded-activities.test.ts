// Real activities recorded from Teams, replayed through botbuilder's real CloudAdapter on
// loopback: what comes out must be the neutral Inbound the engine expects.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { decodeTeamsAddress } from "../../../adapters/teams/address.js";
import { Actions } from "../../../src/core/actions.js";
import { CoachDouble } from "../../support/teams/coach-double.js";
import { cardProblems, cardsOf } from "../../support/teams/adaptive-card-sdk.js";
import { startFakeConnector, type FakeConnector } from "../../support/teams/fake-connector.js";
import { startTeamsServer, type TeamsServer } from "../../support/teams/teams-server.js";
import { ROOT } from "../../support/build-once.js";

const load = (name: string) => JSON.parse(readFileSync(join(ROOT, "test/fixtures/teams", name), "utf8"));
const dm = load("dm-teams.json");
const actions = load("actions-reactions-teams.json");
const TENANT = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
const AAD = "00000000-1111-2222-3333-444444444444";
const now = new Date("2026-01-02T18:30:00Z");

let connector: FakeConnector;
let server: TeamsServer;
let coach: CoachDouble;

beforeAll(async () => {
  connector = await startFakeConnector();
});
beforeEach(async () => {
  await server?.close();
  coach = new CoachDouble();
  server = await startTeamsServer({ coach, clock: () => now });
});
afterAll(async () => {
  await server?.close();
  await connector.close();
});

// The recorded serviceUrl is Microsoft's; point it at the fake connector so replies land here.
const local = (activity: Record<string, unknown>) => ({ ...activity, serviceUrl: connector.serviceUrl });

describe("recorded Teams activities through the real CloudAdapter", () => {
  it("a personal-chat message becomes a text Inbound with the sender, tenant and a fresh address", async () => {
    const before = connector.activities.length;
    const res = await server.post(local(dm.dmMessage));
    expect(res.status).toBe(200);
    expect(coach.events).toHaveLength(1);
    const e = coach.events[0]!;
    // The delivery id is the conversation and the activity id together (ids alone collide across users).
    expect(e).toMatchObject({ kind: "text", text: "Hey", id: `${dm.dmMessage.conversation.id}|1767378504354`, from: { platform: "teams", tenant: TENANT, user: AAD }, displayName: "Test User" });
    expect(e.at).toEqual(now);
    expect(decodeTeamsAddress(e.address!)).toEqual({
      channelId: "msteams",
      serviceUrl: connector.serviceUrl,
      conversationId: dm.dmConversationId,
      tenantId: TENANT,
      botId: dm.botUserId,
      userId: dm.dmMessage.from.id,
    });
    // The coach's answer went back as a reply to that activity.
    const replies = connector.activities.slice(before);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ conversationId: dm.dmConversationId, replyToId: "1767378504354" });
  });

  it("the recorded @mention, in a personal chat, is stripped before the command is read", async () => {
    const personal = { ...dm.mention, conversation: dm.dmMessage.conversation, text: "<at>Chat SDK Demo</at> interview-done Acme" };
    expect((await server.post(local(personal))).status).toBe(200);
    expect(coach.events[0]).toMatchObject({ kind: "command", name: "interview-done", args: "Acme" });
  });

  it("channel messages never reach the coach: interview notes stay in the personal chat", async () => {
    const before = connector.activities.length;
    for (const a of [dm.mention, dm.dmRequest, actions.mention, actions.action]) expect((await server.post(local(a))).status).toBe(200);
    expect(coach.events).toEqual([]);
    const replies = connector.activities.slice(before);
    expect(replies.length).toBe(4);
    expect(JSON.stringify(replies[0]!.activity)).toContain("one-to-one chat");
  });

  it("the recorded card submit, with Afterword's data shape, becomes an action Inbound", async () => {
    const submit = { ...actions.action, conversation: dm.dmMessage.conversation, value: { action: Actions.skip } };
    expect((await server.post(local(submit))).status).toBe(200);
    expect(coach.events[0]).toMatchObject({ kind: "action", action: "debrief.skip", id: `${dm.dmMessage.conversation.id}|f:975cac46-e795-f39b-0c0d-491c14495a9b`, from: { tenant: TENANT, user: AAD } });
  });

  it("a card submit in another shape, and a reaction, are ignored quietly", async () => {
    const foreign = { ...actions.action, conversation: dm.dmMessage.conversation };
    const reaction = { ...actions.reaction, conversation: dm.dmMessage.conversation };
    const before = connector.activities.length;
    expect((await server.post(local(foreign))).status).toBe(200);
    expect((await server.post(local(reaction))).status).toBe(200);
    expect(coach.events).toEqual([]);
    expect(connector.activities.length).toBe(before);
  });
});

describe("the cards sent above", () => {
  it("every one parses without errors or warnings in Microsoft's Adaptive Cards SDK at 1.5", () => {
    const cards = connector.activities.flatMap((a) => cardsOf(a.activity));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
  });
});
