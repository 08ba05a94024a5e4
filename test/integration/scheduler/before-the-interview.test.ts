// Before the interview, on the real engine, store and sweeper with a simulated clock, in two zones:
// logged ahead, the short plan the evening before, "how did it go?" right after it ends (never at
// night), a debrief that asks only what happened, moving, cancelling, and /interview-done picking it up.
import { describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { HOW_DID_IT_GO } from "../../../src/core/nudges/render-upcoming-nudges.js";
import { buttonsOf, textOf, type Driver } from "../../support/temp-store.js";
import { at, local, worldsPerTest, type World } from "../../support/scheduler/world.js";
import { answerAhead } from "../../support/ahead-debrief.js";

// Whatever a test did, no nudge reached anyone outside their nudge hours (checked by worldsPerTest).
const newWorld = worldsPerTest();

function logAhead(w: World, sam: Driver, line = "Acme, Staff Engineer, Thursday 3pm, video, final round, with Dana Li (CTO), Omar Haddad") {
  const out = textOf(sam.next(line));
  return { out, d: w.interview(sam) };
}

describe.each(["America/Los_Angeles", "Asia/Kolkata"])("before the interview, in %s", (tz) => {
  it("logs it ahead, sends the plan at 18:00 the evening before, asks how it went at the end, and the debrief asks only what happened", async () => {
    // Monday 16 November 2026, 10:00 local; the interview is on Thursday at 15:00.
    const w = newWorld(at("2026-11-16T10:00", tz));
    const sam = w.user("sam", tz);
    const { out, d } = logAhead(w, sam);
    expect(d.status).toBe("upcoming");
    expect(out).toMatch(/Logged: \*Staff Engineer\* at \*Acme\*, Thursday 19 Nov, 15:00 \(an hour\), video, final round, with Dana Li \(CTO\) and Omar Haddad\./);
    expect(out).toMatch(/The evening before, on Wednesday 18 Nov at 18:00, I'll send you a short plan/);
    expect(textOf([w.coach.home(sam.from)])).toMatch(/\*Upcoming interviews\*\n• Thursday 19 Nov, 15:00: Interview, Staff Engineer at Acme \(an hour\), with Dana Li, Omar Haddad/);
    expect(w.coach.upcomingInterviews(sam.from)).toEqual(["Thursday 19 Nov, 15:00: Interview, Staff Engineer at Acme (an hour), with Dana Li, Omar Haddad"]);

    const plan = await w.runUntil(at("2026-11-19T10:00", tz));
    expect(plan.map((x) => `${x.kind} ${local(x.at, tz)}`)).toEqual(["prep Wed 2026-11-18 18:00"]);
    const planText = textOf([plan[0]!.message]);
    expect(planText).toMatch(/A short plan for \*Staff Engineer\* at \*Acme\*, tomorrow at 15:00/);
    expect(planText).toMatch(/I have Dana Li \(CTO\) and Omar Haddad\. Check each spelling/);
    expect(planText).toMatch(/ask what happens next and when they expect to decide/);
    expect(planText).toMatch(/no LinkedIn requests to your interviewers until there's an offer/);
    expect(planText).toMatch(/Right after it ends, tomorrow at 16:00, I'll ask how it went/);

    const after = await w.runUntil(at("2026-11-19T16:30", tz));
    expect(after.map((x) => `${x.kind} ${local(x.at, tz)}`)).toEqual(["after Thu 2026-11-19 16:00"]);
    const first = [after[0]!.message];
    expect(textOf(first)).toContain(HOW_DID_IT_GO);
    // Nothing logged is asked again: not the company, the time, the format, the names or their spelling.
    let last = first;
    const asked = await answerAhead(textOf(first), (text) => textOf((last = sam.say(text))));
    expect(asked).toHaveLength(6);
    expect(textOf(last)).toMatch(/Company: Acme\nRole: Staff Engineer\nWhen: Thursday 19 Nov, 15:00\nFormat: video\nStage: final round/);
    const saved = textOf(sam.press(Actions.confirm));
    expect(saved).toMatch(/Saved\. Here's the plan/);
    expect(w.interview(sam).status).toBe("active");
    expect(w.rows(sam).filter((r) => r.status === "pending").map((r) => r.kind)).toEqual(["reflect", "thanks", "checkin"]);
    const thanks = await w.runUntil(at("2026-11-20T12:00", tz));
    expect(thanks.map((x) => x.kind)).toEqual(["reflect", "thanks"]);
    expect(textOf([thanks[1]!.message])).toMatch(/To: Dana Li[\s\S]*To: Omar Haddad/);
  });

  it("logged the evening before or later: the plan comes at once; an evening interview is asked about the next morning", async () => {
    const w = newWorld(at("2026-11-18T20:30", tz));
    const sam = w.user("sam", tz);
    const { out } = logAhead(w, sam, "Globex, Designer, tomorrow 18:30 for 45 minutes, with Ann Lee");
    expect(out).toMatch(/Logged: \*Designer\* at \*Globex\*, Thursday 19 Nov, 18:30 \(45 minutes\), with Ann Lee\.\n\*A short plan for \*Designer\* at \*Globex\*, tomorrow at 18:30\.\*/);
    expect(out).toMatch(/One thing from Ann\./);
    expect(out).toMatch(/It ends outside your nudge hours, so I'll ask how it went on Friday 20 Nov at 09:00\./);
    const sent = await w.runUntil(at("2026-11-20T12:00", tz));
    expect(sent.map((x) => `${x.kind} ${local(x.at, tz)}`)).toEqual(["after Fri 2026-11-20 09:00"]);
  });

  it("moves with plain words, re-timing the plan and the question; cancels after one tap", async () => {
    const w = newWorld(at("2026-11-16T10:00", tz));
    const sam = w.user("sam", tz);
    logAhead(w, sam);
    const moved = textOf(sam.say("Acme moved it to Friday 11am"));
    expect(moved).toMatch(/Moved: \*Staff Engineer\* at \*Acme\* is now Friday 20 Nov, 11:00\./);
    expect(moved).toMatch(/Your short plan comes the evening before, on Thursday 19 Nov at 18:00/);
    expect(w.rows(sam).filter((r) => r.status === "pending").map((r) => `${r.kind} ${local(new Date(r.dueAt), tz)}`)).toEqual([
      "prep Thu 2026-11-19 18:00",
      "after Fri 2026-11-20 12:00",
    ]);
    // "It moved" with no time asks for one; a day alone asks its time.
    expect(textOf(sam.press(Actions.upcomingMove, String(w.interview(sam).id)))).toMatch(/When is it now\?/);
    expect(textOf(sam.say("Monday"))).toMatch(/What time does it start on Monday 23 November\?/);
    expect(textOf(sam.say("2pm"))).toMatch(/is now Monday 23 Nov, 14:00/);

    const ask = sam.say("the Acme interview is cancelled");
    expect(textOf(ask)).toMatch(/Take \*Staff Engineer\* at \*Acme\*, on Monday 23 Nov at 14:00 off your list\?/);
    const yes = buttonsOf(ask).find((b) => b.action === Actions.upcomingCancelConfirm)!;
    expect(textOf(sam.press(yes.action, yes.value))).toMatch(/is off your list/);
    expect(w.store.interviews.list(w.row(sam).id)).toEqual([]);
    expect(textOf([w.coach.home(sam.from)])).toMatch(/\*Upcoming interviews\*\nNone logged/);
    expect(await w.runUntil(at("2026-11-24T12:00", tz))).toEqual([]);
  });

  it("/interview-done for the same company picks the upcoming interview up instead of starting blank", async () => {
    const w = newWorld(at("2026-11-16T10:00", tz));
    const sam = w.user("sam", tz);
    const { d } = logAhead(w, sam);
    w.clock.set(at("2026-11-19T15:50", tz));
    const first = sam.command("Acme");
    expect(textOf(first)).toMatch(/I have what you logged: \*Staff Engineer\* at \*Acme\*, Thursday 19 Nov, 15:00/);
    expect(await answerAhead(textOf(first), (text) => textOf(sam.say(text)))).toHaveLength(6);
    expect(w.store.interviews.list(w.row(sam).id).map((i) => i.id)).toEqual([d.id]);
    // Its own nudges are no longer needed once it is picked up.
    expect(w.rows(sam).filter((r) => r.status === "pending")).toEqual([]);
  });
});

describe("logging ahead, asked in the chat", () => {
  it("asks for the company and the time when the line lacks them, then the role and who, each skippable", () => {
    const w = newWorld(at("2026-11-16T10:00", "Europe/London"));
    const sam = w.user("sam", "Europe/London");
    expect(textOf(sam.next())).toMatch(/Which company is it with, and when does it start\?/);
    expect(textOf(sam.say("Initech"))).toMatch(/When does it start\?/);
    expect(textOf(sam.say("Friday"))).toMatch(/What time does it start on Friday 20 November\?/);
    expect(textOf(sam.say("10:30"))).toMatch(/Got it: \*Initech\*, on Friday 20 Nov at 10:30\. What's the role/);
    expect(textOf(sam.say("Data Analyst"))).toMatch(/Do you know who you'll meet\?/);
    expect(textOf(sam.press(Actions.skip))).toMatch(/Logged: \*Data Analyst\* at \*Initech\*, Friday 20 Nov, 10:30 \(an hour\)\./);
  });

  it("logs from the form where the platform has one, and refuses a form submitted twice", () => {
    const w = newWorld(at("2026-11-16T10:00", "Europe/London"));
    const sam = w.user("sam", "Europe/London");
    const shown = sam.next("Acme, Thursday 3pm", true);
    const form = shown[0]!.blocks.find((b) => b.type === "form");
    if (form?.type !== "form") throw new Error("no form");
    expect(form.form.fields.map((f) => `${f.id}=${f.value ?? ""}`).slice(0, 5)).toEqual(["company=Acme", "role=", "date=2026-11-19", "time=15:00", "length=60"]);
    const fields = { company: "Acme", role: "Staff Engineer", date: "2026-11-19", time: "15:00", length: "90", name1: "Dana Li", title1: "CTO" };
    const press = () => textOf(sam.coach.handle({ from: sam.from, at: w.clock.now(), id: `f-${Math.random()}`, kind: "action", action: Actions.upcomingForm, value: form.form.token, fields }));
    expect(press()).toMatch(/Logged: \*Staff Engineer\* at \*Acme\*, Thursday 19 Nov, 15:00 \(1 hour 30 minutes\), with Dana Li \(CTO\)\./);
    expect(press()).toMatch(/already been used/);
    expect(w.store.interviews.list(w.row(sam).id)).toHaveLength(1);
  });
});
