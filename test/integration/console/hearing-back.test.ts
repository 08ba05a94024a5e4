// Hearing back in plain words in the terminal coach (in-process, on an injected clock): a word of
// the role alone tells two open interviews apart, and the line after a confirmed "heard from
// <company>" is about that interview without asking again (within the hour, and during a look back too).
import { describe, expect, it } from "vitest";
import { inProcessTerminals } from "../../support/in-process-terminal.js";
import { choice } from "../../support/terminal-choice.js";
import { greetAndDebrief, terminalDebrief } from "../../support/terminal-debrief.js";

const start = inProcessTerminals("console-hearing");

describe("the terminal coach hears back in plain words", () => {
  it("'the designer one said no' picks Globex (Product Designer) over Acme (Data Engineer) and closes only Globex", async () => {
    const s = start("ida", "Europe/London", "2026-11-17T15:00:00Z");
    await greetAndDebrief(s, "Acme, Data Engineer, with Dana Li", { when: "today 10am" });
    await terminalDebrief(s, "Globex, Product Designer, with Ann Lee", { when: "today 1pm" });
    const asked = await s.ask("the designer one said no", /\[\d+\] Another interview\n/);
    expect(asked).toMatch(/It sounds like they've gone another way at Globex \(Product Designer\)\. Shall I record that and stop its nudges\?/);
    expect(asked).not.toMatch(/Acme/);
    expect(await s.ask(choice(asked, "Yes, record it"), /\[\d+\] Undo\n/)).toMatch(/I'm sorry[\s\S]*Globex/);
    const home = await s.ask("/settings", /Delete my data\n/);
    expect(home).toMatch(/Globex \(Product Designer\): closed/);
    expect(home).toMatch(/Acme \(Data Engineer\): following up/);
    await s.ask("/quit", /Bye for now/);
  });

  it("after 'heard from Globex' names Globex, 'they want a second round' is about Globex, typed or after picking it from 'heard back'", async () => {
    const s = start("jon", "Europe/London", "2026-11-17T15:00:00Z");
    await greetAndDebrief(s, "Acme, Data Engineer, with Dana Li", { when: "today 10am" });
    await terminalDebrief(s, "Globex, Product Designer, with Ann Lee", { when: "today 1pm" });
    expect(await s.ask("heard from Globex", /\[\d+\] Another interview\n/)).toMatch(/You heard back about Globex \(Product Designer\)\. Which way did it go\?/);
    const round = await s.ask("they want a second round", /\[\d+\] Another interview\n/);
    expect(round).toMatch(/It sounds like they want another round at Globex \(Product Designer\)\. Shall I record that/);
    expect(round).not.toMatch(/Which interview/);
    // Something else in between ends it: the next news names no interview, so it asks again.
    expect(await s.ask("hi", /\/interview-done[^\n]*\n/)).toMatch(/Hello!/);
    expect(await s.ask("they want a second round", /\[\d+\] [^\n]*\n\n/)).toMatch(/Which interview is this about\?/);
    // Picked from "heard back": the interview is known, the typed news is about it.
    const which = await s.ask("heard back", /\[\d+\] Globex \(Product Designer\)\n/);
    expect(await s.ask(choice(which, "Globex \\(Product Designer\\)"), /Not this time\n/)).toMatch(/What did you hear from \*?Globex\*?\?/);
    const offer = await s.ask("they offered me the job!", /\[\d+\] Another interview\n/);
    expect(offer).toMatch(/It sounds like you have an offer at Globex \(Product Designer\)/);
    await s.ask("/quit", /Bye for now/);
  });

  it("during a look back, news about another interview is kept for the next line (for an hour), and the look back goes on", async () => {
    const s = start("kai", "Europe/London", "2026-11-17T15:00:00Z");
    await greetAndDebrief(s, "Acme, Data Engineer, with Dana Li", { when: "today 10am" });
    await terminalDebrief(s, "Globex, Product Designer, with Ann Lee", { when: "today 1pm" });
    const evening = await s.ask("/advance 3h", /It's now Tuesday 17 Nov, 18:0\d\./);
    expect(evening).toMatch(/What went well\?/);
    expect(await s.ask("heard from Globex", /\[\d+\] Another interview\n/)).toMatch(/You heard back about Globex \(Product Designer\)/);
    expect(await s.ask("they want a second round", /\[\d+\] Another interview\n/)).toMatch(/they want another round at Globex \(Product Designer\)/);
    // Two hours on, news naming no interview asks which one again.
    await s.ask("/advance 2h", /It's now Tuesday 17 Nov, 20:0\d\./);
    expect(await s.ask("they want a second round", /\[\d+\] [^\n]*\n\n/)).toMatch(/Which interview is this about\?/);
    // The look back is still open: a plain line is an answer to it.
    expect(await s.ask("The portfolio review landed well", /give differently now[^\n]*\n/)).toMatch(/Kept with your debrief/);
    await s.ask("/quit", /Bye for now/);
  });
});
