import { afterEach, describe, expect, it } from "vitest";
import { Actions } from "../../src/core/actions.js";
import { Driver, buttonsOf, tempCoach, textOf } from "../helpers/temp-store.js";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup(at = "2026-11-17T15:00:00Z") {
  const t = tempCoach(at);
  cleanups.push(t.cleanup);
  const sam = new Driver(t.coach, { platform: "slack", tenant: "T1", user: "U1" }, t.clock);
  return { ...t, sam };
}

/** Answers every question of a full debrief with two interviewers. */
function fullDebrief(sam: Driver) {
  sam.command("Acme, Staff Engineer, with Dana Li and Omar Haddad");
  sam.say("today 10am");
  sam.press(Actions.answer, "video");
  sam.say("final round");
  sam.press(Actions.answer, "yes"); // Dana Li
  sam.say("Engineering Manager");
  sam.say("dana.li@acme.example");
  sam.say("asked how I'd migrate the billing service without downtime");
  sam.say("Omar Hadad"); // a correction of the spelling…
  sam.say("Omar Haddad"); // …and back again
  sam.press(Actions.answer, "yes");
  sam.say("Principal Engineer");
  sam.say("skip");
  sam.say("wanted to know how I handle disagreement in design reviews");
  sam.say("talked about on-call load and the platform roadmap");
  sam.say("the team is drowning in flaky deploys");
  sam.say("they said on-call is one week in six");
  sam.say("they'd decide by Friday");
  sam.say("by Friday");
  sam.say("the migration story landed well");
  sam.say("I rambled on the system design question");
  sam.say("I led the CI overhaul that cut deploy failures by 80%");
  sam.say("strong team, real ownership");
  sam.say("long commute");
  sam.press(Actions.answer, "yes");
  return sam.say("no");
}

