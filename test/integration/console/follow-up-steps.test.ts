// The follow-up's steps as a person takes them in the terminal coach (in-process, on an injected
// clock): a name question left waiting gives way to the look back, another round logs the next
// interview from plain words, and stop nudges, another round and let go each undo with one tap.
import { describe, expect, it } from "vitest";
import { inProcessTerminals } from "../../support/in-process-terminal.js";
import { choice } from "../../support/terminal-choice.js";
import { greetAndDebrief } from "../../support/terminal-debrief.js";

const start = inProcessTerminals("console-steps");

describe("the terminal coach's follow-up steps", () => {
  it("a look back that arrives while the name question waits takes the answer as a look back, not as a name", async () => {
    const s = start("kim", "Europe/London", "2026-11-17T15:00:00Z");
    const saved = await greetAndDebrief(s, "Acme, Staff Engineer, with Dana Li", { when: "today 11am", signAs: null });
    expect(saved).toMatch(/What name should I sign your letters with\?/);
    const reflect = await s.ask("/advance 3h", /It's now Tuesday 17 Nov, 18:0\d\./);
    expect(reflect).toMatch(/What went well\?/);
    const kept = await s.ask("The billing migration story landed", /give differently now[^\n]*\n/);
    expect(kept).toMatch(/Kept with your debrief/);
    expect(kept).not.toMatch(/signed/);
    expect(await s.ask("/settings", /Delete my data\n/)).toMatch(/Signed without a name yet/);
    await s.ask("/quit", /Bye for now/);
  });

  it("stop nudges asks first, and one tap on Undo brings the nudges back", async () => {
    const s = start("lee", "Europe/London", "2026-11-17T15:00:00Z");
    await greetAndDebrief(s);
    const reflect = await s.ask("/advance 3h", /It's now Tuesday 17 Nov, 18:0\d\./);
    const asked = await s.ask(choice(reflect, "Stop nudges for this one"), /\[\d+\] Keep them\n/);
    expect(asked).toMatch(/Stop every nudge about Acme\?/);
    expect(await s.ask("/reminders", /Check in, once[^\n]*\n/)).toMatch(/Send your thank-you notes \(Staff Engineer at Acme\)/);
    const stopped = await s.ask(choice(asked, "Yes, stop them"), /\[\d+\] Undo\n/);
    expect(stopped).toMatch(/No more nudges about Acme/);
    expect(await s.ask("/reminders", /Nothing scheduled\.\n/)).toBeTruthy();
    expect(await s.ask(choice(stopped, "Undo"), /Undone[^\n]*\n/)).toMatch(/Undone: stopped the nudges for Acme\. The follow-up is back as it was\./);
    const back = await s.ask("/reminders", /Check in, once[^\n]*\n/);
    expect(back).toMatch(/Wednesday 18 Nov, 09:00: Send your thank-you notes \(Staff Engineer at Acme\)[\s\S]*Tuesday 1 Dec, 09:00: Check in, once/);
    await s.ask("/quit", /Bye for now/);
  });

  it("another round keeps the thank-you, logs the next interview from 'next tuesday 10am', and undoes from settings", async () => {
    const s = start("max", "Europe/London", "2026-11-17T15:00:00Z");
    await greetAndDebrief(s, "Globex, Platform Lead, with Ann Lee", { when: "today 11am" });
    // "Heard from <company>" asks which way, naming the interview; "they rejected me" is news too.
    expect(await s.ask("heard from Globex", /\[\d+\] Another interview\n/)).toMatch(/You heard back about Globex \(Platform Lead\)\. Which way did it go\?/);
    expect(await s.ask("they rejected me for the platform job", /\[\d+\] Another interview\n/)).toMatch(/gone another way at Globex \(Platform Lead\)/);
    const how = await s.ask("they want a second round at Globex", /\[\d+\] Another interview\n/);
    expect(how).toMatch(/they want another round at Globex \(Platform Lead\)/);
    const round = await s.ask(choice(how, "Yes, record it"), /\[\d+\] Undo\n/);
    expect(round).toMatch(/thank-you notes for this round still matter/);
    await s.ask(choice(round, "Log the next interview"), /When does it start\?/);
    expect(await s.ask("next tuesday 10am", /Or skip\.\n/)).toMatch(/Platform Lead at Globex, on Tuesday 24 Nov at 10:00/);
    await s.ask("skip", /\n\s*\[\d+\][^\n]*\n\n/);
    const listed = await s.ask("/reminders", /How did it go\?[^\n]*\n/);
    expect(listed).toMatch(/Tuesday 24 Nov, 10:00: Interview, Platform Lead at Globex/);
    expect(listed).not.toMatch(/Check in, once/);
    // Every line names the role and the company.
    const lines = listed.split("\n").filter((l) => /^\s+\w+day \d+ \w+, \d\d:\d\d: /.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(line).toMatch(/Platform Lead at Globex/);

    const home = await s.ask("/settings", /Delete my data\n/);
    expect(await s.ask(choice(home, "Undo: Recorded another round at Globex"), /Undone[^\n]*\n/)).toMatch(/Undone: recorded another round at Globex/);
    expect(await s.ask("/reminders", /Tuesday 1 Dec, 09:00: Check in, once[^\n]*\n/)).toMatch(/\(Platform Lead at Globex\)/);
    await s.ask("/quit", /Bye for now/);
  });

  it("the let-go's Keep it open undoes it within the day: the interview stays open and the reply says nothing more is planned", async () => {
    const s = start("ned", "Europe/London", "2026-11-17T15:00:00Z");
    await greetAndDebrief(s);
    const weeks = await s.ask("/advance 21d", /It's now Tuesday 8 Dec, 15:0\d\./);
    const letGo = weeks.slice(weeks.indexOf("(Tuesday 8 Dec, 09:00)"));
    // The check-in was never marked sent: the let-go does not claim it was.
    expect(letGo).toMatch(/No word from Acme about the Staff Engineer role, and the check-in I suggested isn't marked sent\. Sent or not, this is the point to stop waiting\. There's nothing more to chase, so I'm closing it/);
    expect(letGo).not.toMatch(/since your check-in|one courteous check-in/);
    expect(letGo).toMatch(/If they come back to you, wonderful: tell me \("heard from Acme"\) and I'll pick it up from there\./);
    // The check-in names the company once.
    expect(weeks).toMatch(/If you haven't heard from Acme about the Staff Engineer role, now is the moment for one short check-in/);
    expect(await s.ask("/settings", /Delete my data\n/)).toMatch(/Acme \(Staff Engineer\): closed \(let go\)/);
    const kept = await s.ask(choice(letGo, "Keep it open"), /\[\d+\] Heard back\n/);
    expect(kept).toMatch(/Undone: let Acme go\. It stays open, with nothing more planned: I won't nudge you about it again\. If they get back to you, tell me and I'll pick it up from there\./);
    expect(kept).not.toMatch(/back as it was/);
    expect(await s.ask("/settings", /Delete my data\n/)).toMatch(/Acme \(Staff Engineer\): following up/);
    expect(await s.ask("/reminders", /Nothing scheduled\.\n/)).toBeTruthy();
    expect(await s.ask(choice(kept, "Heard back"), /Not this time\n/)).toMatch(/What did you hear from \*?Acme\*?\?/);
    await s.ask("/quit", /Bye for now/);
  });

  it("after a check-in marked sent, the let-go says so; Keep it open two days later points to hearing back, which still works", async () => {
    const s = start("oli", "Europe/London", "2026-11-17T15:00:00Z");
    await greetAndDebrief(s);
    const weeks = await s.ask("/advance 14d", /It's now Tuesday 1 Dec, 15:0\d\./);
    const checkin = weeks.slice(weeks.indexOf("(Tuesday 1 Dec, 09:00)"));
    expect(await s.ask(choice(checkin, "Sent it"), /Check-in sent\.[^\n]*\n/)).toMatch(/the ball is in their court/);
    const week = await s.ask("/advance 8d", /It's now Wednesday 9 Dec, 15:0\d\./);
    const letGo = week.slice(week.indexOf("No word from"));
    expect(letGo).toMatch(/^No word from Acme since your check-in about the Staff Engineer role\. You did this one well: a thoughtful debrief and one courteous check-in\. There's nothing more to chase/);
    await s.ask("/advance 2d", /It's now Friday 11 Dec, 15:0\d\./);
    const late = await s.ask(choice(letGo, "Keep it open"), /\[\d+\] Heard back\n/);
    expect(late).toMatch(/That was more than a day ago, so it can't be undone from here any more\. If Acme gets back to you, tell me and I'll pick it up from there\./);
    const which = await s.ask(choice(late, "Heard back"), /Not this time\n/);
    expect(which).toMatch(/What did you hear from \*?Acme\*?\?/);
    expect(await s.ask(choice(which, "An offer"), /\[\d+\] Undo\n/)).toMatch(/Congratulations!/);
    await s.ask("/quit", /Bye for now/);
  });
});
