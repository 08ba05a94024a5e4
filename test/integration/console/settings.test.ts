// Settings in the terminal coach (in-process, on an injected clock): the time zone (planned
// nudges keep their local times; a restart with another --tz never lists a thank-you at night),
// the country for holidays, every interview with its saved debrief (read and edited) and "Heard
// back", and the undo of the last day from /letters.
import { describe, expect, it } from "vitest";
import { greetAndDebrief, terminalDebrief } from "../../support/terminal-debrief.js";
import { inProcessTerminals } from "../../support/in-process-terminal.js";
import { choice } from "../../support/terminal-choice.js";

const start = inProcessTerminals("console-settings");

describe("the terminal coach's settings", () => {
  it("restarting with another --tz keeps each planned nudge at its local time: the thank-you at 09:00, never at night", async () => {
    const london = start("hal", "Europe/London", "2026-11-17T15:00:00Z");
    await london.expect(/type \/interview-done/);
    await terminalDebrief(london, "Acme, Staff Engineer, with Dana Li", { when: "today 11am" });
    expect(await london.ask("/reminders", /Check in, once[^\n]*\n/)).toMatch(/Wednesday 18 Nov, 09:00: Send your thank-you notes/);
    await london.ask("/quit", /Bye for now/);
    await london.end();
    const tokyo = start("hal", "Asia/Tokyo", "2026-11-17T15:10:00Z");
    await tokyo.expect(/time zone Asia\/Tokyo/);
    const listed = await tokyo.ask("/reminders", /Check in, once[^\n]*\n/);
    // Due times moved to the same local times in Tokyo; the reflect keeps its moment, inside nudge hours.
    expect(listed).toMatch(/Wednesday 18 Nov, 09:00: Send your thank-you notes/);
    expect(listed).toMatch(/Tuesday 1 Dec, 09:00: Check in, once/);
    expect(listed).not.toMatch(/, 0[0-8]:\d\d|, 2[0-3]:\d\d/);
    await tokyo.ask("/quit", /Bye for now/);
  }, 60_000);

  it("sets the time zone and the holidays' country, reads and edits the saved debrief, hears back from its button", async () => {
    const s = start("ivy", "Europe/London", "2026-11-17T15:00:00Z");
    await greetAndDebrief(s, "Acme, Staff Engineer, with Dana Li", { when: "today 11am", decision: "by Friday" });
    const home = await s.ask("/settings", /Delete my data\n/);
    expect(home).toMatch(/Acme \(Staff Engineer\): following up; next: Look back and reflect on Tuesday 17 Nov, 18:00\n\s+\[\d+\] Read the debrief\n\s+\[\d+\] Heard back/);
    expect(home).toMatch(/Time zone: Europe\/London \(from this terminal's --tz\)\. Public holidays: United Kingdom \(from your time zone\)\./);

    await s.ask(choice(home, "Change time zone"), /Which time zone are you in\?/);
    expect(await s.ask("the moon", /Asia\/Kolkata\.\n/)).toMatch(/I couldn't find a time zone called “the moon”/);
    const moved = await s.ask("New York", /Public holidays follow[^\n]*\n/);
    expect(moved).toMatch(/Your time zone is now America\/New_York[\s\S]*Wednesday 18 Nov, 09:00: Send your thank-you notes \(Staff Engineer at Acme\)[\s\S]*Public holidays follow United States/);

    const again = await s.ask("/settings", /Delete my data\n/);
    expect(again).toMatch(/Time zone: America\/New_York \(you chose it\)/);
    await s.ask(choice(again, "Change country for holidays"), /Which country do you work in\?/);
    expect(await s.ask("Germany, Bayern", /new ones skip these holidays\.[^\n]*\n/)).toMatch(/Public holidays now follow Germany \(Bayern\)/);

    // The saved debrief, read back and edited: a new decision date moves the check-in the letters will name.
    const view = await s.ask(choice(again, "Read the debrief"), /\[\d+\] Back to everything\n/);
    expect(view).toMatch(/Your debrief for Acme \(Staff Engineer\), as saved:[\s\S]*Decision date: Friday 20 November/);
    const menu = await s.ask(choice(view, "Edit it"), /\[\d+\] Nothing, save it\n/);
    await s.ask(choice(menu, "Decision date: Friday 20 November"), /name a day for the decision[^\n]*\n/);
    expect(await s.ask("the day after the thing", /say no\.\n/)).toMatch(/I can't place “thing”/);
    const summary = await s.ask("next Friday", /\[\d+\] Change something else\n/);
    expect(summary).toMatch(/with that change:[\s\S]*Decision date: Friday 27 November/);
    const saved = await s.ask(choice(summary, "Done, save it"), /\[\d+\] See everything\n/);
    expect(saved).toMatch(/Saved your changes to the debrief for Acme \(Staff Engineer\)\.[\s\S]*The check-in moves to Tuesday 1 December/);

    const last = await s.ask("/settings", /Delete my data\n/);
    expect(await s.ask(choice(last, "Heard back"), /\[\d+\] Not this time\n/)).toMatch(/What did you hear from Acme\?/);
    await s.ask("/quit", /Bye for now/);
  }, 60_000);

  it("undoes a mark-sent from /letters within the day, not after", async () => {
    const s = start("jo", "Europe/London", "2026-11-17T15:00:00Z");
    await greetAndDebrief(s, "Acme, Staff Engineer, with Dana Li and Omar Haddad", { when: "today 11am" });
    const day = await s.ask("/advance 1d", /It's now Wednesday 18 Nov, 15:0\d\./);
    await s.ask(choice(day.slice(day.indexOf("Wednesday 18 Nov, 09:00")), "Mark sent"), /1 to go: Omar Haddad/);
    const list = await s.ask("/letters", /\[\d+\] Undo: Marked your letter to Dana Li sent\n/);
    expect(list).toMatch(/thank-you to Dana Li \(sent\)[\s\S]*Undo, for a day\n• Marked your letter to Dana Li sent \(Wednesday 18 Nov, 15:0\d\)/);
    expect(await s.ask(choice(list, "Undo: Marked your letter to Dana Li sent"), /Undone[^\n]*\n/)).toMatch(/Undone: marked your letter to Dana Li sent/);
    expect(await s.ask("/letters", /Short card instead\n\n/)).toMatch(/thank-you to Dana Li \(draft\)/);
    // A day later, the step is no longer offered.
    await s.ask("/letters", /Short card instead\n\n/);
    const later = await s.ask("/advance 25h", /It's now Thursday 19 Nov, 16:0\d\.[^\n]*\n/);
    await s.ask(choice(later.slice(later.indexOf("Thursday 19 Nov, 09:00")), "Mark sent"), /1 to go|All thank-you notes/);
    await s.ask("/advance 25h", /It's now Friday 20 Nov, 17:0\d\.[^\n]*\n/);
    // /help after /letters marks where the letters end.
    s.send("/letters");
    expect(await s.ask("/help", /What I understand here/)).not.toMatch(/Undo, for a day/);
    await s.ask("/quit", /Bye for now/);
  }, 60_000);
});
