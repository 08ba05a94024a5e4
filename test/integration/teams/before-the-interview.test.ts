// Before the interview, in Teams: botbuilder's real CloudAdapter (unauthenticated, on loopback)
// against a fake Bot Connector, the real Coach on a real SQLite file, the sweeper run in-process
// through the Teams ChatPort at the injected clock's time. `interview-next` answers with the
// form as an Adaptive Card; the settings card lists the interview with its buttons.
import { describe, expect, it } from "vitest";
import { teamsFollowUp } from "../../support/teams/teams-follow-up.js";
import { TeamsUser, textOfActivity } from "../../support/teams/teams-user.js";

const TENANT = "7f1c2d3e-0000-4000-8000-00000000b018";
const w = teamsFollowUp("2026-11-16T10:00:00Z");

// The cards' markdown bold, dropped for reading.
const shown = (u: TeamsUser) => u.lastText().replace(/\*/g, "");


describe("before the interview, in Teams", () => {
  it("logs it from the card, lists it on the settings card, moves it, and asks how it went when it ends", async () => {
    const kim = new TeamsUser(w.server, w.connector, { tenant: TENANT, aad: "aad-kim-0018", teamsId: "29:kim", name: "Kim Lee", conversation: "a:kim-chat", tz: "Asia/Kolkata" });
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
    const before = w.connector.activities.length;
    await w.sweepAt("2026-11-19T12:30:00Z");
    await w.sweepAt("2026-11-20T05:15:00Z");
    const nudges = w.connector.activities.slice(before).map((a) => textOfActivity(a.activity).replace(/\*/g, ""));
    expect(nudges).toHaveLength(2);
    expect(nudges[0]).toMatch(/A short plan for Staff Engineer at Acme, tomorrow at 10:00\./);
    expect(nudges[1]).toMatch(/How did it go\? Let's get it down while it's fresh\.[\s\S]*What did you talk about with Dana Li\?/);
  });
});
