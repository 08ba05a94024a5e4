// Afterword in Teams, end to end: botbuilder's real CloudAdapter (TEAMS_UNAUTHENTICATED=true)
// in express on 127.0.0.1, the real Coach on a real SQLite file, replies and nudges delivered
// to a fake Bot Connector on loopback, and the nudges sent by `afterword sweep --now` as a
// separate process.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coach } from "../../../src/core/coach.js";
import { Store } from "../../../src/store/store.js";
import { decodeTeamsAddress } from "../../../adapters/teams/address.js";
import { startFakeConnector, type FakeConnector } from "../../support/teams/fake-connector.js";
import { startTeamsServer, type TeamsServer } from "../../support/teams/teams-server.js";
import { TeamsUser, textOfActivity } from "../../support/teams/teams-user.js";
import { sweepCli } from "../../support/serve-child.js";
import { debrief } from "../../support/teams/teams-debrief.js";

const TENANT = "7f1c2d3e-0000-4000-8000-00000000a001";
let dir: string;
let dbPath: string;
let store: Store;
let connector: FakeConnector;
let server: TeamsServer;
let now = new Date("2026-11-17T15:00:00Z");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "afterword-teams-"));
  dbPath = join(dir, "afterword.db");
  store = Store.open(dbPath);
  connector = await startFakeConnector();
  const coach = new Coach({ store, clock: () => new Date(now), defaultTz: "UTC" });
  server = await startTeamsServer({ coach, clock: () => new Date(now) });
});