describe("the debrief", () => {
  it("prefills from the command and asks the first missing question", () => {
    const { sam } = setup();
    const out = textOf(sam.command("Acme, Staff Engineer, with Dana Li and Omar Haddad"));
    expect(out).toContain("Acme");
    expect(out).toContain("Dana Li and Omar Haddad");
    expect(out).toMatch(/When was the interview/);
  });

  it("runs every question, reads names back, and ends on a summary with confirm", () => {
    const { sam, store } = setup();
    const summary = fullDebrief(sam);
    const text = textOf(summary);
    expect(text).toContain("Company: Acme");
    expect(text).toContain("Role: Staff Engineer");
    expect(text).toContain("Tuesday 17 Nov, 10:00");
    expect(text).toContain("Dana Li · Engineering Manager · dana.li@acme.example");
    expect(text).toContain("Omar Haddad · Principal Engineer");
    expect(text).toMatch(/Decision date: Friday 20 November/);
    expect(text).toContain("Still interested: Yes");
    expect(buttonsOf(summary).map((b) => b.action)).toEqual([Actions.confirm, Actions.editMenu, Actions.cancel]);
    const user = store.users.find({ platform: "slack", tenant: "T1", user: "U1" })!;
    const [row] = store.interviews.list(user.id);
    const d = store.interviews.load(user.id, row!.id)!;
    expect(d.status).toBe("draft");
    expect(d.interviewers.map((p) => p.name)).toEqual(["Dana Li", "Omar Haddad"]);
    expect(d.teamNeeds).toBe("the team is drowning in flaky deploys");
    expect(d.recruiter).toBeUndefined();
  });

  it("confirming saves the interview, plans the nudges and tells the user what happens next", () => {
    const { sam, store } = setup();
    const summary = fullDebrief(sam);
    const confirm = buttonsOf(summary).find((b) => b.action === Actions.confirm)!;
    const out = textOf(sam.press(confirm.action, confirm.value));
    expect(out).toMatch(/Saved\. Here's the plan/);
    expect(out).toMatch(/Look back and reflect: Tuesday 17 Nov, 18:00/);
    expect(out).toMatch(/Send your thank-you notes: Wednesday 18 Nov, 09:00/);
    expect(out).toMatch(/Check in, once: Tuesday 24 Nov, 09:00/); // two working days after Friday 20
    const user = store.users.find({ platform: "slack", tenant: "T1", user: "U1" })!;
    expect(store.reminders.upcomingForUser(user.id).map((r) => r.kind)).toEqual(["reflect", "thanks", "checkin"]);
    expect(store.conversations.get(user.id)).toBeUndefined();
  });

  it("skip leaves a field empty and moves on; back returns to the previous question", () => {
    const { sam } = setup();
    sam.command();
    expect(textOf(sam.say("skip"))).toMatch(/What's the role/);
    expect(textOf(sam.say("back"))).toMatch(/Which company/);
    sam.say("Globex");
    expect(textOf(sam.press(Actions.skip))).toMatch(/When was the interview/);
  });

  it("done finishes early with a summary that shows the gaps", () => {
    const { sam } = setup();
    sam.command("Initech");
    const out = textOf(sam.say("done"));
    expect(out).toContain("Company: Initech");
    expect(out).toContain("Role: —");
  });

  it("cancel discards the draft and says so", () => {
    const { sam, store } = setup();
    sam.command("Initech");
    expect(textOf(sam.say("cancel"))).toMatch(/discarded/);
    const user = store.users.find({ platform: "slack", tenant: "T1", user: "U1" })!;
    expect(store.interviews.list(user.id)).toEqual([]);
  });

  it("re-asks an unparseable date with an example, keeping what was stored", () => {
    const { sam, store } = setup();
    sam.command("Acme, Engineer");
    const out = textOf(sam.say("the day the music died"));
    expect(out).toMatch(/couldn't read that as a date/);
    expect(out).toMatch(/yesterday at 3pm/);
    expect(textOf(sam.say("yesterday at 3pm"))).toMatch(/Got it: Monday 16 Nov, 15:00/);
    const user = store.users.find({ platform: "slack", tenant: "T1", user: "U1" })!;
    expect(store.interviews.load(user.id, store.interviews.list(user.id)[0]!.id)!.company).toBe("Acme");
  });

  it("trims a 20,000-character answer with a notice and keeps going", () => {
    const { sam, store } = setup();
    sam.command("Acme, Engineer, with Dana Li");
    sam.say("today 9am");
    sam.say("phone");
    sam.say("first");
    sam.say("yes");
    sam.say("CTO");
    sam.say("skip");
    const out = textOf(sam.say("x".repeat(20_000)));
    expect(out).toMatch(/kept the first 1,500 characters/);
    const user = store.users.find({ platform: "slack", tenant: "T1", user: "U1" })!;
    const d = store.interviews.load(user.id, store.interviews.list(user.id)[0]!.id)!;
    expect(d.interviewers[0]!.specific!.length).toBe(1500);
  });

  it("edits one field from the summary and returns to it", () => {
    const { sam } = setup();
    const summary = fullDebrief(sam);
    const menu = sam.press(Actions.editMenu, buttonsOf(summary)[1]!.value);
    expect(buttonsOf(menu).map((b) => b.value)).toContain("role");
    expect(textOf(sam.press(Actions.editField, "role"))).toMatch(/What's the role/);
    const back = textOf(sam.say("Senior Staff Engineer"));
    expect(back).toContain("Role: Senior Staff Engineer");
    expect(back).toContain("Company: Acme");
  });

  it("a new /interview-done while one is open asks to finish it or start fresh", () => {
    const { sam } = setup();
    sam.command("Acme, Engineer");
    const out = sam.command("Globex");
    expect(textOf(out)).toMatch(/partway through a debrief for \*Acme\*/);
    expect(textOf(sam.press("debrief.resume"))).toMatch(/When was the interview/);
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
    const { coach, clock } = setup();
    const from = { platform: "slack" as const, tenant: "T1", user: "U1" };
    const event = { kind: "command" as const, name: "interview-done" as const, args: "Acme", from, at: clock.now(), id: "Ev1" };
    expect(coach.handle(event).length).toBeGreaterThan(0);
    expect(coach.handle(event)).toEqual([]);
  });

  it("keeps two users with the same id in two tenants apart", () => {
    const { coach, clock, store } = setup();
    const a = new Driver(coach, { platform: "slack", tenant: "T1", user: "U1" }, clock);
    const b = new Driver(coach, { platform: "slack", tenant: "T2", user: "U1" }, clock);
    a.command("Acme, Engineer");
    const bOut = textOf(b.command());
    expect(bOut).not.toContain("Acme");
    expect(bOut).toMatch(/Which company/);
    b.say("Globex");
    expect(textOf(a.say("done"))).not.toContain("Globex");
    const ua = store.users.find({ platform: "slack", tenant: "T1", user: "U1" })!;
    const ub = store.users.find({ platform: "slack", tenant: "T2", user: "U1" })!;
    const aInterview = store.interviews.list(ua.id)[0]!.id;
    expect(store.interviews.load(ub.id, aInterview)).toBeUndefined();
    // A button naming the other tenant's interview finds nothing.
    expect(textOf(b.press(Actions.stopNudges, String(aInterview)))).toMatch(/can't find that one/);
  });
});
