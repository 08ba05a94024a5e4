// The settings card and the letters card in Teams: botbuilder's real CloudAdapter (unauthenticated,
// on loopback) against a fake Bot Connector, the real Coach on a real SQLite file, the sweeper run
// in-process through the Teams ChatPort at the injected clock's time.
import { describe, expect, it } from "vitest";
import { debrief } from "../../support/teams/teams-debrief.js";
import { teamsFollowUp } from "../../support/teams/teams-follow-up.js";
import { TeamsUser } from "../../support/teams/teams-user.js";

const TENANT = "7f1c2d3e-0000-4000-8000-00000000c013";
const w = teamsFollowUp("2026-11-17T15:00:00Z");

// The cards' markdown bold, dropped for reading.
const shown = (u: TeamsUser) => u.lastText().replace(/\*/g, "");

/** Sweeps at `iso` and hands the user what reached them. */
async function sweepAt(u: TeamsUser, iso: string) {
  const before = w.connector.activities.length;
  await w.sweepAt(iso);
  u.absorb(w.connector.activities.slice(before).filter((a) => a.conversationId === u.who.conversation));
}

describe("the Teams settings card and letters card", () => {
  it("lists the interview with its debrief and Heard back, shows the letters card, undoes for a day, and sets the time zone", async () => {
    const sam = new TeamsUser(w.server, w.connector, { tenant: TENANT, aad: "aad-sam-0013", teamsId: "29:sam13", name: "Sam Rivera", conversation: "a:sam13-chat", tz: "Europe/London" });
    await sam.say("interview-done Acme, Staff Engineer, with Dana Li");
    await debrief(sam);
    await sam.click("Looks right, save it");
    await sweepAt(sam, "2026-11-17T18:00:00Z");
    await sweepAt(sam, "2026-11-18T09:00:00Z");

    await sam.say("settings");
    expect(shown(sam)).toMatch(/Your interviews[\s\S]*Acme \(Staff Engineer\): following up; next: Thank-you reminder on Thursday 19 Nov, 09:00[\s\S]*\[Read the debrief\][\s\S]*\[Heard back\]/);
    expect(shown(sam)).toMatch(/Your letters[\s\S]*thank-you to Dana Li \(draft\)[\s\S]*\[Show my letters\]/);
    await sam.click("Heard back");
    expect(shown(sam)).toMatch(/What did you hear from Acme\?/);

    // The letters card: every letter with the nudge's buttons; marking one sent offers its undo there and on the settings card.
    await sam.say("settings");
    await sam.click("Show my letters");
    expect(shown(sam)).toMatch(/Your letters, for every interview still open:[\s\S]*Dana Li[\s\S]*\[Mark sent\]/);
    await sam.click("Mark sent");
    expect(shown(sam)).toMatch(/All thank-you notes are out/);
    await sam.say("letters");
    expect(shown(sam)).toMatch(/thank-you to Dana Li \(sent\)[\s\S]*Undo, for a day[\s\S]*\[Undo: Marked your letter to Dana Li sent\]/);
    await sam.click("Undo: Marked your letter to Dana Li sent");
    expect(shown(sam)).toMatch(/Undone: marked your letter to Dana Li sent/);

    // The time zone, chosen on the card, stays although Teams keeps reporting London.
    await sam.say("settings");
    await sam.click("Change time zone");
    expect(shown(sam)).toMatch(/Which time zone are you in\?/);
    await sam.say("Berlin");
    expect(shown(sam)).toMatch(/Your time zone is now Europe\/Berlin[\s\S]*Thursday 19 Nov, 09:00: Thank-you reminder \(Staff Engineer at Acme\)/);
    await sam.say("settings");
    expect(shown(sam)).toMatch(/Time zone: Europe\/Berlin \(you chose it\)\. Public holidays: Germany \(from your time zone\)\./);
  });

  it("changes the name that signs letters, the nudge hours and the holidays' country on the card, and reads and edits the saved debrief", async () => {
    const kai = new TeamsUser(w.server, w.connector, { tenant: TENANT, aad: "aad-kai-0013", teamsId: "29:kai13", name: "Kai Moana", conversation: "a:kai13-chat", tz: "Europe/London" });
    await kai.say("interview-done Initech, Analyst, with Bill Lumbergh");
    await debrief(kai);
    await kai.click("Looks right, save it");

    await kai.say("settings");
    expect(shown(kai)).toMatch(/Signed Kai Moana[\s\S]*\[Change my name\]/);
    await kai.click("Change my name");
    expect(shown(kai)).toMatch(/What name should I sign your letters with\?/);
    await kai.say("Kai T. Moana");
    expect(shown(kai)).toMatch(/Your letters will be signed Kai T\. Moana/);

    await kai.say("settings");
    await kai.click("Later (10–20)");
    expect(shown(kai)).toMatch(/Nudges will come between 10:00–20:00, your time/);
    await kai.say("settings");
    await kai.click("Change country for holidays");
    expect(shown(kai)).toMatch(/Which country do you work in\?/);
    await kai.say("Ireland");
    expect(shown(kai)).toMatch(/Public holidays now follow Ireland/);
    await kai.say("settings");
    expect(shown(kai)).toMatch(/Nudges arrive between 10:00–20:00[\s\S]*Public holidays: Ireland \(you chose it\)[\s\S]*Signed Kai T\. Moana/);

    await kai.click("Read the debrief");
    expect(shown(kai)).toMatch(/Your debrief for Initech \(Analyst\), as saved:[\s\S]*Bill Lumbergh[\s\S]*\[Edit it\]/);
    await kai.click("Edit it");
    expect(shown(kai)).toMatch(/\[Nothing, save it\]/);
  });
});
