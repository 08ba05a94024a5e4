import { afterEach, describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import type { Form, Outbound } from "../../../src/core/types.js";
import { Driver, buttonsOf, tempCoach, textOf } from "../../support/temp-store.js";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup(at = "2026-11-17T15:00:00Z") {
  const t = tempCoach(at);
  cleanups.push(t.cleanup);
  const ref = { platform: "slack" as const, tenant: "T1", user: "U1" };
  const sam = new Driver(t.coach, ref, t.clock);
  const latest = () => {
    const user = t.store.users.find(ref)!;
    return t.store.interviews.load(user.id, t.store.interviews.list(user.id)[0]!.id)!;
  };
  return { ...t, sam, ref, latest };
}

const formOf = (out: Outbound | undefined): Form => {
  const block = out?.blocks.find((b) => b.type === "form");
  if (block?.type !== "form") throw new Error("no form");
  return block.form;
};

describe("the debrief", () => {
  it("reads names back in one question and takes a fix, a title, an email and 'drop <name>'", () => {
    const { sam, latest } = setup();
    const first = textOf(sam.command("Acme, Staff Engineer, today 10am, video, final round, with Dana Li, Dana Lee and Omar Haddad"));
    expect(first).toMatch(/\*Dana Li\* and \*Dana Lee\* look alike: two people, or one\?/);
    expect(first).toMatch(/I have \*Dana Li\*, \*Dana Lee\* and \*Omar Haddad\*\. Spelled exactly right\?/);
    expect(textOf(sam.say("drop Dana Lee"))).toMatch(/Dropped \*Dana Lee\*\.[\s\S]*I have \*Dana Li\* and \*Omar Haddad\*/);
    expect(textOf(sam.say("Omar Hadad (Principal Engineer)"))).toMatch(/I have \*Dana Li\* and \*Omar Hadad\* \(Principal Engineer\)/);
    expect(textOf(sam.say("dana.li@acme.example"))).toMatch(/Added the email/);
    expect(textOf(sam.press(Actions.answer, "yes"))).toMatch(/What did you talk about with \*Dana Li\*\?/);
    expect(latest().interviewers).toMatchObject([
      { name: "Dana Li", email: "dana.li@acme.example" },
      { name: "Omar Hadad", title: "Principal Engineer" },
    ]);
  });

  it("takes names typed in lower case as people, and never turns notes typed at the read-back into interviewers", () => {
    const { sam, latest } = setup();
    const first = textOf(sam.command("northwind labs, senior data engineer, today 2pm, video, final round, with priya ramaswamy and tomás de la cruz"));
    expect(first).toMatch(/I have \*priya ramaswamy\* and \*tomás de la cruz\*/);
    expect(first).toMatch(/\*priya ramaswamy\* is all lower case: is that how they write it\?/);
    expect(first).toMatch(/Your letters will say \*Northwind Labs\* and \*the senior data engineer role\*: type _edit_ if they write them differently\./);
    const notes = textOf(sam.say("she asked how id move their nightly batch ETL to streaming w/o downtime. i said kafka + CDC, she seemed to like it"));
    expect(notes).toMatch(/reads like notes[\s\S]*I have \*priya ramaswamy\* and \*tomás de la cruz\*\./);
    expect(textOf(sam.say("Priya Ramaswamy (Head of Data), Tomás de la Cruz (Staff Engineer)"))).toMatch(/I have \*Priya Ramaswamy\* \(Head of Data\) and \*Tomás de la Cruz\* \(Staff Engineer\)\./);
    expect(latest().interviewers.map((p) => p.name)).toEqual(["Priya Ramaswamy", "Tomás de la Cruz"]);
  });

  it("asks for a decision day only when the next steps name timing without one", () => {
    const { sam, latest } = setup();
    sam.command("Acme, Engineer, today 10am, video, final round");
    sam.say("skip"); // no interviewers
    sam.say("skip"); // team needs
    const soon = textOf(sam.say("They'll decide soon"));
    expect(soon).toMatch(/name a day for the decision/);
    expect(textOf(sam.say("end of next week"))).toMatch(/Noted: a decision by Friday 27 November[\s\S]*recruiter/);
    expect(latest().decisionDate).toBe("2026-11-27");
  });

  it("Edit from the summary changes one thing and nothing else", () => {
    const { sam, latest } = setup();
    sam.command("Acme, Staff Engineer, today 10am, video, final round, with Dana Li (CTO) and Omar Haddad (VP)");
    for (const answer of ["yes", "billing", "design reviews", "fewer flaky deploys", "They'll be in touch", "no"]) sam.say(answer);
    const summary = sam.say("skip");
    expect(textOf(summary)).toMatch(/Check it over/);
    const menu = sam.press(Actions.editMenu, buttonsOf(summary)[1]!.value);
    const labels = buttonsOf(menu).map((b) => b.label);
    expect(labels).toEqual(expect.arrayContaining(["Role: Staff Engineer", "Dana Li, title: CTO", "Omar Haddad, title: VP", "Format: video", "Recruiter: —"]));
    const omarTitle = buttonsOf(menu).find((b) => b.label === "Omar Haddad, title: VP")!;
    const before = latest();
    expect(textOf(sam.press(Actions.editField, omarTitle.value))).toMatch(/You said: _VP_\. Type a new answer[\s\S]*What is \*Omar Haddad\*'s title\?/);
    expect(textOf(sam.say("Principal Engineer"))).toMatch(/Omar Haddad · Principal Engineer/);
    const after = latest();
    expect(after.interviewers[1]).toEqual({ ...before.interviewers[1], title: "Principal Engineer" });
    expect({ ...after, interviewers: [after.interviewers[0]] }).toEqual({ ...before, interviewers: [before.interviewers[0]] });
    expect(textOf(sam.say("back"))).toMatch(/You said: _Principal Engineer_/);
  });

  it("skip is one word or one tap; done saves what is there at once", () => {
    const { sam, store, ref } = setup();
    sam.command();
    expect(textOf(sam.say("skip"))).toMatch(/When was it\?/);
    expect(textOf(sam.press(Actions.skip))).toMatch(/How did it happen/);
    expect(textOf(sam.say("back"))).toMatch(/When was it\?/);
    const saved = textOf(sam.say("done"));
    expect(saved).toMatch(/Saved\. Here's the plan/);
    const user = store.users.find(ref)!;
    expect(store.interviews.list(user.id)[0]!.status).toBe("active");
  });

  it("cancel discards the draft and says so", () => {
    const { sam, store, ref } = setup();
    sam.command("Initech");
    expect(textOf(sam.say("cancel"))).toMatch(/discarded/);
    expect(store.interviews.list(store.users.find(ref)!.id)).toEqual([]);
  });

  it("re-asks an unparseable date with an example, keeping what was stored", () => {
    const { sam, latest } = setup();
    sam.command("Acme, Engineer");
    const out = textOf(sam.say("the day the music died"));
    expect(out).toMatch(/couldn't read “the day the music died” as a date and time: I can't place “music died”/);
    expect(textOf(sam.say("yesterday at 3pm"))).toMatch(/Got it: Monday 16 Nov, 15:00/);
    expect(latest().company).toBe("Acme");
  });

  it("trims a 20,000-character answer with a notice and keeps going", () => {
    const { sam, latest } = setup();
    sam.command("Acme, Engineer, today 9am, phone, first round, with Dana Li");
    sam.say("yes");
    expect(textOf(sam.say("x".repeat(20_000)))).toMatch(/kept the first 1,500 characters/);
    expect(latest().interviewers[0]!.specific!.length).toBe(1500);
  });

  it("a new /interview-done while one is open asks to finish it or start fresh", () => {
    const { sam } = setup();
    sam.command("Acme, Engineer");
    const out = sam.command("Globex");
    expect(textOf(out)).toMatch(/partway through a debrief for \*Acme\*/);
    expect(textOf(sam.press("debrief.resume"))).toMatch(/When was it\?/);
    sam.command("Globex");
    expect(textOf(sam.press("debrief.fresh"))).toMatch(/Globex/);
  });

  it("keeps the command's name apart from the user's display name, which signs their letters", () => {
    const { coach, clock, store } = setup();
    const from = { platform: "teams" as const, tenant: "T9", user: "aad-1" };
    coach.handle({ kind: "command", name: "interview-done", args: "Acme", from, at: clock.now(), id: "c1", displayName: "Ola Nordmann" });
    expect(store.users.find(from)!.displayName).toBe("Ola Nordmann");
  });

  it("applies a retried delivery only once", () => {
    const { coach, clock, ref } = setup();
    const event = { kind: "command" as const, name: "interview-done" as const, args: "Acme", from: ref, at: clock.now(), id: "Ev1" };
    expect(coach.handle(event).length).toBeGreaterThan(0);
    expect(coach.handle(event)).toEqual([]);
  });

  it("keeps two users with the same id in two tenants apart", () => {
    const { coach, clock, store } = setup();
    const a = new Driver(coach, { platform: "slack", tenant: "T1", user: "U1" }, clock);
    const b = new Driver(coach, { platform: "slack", tenant: "T2", user: "U1" }, clock);
    a.command("Acme, Engineer");
    const bOut = textOf(b.command());
    expect(bOut).not.toMatch(/noted/);
    expect(bOut).toMatch(/Which company/);
    b.say("Globex, Designer");
    expect(textOf(a.say("done"))).not.toContain("Globex");
    const ua = store.users.find({ platform: "slack", tenant: "T1", user: "U1" })!;
    const ub = store.users.find({ platform: "slack", tenant: "T2", user: "U1" })!;
    const aInterview = store.interviews.list(ua.id)[0]!.id;
    expect(store.interviews.load(ub.id, aInterview)).toBeUndefined();
    expect(textOf(b.press(Actions.stopNudges, String(aInterview)))).toMatch(/can't find that one/);
  });
});

describe("the debrief form", () => {
  it("is prefilled from the command in the user's zone and writes nothing until it is sent", () => {
    const { coach, store, ref } = setup();
    const form = formOf(coach.debriefForm(ref, "Northwind, Lead Data Engineer, yesterday at 4pm, on site, with Priya Raman (CTO), not sure I want it"));
    const value = (id: string) => form.fields.find((f) => f.id === id)?.value;
    expect([value("company"), value("role"), value("date"), value("time"), value("format")]).toEqual(["Northwind", "Lead Data Engineer", "2026-11-16", "16:00", "on site"]);
    expect([value("name1"), value("title1"), value("name2"), value("notes")]).toEqual(["Priya Raman", "CTO", undefined, "not sure I want it"]);
    expect(form.fields.filter((f) => f.id.startsWith("name"))).toHaveLength(8);
    expect(form.title.length).toBeLessThanOrEqual(24);
    expect(store.users.find(ref)).toBeUndefined();
  });

  it("submitted, continues in the chat with only what the form does not hold", () => {
    const { coach, sam, ref, latest } = setup();
    const form = formOf(coach.debriefForm(ref, "Acme, Staff Engineer"));
    const out = sam.pressForm(form.token, { company: "Acme", role: "Staff Engineer", date: "2026-11-17", time: "10:00", format: "video", stage: "final round", name1: "Dana Li", title1: "CTO", name2: "12 person startup" });
    expect(textOf(out)).toMatch(/Thanks, that's the basics\. I kept _12 person startup_ as a note, not as an interviewer[\s\S]*I have \*Dana Li\* \(CTO\)\. Spelled exactly right\?/);
    expect(latest()).toMatchObject({ company: "Acme", role: "Staff Engineer", format: "video", stage: "final round", happenedAt: "2026-11-17T10:00:00.000Z" });
    expect(latest().interviewers).toMatchObject([{ name: "Dana Li", title: "CTO" }]);
    void ref;
  });

  it("refuses another user's, a used or an old form, and a malformed one, with a clear line and nothing stored", () => {
    const { coach, sam, clock, store, ref } = setup();
    const mine = formOf(coach.debriefForm(ref, "Acme"));
    const eve = new Driver(coach, { platform: "slack", tenant: "T1", user: "UEVE" }, clock);
    expect(textOf(eve.pressForm(mine.token, { company: "Evil" }))).toMatch(/wasn't opened by you/);
    expect(textOf(sam.pressForm(mine.token, { company: "Acme", date: "17/11/2026" }))).toMatch(/didn't come through right \(the day is not a date\)/);
    expect(textOf(sam.pressForm(mine.token, { company: "Acme", secret: "x" }))).toMatch(/didn't come through right/);
    expect(textOf(sam.pressForm(mine.token, { company: ["Acme"] }))).toMatch(/didn't come through right/);
    for (const ref2 of [ref, { platform: "slack" as const, tenant: "T1", user: "UEVE" }]) {
      const user = store.users.find(ref2);
      expect(user ? store.interviews.list(user.id) : []).toEqual([]);
    }
    expect(textOf(sam.pressForm(mine.token, { company: "Acme" }))).toMatch(/Thanks, that's the basics/);
    sam.say("cancel");
    expect(textOf(sam.pressForm(mine.token, { company: "Acme again" }))).toMatch(/already been used or has expired/);
    const old = formOf(coach.debriefForm(ref, "Globex"));
    clock.advance(25 * 3_600_000);
    expect(textOf(sam.pressForm(old.token, { company: "Globex" }))).toMatch(/already been used or has expired/);
    expect(store.interviews.list(store.users.find(ref)!.id)).toEqual([]);
  });
});
