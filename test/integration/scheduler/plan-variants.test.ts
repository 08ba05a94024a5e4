// Variations on the plan: a Friday interview, a decision date, no longer interested, letters marked sent, stop.
import { describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { formatLocalDay } from "../../../src/core/plan/index.js";
import { formatCheckInDay } from "../../../src/core/letters/index.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { buttonsOf, textOf } from "../../support/temp-store.js";
import { at, inNudgeHours, lettersOf, local, worldsPerTest } from "../../support/scheduler/world.js";

// Whatever a test did, no nudge reached anyone outside their nudge hours (checked by worldsPerTest).
const newWorld = worldsPerTest();

function setup(confirmAt: string, tz: string) {
  const w = newWorld(at(confirmAt, tz));
  return { w, ana: w.user("ana", tz) };
}

const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

describe("variations on the plan", () => {
  it("an interview on a Friday: thank-you Saturday morning, check-in on the Friday two weeks on", async () => {
    const tz = "Asia/Kolkata";
    const { w, ana } = setup("2026-11-06T14:00", tz);
    quickDebrief(ana, { when: "today 10am", names: ["Dana Li"] });
    const d = w.interview(ana);
    expect(d.checkinDate).toBe("2026-11-20");
    const got = await w.runUntil(at("2026-11-20T18:00", tz));
    expect(got.map((x) => [x.kind, local(x.at, tz)])).toEqual([
      ["reflect", "Fri 2026-11-06 17:00"],
      ["thanks", "Sat 2026-11-07 09:00"],
      ["thanks_again", "Sun 2026-11-08 09:00"],
      ["checkin", "Fri 2026-11-20 09:00"],
    ]);
    // The letters say the day as a person would the morning after; the nudge names it in full.
    for (const l of lettersOf(got[1]!.message)) expect(l.body).toContain("Friday the 20th");
    expect(textOf([got[1]!.message])).toContain("Your letters promise it for Friday 20 November");
  });

  it("a decision date: the check-in comes two working days after it, the date the letters promise", async () => {
    const tz = "Europe/London";
    const { w, ana } = setup("2026-11-17T15:00", tz);
    quickDebrief(ana, { when: "today 10am", names: ["Dana Li", "Omar Haddad"], decision: "by Thursday" });
    const d = w.interview(ana);
    expect(d.decisionDate).toBe("2026-11-19");
    expect(d.checkinDate).toBe("2026-11-23"); // Thursday + 2 working days = Monday
    const got = await w.runUntil(at("2026-11-23T12:00", tz));
    const thanks = got.find((x) => x.kind === "thanks")!;
    for (const l of lettersOf(thanks.message)) expect(l.body).toContain(formatCheckInDay("2026-11-23", d.happenedAt, tz));
    expect(textOf([thanks.message])).toContain(formatLocalDay("2026-11-23"));
    const checkin = got.filter((x) => x.kind === "checkin");
    expect(checkin.map((x) => local(x.at, tz))).toEqual(["Mon 2026-11-23 09:00"]);
    expect(textOf([checkin[0]!.message])).toContain("They expected to decide by Thursday 19 November");
  });

  it("a recruiter involved: reflect says to call them first, and the check-in is addressed to them", async () => {
    const tz = "Europe/London";
    const { w, ana } = setup("2026-11-17T15:00", tz);
    quickDebrief(ana, { when: "today 10am", names: ["Dana Li"], recruiter: "Rita Moreno, rita@agency.example" });
    expect(w.interview(ana).recruiter).toMatchObject({ name: "Rita Moreno" });
    const got = await w.runUntil(at("2026-12-01T12:00", tz));
    expect(got.map((x) => x.kind)).toEqual(["reflect", "thanks", "thanks_again", "checkin"]);
    expect(textOf([got[0]!.message])).toMatch(/recruiter is involved \(Rita Moreno\): call them first/);
    expect(textOf([got[0]!.message])).toMatch(/LinkedIn/);
    const checkin = got[3]!;
    expect(lettersOf(checkin.message).map((l) => l.to)).toEqual(["Rita Moreno"]);
    expect(textOf([checkin.message])).toMatch(/addressed to Rita Moreno/);
    expect(textOf([checkin.message])).toMatch(/phone call/);
  });

  it("not interested, notes never marked: thank-you, one reminder, then the interview closes quietly", async () => {
    const tz = "America/Los_Angeles";
    const { w, ana } = setup("2026-11-17T12:00", tz);
    const confirmation = textOf(quickDebrief(ana, { when: "today 10am", interest: "no" }));
    expect(confirmation).toMatch(/won't plan a check-in/);
    expect(w.interview(ana).checkinDate).toBeUndefined();
    expect(w.rows(ana).map((r) => r.kind)).toEqual(["reflect", "thanks"]);
    const got = await w.runUntil(plus(at("2026-11-17T10:00", tz), 60));
    expect(got.map((x) => x.kind)).toEqual(["reflect", "thanks", "thanks_again"]);
    for (const l of lettersOf(got[1]!.message)) expect(l.body).not.toMatch(/follow up|get in touch on/i);
    expect(w.interview(ana).status).toBe("closed");
    expect(w.rows(ana).filter((r) => r.status === "pending")).toEqual([]);
  });

  it("not interested, notes marked sent: the step is done and the interview closes, no reminder", async () => {
    const tz = "Europe/London";
    const { w, ana } = setup("2026-11-17T12:00", tz);
    quickDebrief(ana, { when: "today 10am", interest: "no", names: ["Dana Li", "Omar Haddad"] });
    const first = await w.runUntil(at("2026-11-18T12:00", tz));
    const thanks = first.find((x) => x.kind === "thanks")!;
    const allSent = buttonsOf([thanks.message]).find((b) => b.action === Actions.nudgeDone)!;
    expect(textOf(ana.press(allSent.action, allSent.value))).toMatch(/wraps this one up/);
    expect(w.interview(ana).status).toBe("closed");
    const later = await w.runUntil(plus(at("2026-11-17T10:00", tz), 60));
    expect(later).toEqual([]);
  });

  it("no longer interested after reflecting: the check-in is dropped and the interview closes after the thank-you step", async () => {
    const tz = "Asia/Kolkata";
    const { w, ana } = setup("2026-11-17T12:00", tz);
    quickDebrief(ana, { when: "today 10am", interest: "yes" });
    const [reflect] = await w.runUntil(at("2026-11-17T16:00", tz));
    expect(textOf([reflect!.message])).toMatch(/What went well\?/);
    const no = buttonsOf(ana.say("done")).find((b) => b.action === Actions.interest && b.label === "No")!;
    expect(textOf(ana.press(no.action, no.value))).toMatch(/won't plan a check-in/);
    const rest = await w.runUntil(plus(at("2026-11-17T10:00", tz), 60));
    expect(rest.map((x) => x.kind)).toEqual(["thanks", "thanks_again"]);
    expect(w.interview(ana).status).toBe("closed");
  });

  it("marking every thank-you letter sent completes the step: the reminder is cancelled, the check-in still comes", async () => {
    const tz = "Europe/London";
    const { w, ana } = setup("2026-11-17T12:00", tz);
    quickDebrief(ana, { when: "today 10am", names: ["Dana Li", "Omar Haddad"] });
    const first = await w.runUntil(at("2026-11-18T11:00", tz));
    const thanks = first.find((x) => x.kind === "thanks")!;
    const [dana, omar] = lettersOf(thanks.message);
    expect(textOf(ana.press(Actions.letterSent, dana!.letterId))).toMatch(/1 to go: Omar Haddad/);
    expect(w.rows(ana).find((r) => r.kind === "thanks_again")!.status).toBe("pending");
    expect(textOf(ana.press(Actions.letterSent, omar!.letterId))).toMatch(/All thank-you notes are out/);
    expect(w.rows(ana).find((r) => r.kind === "thanks_again")!.status).toBe("cancelled");
    const rest = await w.runUntil(at("2026-12-02T12:00", tz));
    expect(rest.map((x) => [x.kind, local(x.at, tz)])).toEqual([["checkin", "Tue 2026-12-01 09:00"]]);
    for (const x of w.to(ana)) expect(inNudgeHours(x.at, tz)).toBe(true);
  });

  it("stop nudges for an interview: it closes and nothing more is ever sent about it", async () => {
    const tz = "America/Los_Angeles";
    const { w, ana } = setup("2026-11-17T12:00", tz);
    quickDebrief(ana, { when: "today 10am" });
    const first = await w.runUntil(at("2026-11-18T09:30", tz));
    const thanks = first.find((x) => x.kind === "thanks")!;
    const stop = buttonsOf([thanks.message]).find((b) => b.action === Actions.stopNudges)!;
    // Stopping asks first; the confirmation carries an Undo.
    const asked = ana.press(stop.action, stop.value);
    expect(textOf(asked)).toMatch(/Stop every nudge about \*Acme\*\?/);
    expect(w.interview(ana).status).toBe("active");
    const sure = buttonsOf(asked).find((b) => b.action === Actions.stopConfirm)!;
    const done = ana.press(sure.action, sure.value);
    expect(textOf(done)).toMatch(/No more nudges/);
    expect(buttonsOf(done).map((b) => b.label)).toContain("Undo");
    expect(w.interview(ana)).toMatchObject({ status: "closed", outcome: "withdrawn" });
    expect(await w.runUntil(plus(at("2026-11-17T10:00", tz), 60), 60)).toEqual([]);
    // The old message's buttons find nothing to act on.
    const snooze = buttonsOf([thanks.message]).find((b) => b.action === Actions.snooze)!;
    expect(textOf(ana.press(snooze.action, snooze.value))).toMatch(/can't find that one/);
    expect(w.rows(ana).filter((r) => r.status === "pending")).toEqual([]);
  });
});
