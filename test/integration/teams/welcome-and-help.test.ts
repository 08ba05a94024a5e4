// What Teams' store validation asks of a bot, through botbuilder's real CloudAdapter on loopback,
// the real Coach on a real SQLite file and a fake Bot Connector: one welcome per personal install
// (Teams announces an install twice, and may redeliver), an answer to `help` in any state, even
// mid-debrief, and to a command Afterword does not know.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coach } from "../../../src/core/coach.js";
import { tempStore } from "../../support/temp-store.js";
import { startFakeConnector, type FakeConnector } from "../../support/teams/fake-connector.js";
import { startTeamsServer, type TeamsServer } from "../../support/teams/teams-server.js";
import { TeamsUser, textOfActivity } from "../../support/teams/teams-user.js";

const TENANT = "7f1c2d3e-0000-4000-8000-00000000b002";
let connector: FakeConnector;
let server: TeamsServer;
let db: ReturnType<typeof tempStore>;

beforeAll(async () => {
  db = tempStore();
  connector = await startFakeConnector();
  const clock = () => new Date("2026-11-17T15:00:00Z");
  server = await startTeamsServer({ coach: new Coach({ store: db.store, clock, defaultTz: "UTC" }), clock });
});
afterAll(async () => {
  await server?.close();
  await connector?.close();
  db?.cleanup();
});

function person(n: number): TeamsUser {
  return new TeamsUser(server, connector, { tenant: TENANT, aad: `aad-${n}`, teamsId: `29:user-${n}`, name: "Rosa Martins", conversation: `a:personal-${n}`, tz: "Europe/Lisbon" });
}

/** The two activities Teams posts when someone adds the app in a personal chat. */
function installEvents(u: TeamsUser) {
  return {
    installation: u.activity({ type: "installationUpdate", action: "add", text: undefined }),
    update: u.activity({ type: "conversationUpdate", text: undefined, membersAdded: [{ id: "28:afterword-bot" }] }),
  };
}

const welcomes = (u: TeamsUser) => u.received.filter((r) => /I'm \*\*Afterword\*\*\. Right after a job interview/.test(textOfActivity(r.activity))).length;

describe("Teams store validation", () => {
  it("welcomes once per personal install, however often Teams announces it", async () => {
    const u = person(1);
    const { installation, update } = installEvents(u);
    expect(await u.post(installation)).toHaveLength(1);
    expect(u.lastText()).toMatch(/Hi Rosa! I'm \*\*Afterword\*\*/);
    expect(u.lastText()).toMatch(/\*\*help\*\* to see everything I understand/);
    expect(await u.post(update)).toHaveLength(0);
    expect(await u.post(update)).toHaveLength(0); // a redelivery
    expect(await u.post(u.activity({ type: "conversationUpdate", text: undefined, membersAdded: [{ id: "28:afterword-bot" }] }))).toHaveLength(0);
    expect(welcomes(u)).toBe(1);
  });

  it("welcomes again after the app was removed (everything about the person deleted) and added back", async () => {
    const u = person(2);
    await u.post(installEvents(u).update);
    await u.say("hello");
    expect(db.store.db.prepare("SELECT count(*) AS n FROM users WHERE user_id = 'aad-2'").get()).toEqual({ n: 1 });
    await u.post(u.activity({ type: "installationUpdate", action: "remove", text: undefined }));
    expect(db.store.db.prepare("SELECT count(*) AS n FROM users WHERE user_id = 'aad-2'").get()).toEqual({ n: 0 });
    const again = installEvents(u);
    await u.post(again.update);
    await u.post(again.installation);
    expect(welcomes(u)).toBe(2);
  });

  it("answers help with what it does and every command, and mid-debrief keeps the question open", async () => {
    const u = person(3);
    const idle = await u.say("help");
    expect(idle).toHaveLength(1);
    const help = u.lastText();
    for (const command of ["interview-done", "heard-back", "letters", "settings", "help"]) expect(help).toContain(`**${command}**`);
    expect(help).not.toContain("/interview-done");

    await u.say("interview-done Acme, Staff Engineer, with Dana Li");
    expect(u.lastText()).toMatch(/Your interview/);
    await u.click("Continue", { time: "10:00" });
    expect(u.lastText()).toMatch(/How did it happen/);
    await u.say("Help");
    expect(u.lastText()).toContain("your next message still answers my last question");
    await u.say("video, final round");
    expect(u.lastText()).toMatch(/Spelled exactly right/);
  });

  it("answers a command it does not know, changing nothing", async () => {
    const u = person(4);
    await u.say("interview-done Globex, Designer");
    await u.click("Continue", { time: "10:00" });
    const question = u.lastText();
    expect(await u.say("/weather")).toHaveLength(1);
    expect(u.lastText()).toMatch(/^I don't know \/weather, so I've left everything as it was\. Here's what I understand:/);
    expect(u.lastText()).toContain("**interview-done**");
    // The debrief waits at the same question.
    await u.say("video, final round");
    expect(u.lastText()).not.toBe(question);
    expect(u.lastText()).toMatch(/Who interviewed you/);
  });
});
