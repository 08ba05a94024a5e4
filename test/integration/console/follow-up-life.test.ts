// The follow-up as people live it, in the terminal coach (in-process, on an injected clock):
// public holidays move the check-in, /advance plays the sweeper through the interval in order,
// and numbered choices are never silently remapped.
import { describe, expect, it } from "vitest";
import { inProcessTerminals } from "../../support/in-process-terminal.js";
import { greetAndDebrief, terminalDebrief } from "../../support/terminal-debrief.js";

const start = inProcessTerminals("console-life");

describe("the terminal coach follows up the way people live it", () => {
  it("moves the check-in past Good Friday and Easter Monday, and /advance delivers each nudge at its own time, in order", async () => {
    // Friday 20 March 2026, 12:00 in London: two weeks later is Good Friday.
    const s = start("ada", "Europe/London", "2026-03-20T12:00:00Z");
    const plan = await greetAndDebrief(s);
    expect(plan).toMatch(/Check in, once: Tuesday 7 Apr, 09:00/);
    expect(plan).toMatch(/follow up on Tuesday 7 April[^\n]*after Good Friday and Easter Monday/);

    // One day forward from Friday noon: the reflect at 15:00 Friday, then the thank-you at 09:00 Saturday.
    const day = await s.ask("/advance 1d", /It's now Saturday 21 Mar, 12:0\d\./);
    const reflectAt = day.indexOf("a nudge from Afterword (Friday 20 Mar, 15:00)");
    const thanksAt = day.indexOf("a nudge from Afterword (Saturday 21 Mar, 09:00)");
    expect(reflectAt).toBeGreaterThan(-1);
    expect(thanksAt).toBeGreaterThan(reflectAt);
    // The letter promises the moved date.
    expect(day.slice(thanksAt)).toMatch(/Tuesday 7 April/);
    // The thank-you's choices continue the reflect's numbering: the reflect's "Skip" still means that.
    const skip = /\[(\d+)\] Skip\n/.exec(day.slice(reflectAt, thanksAt))![1];
    const open = /\[(\d+)\] Open as email \(Dana Li\)/.exec(day.slice(thanksAt))![1];
    expect(Number(open)).toBeGreaterThan(Number(skip));
    await s.ask(skip!, /give differently now/);
    await s.ask("999", /There's no choice \[999\] on screen now/);

    // Two weeks on: the check-in waits for the Tuesday after Easter.
    // Summer time began on 29 March: noon UTC now reads 13:00 in London.
    const weeks = await s.ask("/advance 2w", /It's now Saturday 4 Apr, 13:0\d\./);
    expect(weeks).not.toMatch(/check-in/i);
    expect(await s.ask("/reminders", /Check in, once/)).toMatch(/Tuesday 7 Apr, 09:00/);
    const checkin = await s.ask("/advance 3d", /It's now Tuesday 7 Apr, 13:0\d\./);
    expect(checkin).toMatch(/a nudge from Afterword \(Tuesday 7 Apr, 09:00\)[\s\S]*one short check-in/);
    await s.ask("/quit", /Bye for now/);
  });

  it("plays the sweeper at each due time: /advance 1d from late evening still brings the next morning's nudge at 09:00", async () => {
    const s = start("bo", "Europe/London", "2026-12-15T12:00:00Z");
    await s.expect(/type \/interview-done/);
    // A decision by 23 December: two working days later in England skips Christmas, the weekend and Boxing Day's substitute.
    const plan = await terminalDebrief(s, "Globex, Designer, with Ann Lee", { when: "today 10am", decision: "by 23 December" });
    expect(plan).toMatch(/Check in, once: Tuesday 29 Dec, 09:00/);
    await s.ask("/advance 11h", /It's now Tuesday 15 Dec, 23:0\d\./);
    const morning = await s.ask("/advance 1d", /It's now Wednesday 16 Dec, 23:0\d\./);
    expect(morning).toMatch(/a nudge from Afterword \(Wednesday 16 Dec, 09:00\)[\s\S]*thank-you/);
    await s.ask("/quit", /Bye for now/);
  });

  it("hears back in plain words any time, with one tap; undoes a mark-sent; takes a late offer after the interview closed", async () => {
    const s = start("cy", "Europe/London", "2026-03-20T12:00:00Z");
    await greetAndDebrief(s);
    const day = await s.ask("/advance 1d", /It's now Saturday 21 Mar, 12:0\d\./);
    const sent = /\[(\d+)\] Mark sent/.exec(day.slice(day.indexOf("Saturday 21 Mar, 09:00")))![1]!;
    // Mark sent, then one tap undoes it: the thank-you step is open again.
    const marked = await s.ask(sent, /\[(\d+)\] Undo\n/);
    expect(marked).toMatch(/All thank-you notes are out/);
    await s.ask(/\[(\d+)\] Undo/.exec(marked)![1]!, /Undone: marked your letter to Dana Li sent\./);

    // Typed after the notes, in plain words: "offered" to someone else is a rejection.
    const asked = await s.ask("Acme wrote back, they offered the role to someone else", /\[\d+\] Another interview\n/);
    expect(asked).toMatch(/It sounds like they've gone another way at Acme \(Staff Engineer\)/);
    const replied = await s.ask(/\[(\d+)\] Yes, record it/.exec(asked)![1]!, /\[\d+\] Undo\n/);
    expect(replied).toMatch(/short, gracious reply/);
    // No further nudge of that interview comes: not the thank-you reminder, not the check-in, not the let-go.
    expect(await s.ask("/advance 4w", /It's now Saturday 18 Apr, 13:0\d\.[^\n]*\n/)).toMatch(/No nudges came due\./);
    expect(await s.ask("/reminders", /Nothing scheduled\./)).not.toMatch(/Check in/);

    // A late answer still counts: the closed interview takes an offer.
    const which = await s.ask("/heard-back", /\[\d+\] Acme \(Staff Engineer\)\n/);
    const how = await s.ask(/\[(\d+)\] Acme/.exec(which)![1]!, /\[\d+\] Not this time\n/);
    const offer = await s.ask(/\[(\d+)\] An offer/.exec(how)![1]!, /\[\d+\] Undo\n/);
    expect(offer).toMatch(/Congratulations![\s\S]*LinkedIn is fine/);
    await s.ask("/quit", /Bye for now/);
  });

  it("asks once before a thank-you goes out ahead of the reflect step, and the reflect then does not say 'before you write'", async () => {
    const s = start("di", "Europe/London", "2026-03-20T12:00:00Z");
    const plan = await greetAndDebrief(s);
    const preview = await s.ask(/\[(\d+)\] Preview my notes now/.exec(plan)![1]!, /\[\d+\] Try another version\n/);
    // No email link yet: "Open as email" is a button that asks first.
    expect(preview).not.toMatch(/Open as email \(Dana Li\)/);
    const ask = await s.ask(/\[(\d+)\] Mark sent/.exec(preview)![1]!, /\[\d+\] Wait until tomorrow\n/);
    expect(ask).toMatch(/Send before you've slept on it\?/);
    const sent = await s.ask(/\[(\d+)\] I've sent it already/.exec(ask)![1]!, /\[\d+\] Undo\n/);
    expect(sent).toMatch(/All thank-you notes are out/);
    const reflect = await s.ask("/advance 5h", /It's now Friday 20 Mar, 17:0\d\./);
    expect(reflect).toMatch(/a nudge from Afterword \(Friday 20 Mar, 15:00\)[\s\S]*Your thank-you notes are out already/);
    expect(reflect).not.toMatch(/Before you write/);
    await s.ask("/quit", /Bye for now/);
  });

  it("/letters shows every letter of the open interviews with its state and working buttons, after another was marked sent", async () => {
    const s = start("ed", "Europe/London", "2026-03-20T12:00:00Z");
    await greetAndDebrief(s, "Acme, Staff Engineer, with Dana Li and Omar Haddad", { when: "today 11am" });
    const day = await s.ask("/advance 1d", /It's now Saturday 21 Mar, 12:0\d\./);
    const first = /\[(\d+)\] Mark sent/.exec(day.slice(day.indexOf("Saturday 21 Mar, 09:00")))![1]!;
    await s.ask(first, /1 to go: Omar Haddad/);
    const list = await s.ask("/letters", /\[\d+\] Undo: Marked your letter to Dana Li sent\n/);
    expect(list).toMatch(/Acme \(Staff Engineer\): thank-you to Dana Li \(sent\), thank-you to Omar Haddad \(draft\)/);
    // Omar's letter keeps its buttons: Mark sent from the list completes the step.
    const omar = /\[(\d+)\] Mark sent/.exec(list.slice(list.indexOf("To: Omar Haddad")))![1]!;
    expect(await s.ask(omar, /\[\d+\] Undo\n/)).toMatch(/All thank-you notes are out/);
    await s.ask("/quit", /Bye for now/);
  });
});
