// One message per moment and one way to read a typed date, in the terminal coach (in-process,
// on an injected clock): nudges due together after a pause read in order, every number on screen
// means one thing, "Pick a day" refuses what it cannot read whole, and the last thank-you reminder of
// a job no longer wanted can still be moved to a day (nothing closes it meanwhile).
import { describe, expect, it } from "vitest";
import { inProcessTerminals } from "../../support/in-process-terminal.js";
import { choice } from "../../support/terminal-choice.js";
import { greetAndDebrief } from "../../support/terminal-debrief.js";

const start = inProcessTerminals("console-moments");

describe("the terminal coach: one message per moment, one date reader", () => {
  it("after a pause, the reflect and the thank-you come as one message in order; its numbers each mean one thing", async () => {
    const s = start("fay", "Europe/London", "2026-11-17T15:00:00Z");
    await greetAndDebrief(s);
    const home = await s.ask("/settings", /Delete my data\n/);
    await s.ask(choice(home, "Pause nudges"), /Nudges paused/);
    expect(await s.ask("/advance 2d", /It's now Thursday 19 Nov, 15:0\d\.[^\n]*\n/)).toMatch(/No nudges came due/);
    const resumed = await s.ask("/settings", /Delete my data\n/);
    expect(await s.ask(choice(resumed, "Resume nudges"), /come in a moment/)).toMatch(/2 came due while they were paused/);
    const back = await s.ask("/advance 10m", /It's now Thursday 19 Nov, 15:1\d\./);
    // One nudge, not two: the reflect first, then the thank-you step, the pause named, no "offline".
    expect(back.match(/a nudge from Afterword/g)).toHaveLength(1);
    expect(back).toMatch(/while your nudges were paused[\s\S]*Two steps for Acme \(Staff Engineer\) are due now[\s\S]*1\. Look back first[\s\S]*What went well\?[\s\S]*2\. Your thank-you notes/);
    expect(back).not.toMatch(/offline|Good morning/);
    const numbers = [...back.matchAll(/\[(\d+)\]/g)].map((m) => m[1]);
    expect(new Set(numbers).size).toBe(numbers.length);
    // "Skip" is the reflect's, and the notes come when asked, after looking back.
    expect(await s.ask(choice(back, "Skip"), /give differently now/)).toBeTruthy();
    const notes = await s.ask(choice(back, "Show my thank-you notes"), /Short card instead\n/);
    expect(notes).toMatch(/Here are your thank-you drafts[\s\S]*To: Dana Li/);
    await s.ask("/quit", /Bye for now/);
  }, 60_000);

  it("'Pick a day' reads the whole answer: 'the day after the thing' is refused with examples, 'next Thursday' is taken", async () => {
    const s = start("gus", "Europe/London", "2026-11-17T15:00:00Z");
    await greetAndDebrief(s);
    const day = await s.ask("/advance 1d", /It's now Wednesday 18 Nov, 15:0\d\./);
    const thanks = day.slice(day.indexOf("Wednesday 18 Nov, 09:00"));
    await s.ask(choice(thanks, "Pick a day"), /Which day should I bring this back\?/);
    const refused = await s.ask("the day after the thing", /Dec 3_?\.\n/);
    expect(refused).toMatch(/I couldn't read “the day after the thing” as a day ahead: I can't place “thing”\. Try _?Monday_?, _?next Thursday_? or _?Dec 3_?\./);
    expect(await s.ask("/reminders", /Thank-you reminder/)).not.toMatch(/Thursday 19 Nov, 09:00  Send your thank-you/);
    expect(await s.ask("next Thursday", /Snoozed\.[^\n]*\n/)).toMatch(/I'll bring it back Thursday 26 Nov/);
    await s.ask("/quit", /Bye for now/);
  }, 60_000);

  it("no longer interested: 'Pick a day' on the last thank-you reminder is taken, and the reminder comes back that day", async () => {
    const s = start("hal", "Europe/London", "2026-11-17T15:00:00Z");
    await greetAndDebrief(s);
    await s.ask("/advance 3h", /What went well\?[^\n]*\n(\s*\[\d+\][^\n]*\n)*/);
    await s.ask("done", /do you still want this job\?[^\n]*\n(\s*\[\d+\][^\n]*\n)*/);
    expect(await s.ask("no", /won't plan a check-in\.\n/)).toMatch(/Send the thank-you anyway/);
    await s.ask("/advance 1d", /It's now Wednesday 18 Nov, 1\d:\d\d\./);
    const last = await s.ask("/advance 1d", /It's now Thursday 19 Nov, 1\d:\d\d\./);
    const reminder = last.slice(last.indexOf("(Thursday 19 Nov, 09:00)"));
    expect(reminder).toMatch(/Pick a day/);
    expect(await s.ask(choice(reminder, "Pick a day"), /Which day should I bring this back\?[^\n]*\n/)).not.toMatch(/can't find that one/);
    expect(await s.ask("Monday", /Snoozed\.[^\n]*\n/)).toMatch(/I'll bring it back Monday 23 Nov, 09:00/);
    // Nothing closes it meanwhile: the reminder is listed, and it comes back on Monday with its buttons working.
    expect(await s.ask("/reminders", /Monday 23 Nov, 09:00[^\n]*\n/)).toMatch(/Monday 23 Nov, 09:00: [^\n]*thank-you[^\n]*\(Staff Engineer at Acme\)/i);
    const back = await s.ask("/advance 4d", /It's now Monday 23 Nov, 1\d:\d\d\./);
    expect(back).toMatch(/\(Monday 23 Nov, 09:00\)[\s\S]*Mark sent/);
    expect(await s.ask(choice(back.slice(back.indexOf("(Monday 23 Nov, 09:00)")), "Mark sent"), /\[\d+\] Undo\n/)).not.toMatch(/can't find that one/);
    await s.ask("/quit", /Bye for now/);
  }, 60_000);
});
