// Before the interview, in Teams: botbuilder's real CloudAdapter (unauthenticated, on loopback)
// against a fake Bot Connector, the real Coach on a real SQLite file, the sweeper run in-process
// through the Teams ChatPort at the injected clock's time. `interview-next` answers with the
// form as an Adaptive Card; the settings card lists the interview with its buttons.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coach } from "../../../src/core/coach.js";
import { sweep } from "../../../src/scheduler/sweep.js";
import { GroupWriter } from "../../../src/store/group-writer.js";
import { Store } from "../../../src/store/store.js";
import { startFakeConnector, type FakeConnector } from "../../support/teams/fake-connector.js";
import { startTeamsServer, type TeamsServer } from "../../support/teams/teams-server.js";
import { TeamsUser, textOfActivity } from "../../support/teams/teams-user.js";

const TENANT = "7f1c2d3e-0000-4000-8000-00000000b018";
let dir: string;
let store: Store;
let coach: Coach;
let connector: FakeConnector;
let server: TeamsServer;
let now = new Date("2026-11-16T10:00:00Z");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "afterword-teams-next-"));
  store = Store.open(join(dir, "afterword.db"));
  connector = await startFakeConnector();
  coach = new Coach({ store, clock: () => new Date(now), defaultTz: "UTC" });
  server = await startTeamsServer({ coach, clock: () => new Date(now) });
}, 150_000);

afterAll(async () => {
  await server?.close();
  await connector?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// The cards' markdown bold, dropped for reading.
const shown = (u: TeamsUser) => u.lastText().replace(/\*/g, "");

async function sweepAt(iso: string) {
  now = new Date(iso);
  return sweep({ store, writer: new GroupWriter(store), coach, ports: { teams: server.handle.port }, holder: "test" }, now);
}

describe("before the interview, in Teams", () => {
  it("logs it from the card, lists it on the settings card, moves it, and asks how it went when it ends", async () => {
    const kim = new TeamsUser(server, connector, { tenant: TENANT, aad: "aad-kim-0018", teamsId: "29:kim", name: "Kim Lee", conversation: "a:kim-chat", tz: "Asia/Kolkata" });
    await kim.say("interview-next Acme, Staff Engineer, Thursday 3pm, with Dana Li (CTO)");
    const card = kim.find("Log it", kim.received.slice(-1))!;
    expect(card.inputs).toMatchObject({ company: "Acme", role: "Staff Engineer", date: "2026-11-19", time: "15:00", length: "60", name1: "Dana Li", title1: "CTO" });
    await kim.click("Log it", { length: "45" });
    expect(shown(kim)).toMatch(/Logged: Staff Engineer at Acme, Thursday 19 Nov, 15:00 \(45 minutes\), with Dana Li \(CTO\)\./);

    await kim.say("settings");
    expect(shown(kim)).toMatch(/Upcoming interviews\n- Thursday 19 Nov, 15:00: Interview, Staff Engineer at Acme \(45 minutes\), with Dana Li/);
    await kim.click("Acme: it moved");
    expect(shown(kim)).toMatch(/When is it now\?/);
    await kim.say("Friday 10am");
    expect(shown(kim)).toMatch(/is now Friday 20 Nov, 10:00\./);

    // The plan at 18:00 in Kolkata on Thursday; "how did it go?" at 10:45 on Friday.
    const before = connector.activities.length;
    await sweepAt("2026-11-19T12:30:00Z");
    await sweepAt("2026-11-20T05:15:00Z");
    const nudges = connector.activities.slice(before).map((a) => textOfActivity(a.activity).replace(/\*/g, ""));
    expect(nudges).toHaveLength(2);
    expect(nudges[0]).toMatch(/A short plan for Staff Engineer at Acme, tomorrow at 10:00\./);
    expect(nudges[1]).toMatch(/How did it go\? Let's get it down while it's fresh\.[\s\S]*What did you talk about with Dana Li\?/);
  });
});
