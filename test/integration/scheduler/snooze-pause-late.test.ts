// Snooze, pause and resume, and nudges that go out late: honest about it, and never at night.
import { describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { buttonsOf, textOf } from "../../support/temp-store.js";
import { at, inNudgeHours, lettersOf, local, worldsPerTest } from "../../support/scheduler/world.js";

// Whatever a test did, no nudge reached anyone outside their nudge hours (checked by worldsPerTest).
const newWorld = worldsPerTest();

const TZ = "America/Los_Angeles";

/** Ana's interview on Tuesday 17 Nov 2026 at 10:00, confirmed at 15:00 (reflect 18:00, thanks Wed 09:00, check-in Tue 1 Dec). */
function setup() {
  const w = newWorld(at("2026-11-17T15:00", TZ));
  const ana = w.user("ana", TZ);
  quickDebrief(ana, { when: "today 10am", names: ["Dana Li", "Omar Haddad"] });
  return { w, ana };
}

const button = (m: { message: Parameters<typeof buttonsOf>[0][number] }, action: string) => buttonsOf([m.message]).find((b) => b.action === action)!;

describe("snooze", () => {
  it("to the next morning: reflect comes back at the start of nudge hours, still before the thank-you", async () => {
    const { w, ana } = setup();
    const [reflect] = await w.runUntil(at("2026-11-17T18:00", TZ));
    w.clock.set(at("2026-11-17T18:10", TZ));
    expect(textOf(ana.press(Actions.snooze, button(reflect!, Actions.snooze).value))).toMatch(/Snoozed\. I'll bring it back Wednesday/);
    const next = await w.runUntil(at("2026-11-18T12:00", TZ));
    expect(next.map((x) => [x.kind, local(x.at, TZ)])).toEqual([
      ["reflect", "Wed 2026-11-18 09:00"],
      ["thanks", "Wed 2026-11-18 10:00"],
    ]);
  });

  it("to a day the user types: the thank-you comes that morning, its one reminder the morning after", async () => {
    const { w, ana } = setup();
    const got = await w.runUntil(at("2026-11-18T09:00", TZ));
    const thanks = got.find((x) => x.kind === "thanks")!;
    w.clock.set(at("2026-11-18T09:20", TZ));
    expect(textOf(ana.press(Actions.snoozeDay, button(thanks, Actions.snoozeDay).value))).toMatch(/Which day/);
    expect(textOf(ana.say("Friday"))).toMatch(/Snoozed\. I'll bring it back Friday/);
    const next = await w.runUntil(at("2026-11-22T12:00", TZ));
    expect(next.map((x) => [x.kind, local(x.at, TZ)])).toEqual([
      ["thanks", "Fri 2026-11-20 09:00"],
      ["thanks_again", "Sat 2026-11-21 09:00"],
    ]);
  });

  it("to a day that has already begun: it comes back the next morning, not at once", async () => {
    const { w, ana } = setup();
    const got = await w.runUntil(at("2026-11-18T09:00", TZ));
    const thanks = got.find((x) => x.kind === "thanks")!;
    w.clock.set(at("2026-11-18T09:20", TZ));
    ana.press(Actions.snoozeDay, button(thanks, Actions.snoozeDay).value);
    expect(textOf(ana.say("Wednesday"))).toMatch(/Snoozed\. I'll bring it back Thursday/);
    const next = await w.runUntil(at("2026-11-19T12:00", TZ));
    expect(next.map((x) => [x.kind, local(x.at, TZ)])).toEqual([["thanks", "Thu 2026-11-19 09:00"]]);
  });

  it("a step already done cannot be snoozed back to life: no second check-in", async () => {
    const { w, ana } = setup();
    const got = await w.runUntil(at("2026-12-01T09:00", TZ));
    const checkin = got.find((x) => x.kind === "checkin")!;
    expect(textOf(ana.press(Actions.nudgeDone, button(checkin, Actions.nudgeDone).value))).toMatch(/Check-in sent/);
    expect(textOf(ana.press(Actions.snooze, button(checkin, Actions.snooze).value))).toMatch(/already/);
    ana.press(Actions.snoozeDay, button(checkin, Actions.snoozeDay).value);
    ana.say("Thursday");
    const rest = await w.runUntil(at("2026-12-20T12:00", TZ), 60);
    expect(rest.map((x) => x.kind)).toEqual(["letgo"]);
  });
});

describe("pause and resume", () => {
  it("sends nothing while paused; on resume the overdue nudges come at once in nudge hours, as one message in order, saying they waited for the pause", async () => {
    const { w, ana } = setup();
    expect(textOf(ana.press(Actions.pause))).toMatch(/Nudges paused/);
    expect(await w.runUntil(at("2026-11-20T12:00", TZ))).toEqual([]);
    expect(textOf(ana.press(Actions.resumeNudges))).toMatch(/back on/);
    const back = await w.runUntil(at("2026-11-20T13:00", TZ));
    expect(back.map((x) => [x.kind, local(x.at, TZ)])).toEqual([["reflect", "Fri 2026-11-20 12:30"]]);
    const text = textOf([back[0]!.message]);
    expect(text).toMatch(/while your nudges were paused/);
    expect(text).not.toMatch(/offline/);
    expect(text).toMatch(/Two steps for Acme \(Staff Engineer\) are due now[\s\S]*1\. Look back first[\s\S]*What went well\?[\s\S]*2\. Your thank-you notes/);
    // The notes come fresh once asked for, after looking back; the group's buttons each mean one thing.
    const notes = ana.press(Actions.draftNotes, button(back[0]!, Actions.draftNotes).value);
    expect(lettersOf(notes[0]!).map((l) => l.to)).toEqual(["Dana Li", "Omar Haddad"]);
    expect(w.rows(ana).filter((r) => r.kind === "thanks").map((r) => r.status)).toEqual(["sent"]);
    const rest = await w.runUntil(at("2026-11-22T00:00", TZ));
    expect(rest.map((x) => [x.kind, local(x.at, TZ)])).toEqual([["thanks_again", "Sat 2026-11-21 09:00"]]);
  });

  it("resumed at night: the overdue nudges wait for the morning, together", async () => {
    const { w, ana } = setup();
    ana.press(Actions.pause);
    expect(await w.runUntil(at("2026-11-19T22:00", TZ))).toEqual([]);
    ana.press(Actions.resumeNudges);
    const back = await w.runUntil(at("2026-11-20T12:00", TZ));
    expect(back.map((x) => [x.kind, local(x.at, TZ)])).toEqual([["reflect", "Fri 2026-11-20 09:00"]]);
    expect(textOf([back[0]!.message])).toMatch(/paused[\s\S]*1\. Look back first[\s\S]*2\. Your thank-you notes/);
  });

  it("pausing many days does not use up a nudge's delivery attempts", async () => {
    const { w, ana } = setup();
    ana.press(Actions.pause);
    await w.runUntil(at("2026-11-30T12:00", TZ), 60);
    ana.press(Actions.resumeNudges);
    for (const r of w.rows(ana)) expect(r.attempts, r.kind).toBe(0);
  });
});

describe("late after downtime", () => {
  it("a service back at night waits for nudge hours; the nudges due meanwhile come as one message that says it is late", async () => {
    const { w } = setup();
    // Down from Tuesday afternoon until Thursday 03:00 local.
    w.clock.set(at("2026-11-19T03:00", TZ));
    const night = await w.sweepNow();
    expect(night.sent).toBe(0);
    const back = await w.runUntil(at("2026-11-19T12:00", TZ));
    expect(back.map((x) => [x.kind, local(x.at, TZ)])).toEqual([["reflect", "Thu 2026-11-19 09:00"]]);
    expect(textOf([back[0]!.message])).toMatch(/later than planned; I was offline for a while[\s\S]*1\. Look back first[\s\S]*2\. Your thank-you notes/);
  });

  it("a thank-you more than three days late, after its reflect was delivered, is the shorter 'still worth sending' note, greeted for the hour", async () => {
    const { w } = setup();
    await w.runUntil(at("2026-11-17T18:00", TZ));
    // Down from Tuesday evening until Saturday 13:04.
    const back = await w.sweepNow(at("2026-11-21T13:04", TZ));
    expect(back.sent).toBe(1);
    const thanks = w.deliveries.find((x) => x.kind === "thanks")!;
    const text = textOf([thanks.message]);
    expect(text).toMatch(/later than planned; I was offline/);
    expect(text).toMatch(/still worth sending/);
    expect(text).not.toMatch(/Good morning/);
    expect(lettersOf(thanks.message).map((l) => l.to)).toEqual(["Dana Li", "Omar Haddad"]);
    for (const x of w.deliveries) expect(inNudgeHours(x.at, TZ)).toBe(true);
  });

  it("'Good morning' only in the morning: a thank-you held back to 13:04 by a pause says 'Good afternoon'", async () => {
    const { w, ana } = setup();
    await w.runUntil(at("2026-11-17T18:00", TZ));
    ana.press(Actions.pause);
    await w.runUntil(at("2026-11-18T13:00", TZ));
    w.clock.set(at("2026-11-18T13:04", TZ));
    ana.press(Actions.resumeNudges);
    await w.sweepNow();
    const text = textOf([w.deliveries.find((x) => x.kind === "thanks")!.message]);
    expect(text).toMatch(/Good afternoon\. With a night's sleep behind you/);
    expect(text).toMatch(/while your nudges were paused/);
  });

  it("waiting for nudge hours is not lateness: a nudge planned before the user's new start time comes then, with no 'offline' line", async () => {
    const { w, ana } = setup();
    await w.runUntil(at("2026-11-17T18:00", TZ));
    // The thank-you was planned for 09:00; the user now wants nudges from 11:00.
    expect(textOf(ana.press(Actions.hours, "11-19"))).toMatch(/11:00/);
    const got = await w.runUntil(at("2026-11-18T12:00", TZ));
    expect(got.map((x) => [x.kind, local(x.at, TZ)])).toEqual([["thanks", "Wed 2026-11-18 11:00"]]);
    expect(textOf([got[0]!.message])).not.toMatch(/later than planned|offline/);
  });
});