afterAll(async () => {
  await server?.close();
  await connector?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs `afterword sweep --now` as its own process against the test database. */
function sweepAt(at: string) {
  return sweepCli(at, { DATABASE_PATH: dbPath, TEAMS_UNAUTHENTICATED: "true", HOST: "127.0.0.1", LOG_LEVEL: "info", AFTERWORD_TZ: "UTC" });
}

function sam() {
  return new TeamsUser(server, connector, {
    tenant: TENANT,
    aad: "aad-sam-0001",
    teamsId: "29:sam-teams-id",
    name: "Sam Rivera",
    conversation: "a:sam-personal-chat",
    tz: "Europe/London",
  });
}

describe("a Teams user, end to end", () => {
  const user = () => samUser;
  let samUser: TeamsUser;

  it("is welcomed when they add the bot", async () => {
    samUser = sam();
    const replies = await samUser.post(samUser.activity({ type: "conversationUpdate", text: undefined, membersAdded: [{ id: "28:afterword-bot" }] }));
    expect(replies).toHaveLength(1);
    expect(samUser.lastText()).toMatch(/interview-done/);
  });

  it("debriefs an interview: the command with arguments and an @mention, typed answers, card clicks, the summary", async () => {
    const u = user();
    await u.post(
      u.activity({
        text: "<at>Afterword</at> /Interview-Done Acme, Staff Engineer, with Dana Li and Omar Haddad",
        entities: [{ type: "mention", text: "<at>Afterword</at>", mentioned: { id: "28:afterword-bot", name: "Afterword" } }],
      }),
    );
    // The basics come as one card, prefilled from the command; the chat asks only what it doesn't hold.
    const card = u.find("Continue", u.received.slice(-1))!;
    expect(card.inputs).toMatchObject({ company: "Acme", role: "Staff Engineer", name1: "Dana Li", name2: "Omar Haddad", date: "2026-11-17" });
    await debrief(u, { "Dana Li": "dana.li@acme.example" });
    const summary = u.lastText();
    expect(summary).toContain("Company: Acme");
    expect(summary).toContain("Role: Staff Engineer");
    expect(summary).toContain("Tuesday 17 Nov, 10:00");
    expect(summary).toContain("Dana Li · Engineering Manager · dana.li@acme.example");
    // Replies are threaded onto the activity they answer, as a real connector expects.
    expect(u.received.at(-1)!.replyToId).toBeTruthy();
  });

  it("confirms the summary and is told the plan in their own time zone", async () => {
    const u = user();
    await u.click("Looks right, save it");
    expect(u.lastText()).toMatch(/Saved\. Here's the plan, in your time \(Europe\/London\)/);
    const row = store.users.find({ platform: "teams", tenant: TENANT, user: "aad-sam-0001" })!;
    expect(row.tz).toBe("Europe/London");
    expect(row.displayName).toBe("Sam Rivera");
    expect(store.reminders.upcomingForUser(row.id).map((r) => r.kind)).toEqual(["reflect", "thanks", "checkin"]);
  });

  it("applies a replayed activity once, even when the retries arrive together", async () => {
    const ola = new TeamsUser(server, connector, {
      tenant: TENANT,
      aad: "aad-ola-0004",
      teamsId: "29:ola-teams-id",
      name: "Ola Nordmann",
      conversation: "a:ola-personal-chat",
      tz: "Europe/Oslo",
    });
    const start = ola.activity({ text: "interview-done Hooli, SRE" });
    expect(await ola.post(start)).toHaveLength(1);
    const before = connector.activities.length;
    // Bot Framework retries a delivery it thinks failed: same activity, same id.
    const replays = await Promise.all([ola.post(start), ola.post(start), ola.post(start)]);
    expect(replays.flat()).toEqual([]);
    const form = ola.find("Continue")!;
    const answer = ola.activity({ value: { ...form.data, ...form.inputs, time: "09:00" }, text: undefined });
    expect(await ola.post(answer)).toHaveLength(1);
    expect(ola.lastText()).toMatch(/How did it happen/);
    expect(await ola.post(answer)).toEqual([]);
    expect(connector.activities.length).toBe(before + 1);
    const row = store.users.find({ platform: "teams", tenant: TENANT, user: "aad-ola-0004" })!;
    expect(store.interviews.list(row.id)).toHaveLength(1);
    // A replayed card click on Sam's summary changes nothing either.
    const u = user();
    const samRow = store.users.find({ platform: "teams", tenant: TENANT, user: "aad-sam-0001" })!;
    const reminders = store.reminders.upcomingForUser(samRow.id).length;
    const click = u.activity({ value: { action: "debrief.confirm", value: "1" }, text: undefined, id: "f:replayed-confirm" });
    await u.post(click);
    expect(await u.post(click)).toEqual([]);
    expect(store.reminders.upcomingForUser(samRow.id).length).toBe(reminders);
  });

  it("shows the settings card for `settings`", async () => {
    const u = user();
    await u.say("settings");
    const home = u.lastText();
    expect(home).toMatch(/Coming up/);
    expect(home).toMatch(/Send your thank-you notes/);
    for (const b of ["[Pause nudges]", "[Export my data]", "[Delete my data]"]) expect(home).toContain(b);
  });

  it("exports the user's data into the chat, split into cards Teams accepts", async () => {
    const u = user();
    const replies = await u.click("Export my data");
    const text = replies.map((r) => textOfActivity(r.activity)).join("\n");
    expect(text).toContain("afterword-export.json");
    expect(text).toContain("Dana Li");
    for (const r of replies) expect(Buffer.byteLength(JSON.stringify(r.activity))).toBeLessThan(28_000);
  });

  it("refreshes the stored address on every activity (the service URL can change)", async () => {
    const u = user();
    u.serviceUrl = `${connector.serviceUrl}emea/${TENANT}/`;
    await u.say("settings");
    expect(u.received.at(-1)!.path).toMatch(/^\/emea\//);
    const row = store.users.find({ platform: "teams", tenant: TENANT, user: "aad-sam-0001" })!;
    expect(decodeTeamsAddress(row.address!)).toMatchObject({ serviceUrl: u.serviceUrl, conversationId: "a:sam-personal-chat", userId: "29:sam-teams-id" });
  });

  it("receives the reflect nudge, then the thank-you nudge with both letters, each from `afterword sweep --now`", async () => {
    const u = user();
    const before = connector.activities.length;
    const reflect = store.reminders.byId(1)!;
    expect(reflect.kind).toBe("reflect");
    const evening = await sweepAt(new Date(reflect.dueAt).toISOString());
    expect(evening.code, evening.stderr).toBe(0);
    expect(evening.stdout).toMatch(/^1 sent/m);
    const result = await sweepAt("2026-11-18T09:30:00Z");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^1 sent/m);
    const nudges = connector.activities.slice(before);
    expect(nudges).toHaveLength(2);
    expect(nudges.every((n) => n.conversationId === "a:sam-personal-chat" && n.path.startsWith("/emea/"))).toBe(true);
    u.absorb(nudges);
    const text = nudges.map((n) => textOfActivity(n.activity)).join("\n");
    expect(textOfActivity(nudges[0]!.activity)).toMatch(/look back/);
    expect(textOfActivity(nudges[1]!.activity)).toMatch(/thank-you notes/);
    expect(text).toContain("**To:** Dana Li");
    expect(text).toContain("**To:** Omar Haddad");
    expect(JSON.stringify(nudges)).toContain("mailto:dana.li@acme.example");
    expect(nudges.every((n) => n.activity.from.id === "28:afterword-bot" && n.activity.recipient.id === "29:sam-teams-id")).toBe(true);
  });

  it("edits a letter through the card's form and marks the notes sent", async () => {
    const u = user();
    const save = u.find("Save note")!;
    const letterId = save.data.value!;
    const edited = "Hi Dana,\n\nThank you for Tuesday. I enjoyed the billing question.\n\nSam";
    await u.click("Save note", { [`letter-${letterId}`]: edited });
    const row = store.users.find({ platform: "teams", tenant: TENANT, user: "aad-sam-0001" })!;
    expect(store.letters.get(row.id, Number(letterId))!.body).toBe(edited);
    await u.click("All sent");
    const thanks = store.reminders.byId(2)!;
    expect(thanks.status).toBe("sent");
  });

  it("every card sent along the way parses cleanly in Microsoft's Adaptive Cards SDK at 1.5", () => {
    // TeamsUser.absorb checked each card as it arrived; this makes sure there were plenty.
    // The debrief is short now (a form, then a few questions), so there are fewer cards than before.
    expect(user().cards.length).toBeGreaterThan(15);
  });
});

describe("a user who blocked the bot", () => {
  it("gets no more nudges: a 403 from the connector is permanent and stops that user's reminders", async () => {
    now = new Date("2026-11-17T15:00:00Z");
    const kim = new TeamsUser(server, connector, {
      tenant: TENANT,
      aad: "aad-kim-0002",
      teamsId: "29:kim-teams-id",
      name: "Kim Park",
      conversation: "a:kim-personal-chat",
      tz: "America/New_York",
    });
    await kim.say("interview-done Globex, Data Engineer, with Ana Costa");
    await debrief(kim);
    await kim.click("Looks right, save it");
    const row = store.users.find({ platform: "teams", tenant: TENANT, user: "aad-kim-0002" })!;
    expect(store.reminders.upcomingForUser(row.id).length).toBeGreaterThan(1);

    connector.block("a:kim-personal-chat", 403);
    const result = await sweepAt("2026-11-19T18:00:00Z");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/1 failed for good/);
    const after = store.users.find({ platform: "teams", tenant: TENANT, user: "aad-kim-0002" })!;
    expect(after.stopped).toMatch(/Teams refused the message for good/);
    expect(store.reminders.upcomingForUser(row.id)).toEqual([]);
    expect(connector.attempts.filter((a) => a.path.includes("kim-personal-chat") && a.status === 403)).toHaveLength(1);
  });

  it("a 429 during the sweep is retried and the nudge still arrives once", async () => {
    const lee = new TeamsUser(server, connector, {
      tenant: TENANT,
      aad: "aad-lee-0003",
      teamsId: "29:lee-teams-id",
      name: "Lee Chan",
      conversation: "a:lee-personal-chat",
      tz: "Europe/London",
    });
    now = new Date("2026-11-20T12:00:00Z");
    await lee.say("interview-done Initech, Platform Engineer, with Bo Berg");
    await debrief(lee);
    await lee.click("Looks right, save it");
    const before = connector.to("a:lee-personal-chat").length;
    connector.failNext({ status: 429, retryAfter: "0" });
    const result = await sweepAt("2026-11-20T16:00:00Z");
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^1 sent/m);
    expect(connector.to("a:lee-personal-chat").length - before).toBe(1);
    expect(connector.attempts.filter((a) => a.path.includes("lee-personal-chat")).slice(-2).map((a) => a.status)).toEqual([429, 201]);
  });
});

describe("an uninstall", () => {
  it("deletes everything stored about that user", async () => {
    const u = sam();
    await u.post(u.activity({ type: "installationUpdate", action: "remove", text: undefined }));
    expect(store.users.find({ platform: "teams", tenant: TENANT, user: "aad-sam-0001" })).toBeUndefined();
  });
});
