import { describe, expect, it } from "vitest";
import { computeCheckinDate, DEFAULT_HOURS, planFollowUp, type PlanInput } from "../../../../../src/core/plan/index.js";
import type { ReminderKind } from "../../../../../src/core/model/reminder.js";
import { at, wall } from "../../../../support/wall-time.js";

const LA = "America/Los_Angeles";
const LONDON = "Europe/London";
const KOLKATA = "Asia/Kolkata";

/** The plan as local wall-clock strings, easy to read in a failing assertion. */
function planAsWall(input: PlanInput): { reflect: string; thanks: string; checkin?: string; checkinDate?: string } {
  const plan = planFollowUp(input);
  const due = (kind: string) => plan.nudges.find((n) => n.kind === kind)?.dueAt;
  const checkin = due("checkin");
  return {
    reflect: wall(due("reflect")!, input.tz),
    thanks: wall(due("thanks")!, input.tz),
    ...(checkin ? { checkin: wall(checkin, input.tz) } : {}),
    ...(plan.checkinDate ? { checkinDate: plan.checkinDate } : {}),
  };
}

describe("planFollowUp", () => {
  it("Los Angeles: reflect 3 h after the debrief, thanks next morning, check-in 14 days on", () => {
    const input: PlanInput = { interviewAt: at("2026-11-17T10:00", LA), confirmedAt: at("2026-11-17T11:30", LA), tz: LA, hours: DEFAULT_HOURS };
    expect(planAsWall(input)).toEqual({
      reflect: "2026-11-17 14:30",
      thanks: "2026-11-18 09:00",
      checkin: "2026-12-01 09:00",
      checkinDate: "2026-12-01",
    });
    const plan = planFollowUp(input);
    expect(plan.nudges.map((n) => n.kind)).toEqual(["reflect", "thanks", "checkin"]);
    const asStored: ReminderKind[] = plan.nudges.map((n) => n.kind);
    expect(asStored).toHaveLength(3);
  });

  it("Kolkata: a debrief at 17:30 reflects at 18:30 the same evening and thanks the next morning", () => {
    const input: PlanInput = { interviewAt: at("2026-11-16T15:00", KOLKATA), confirmedAt: at("2026-11-16T17:30", KOLKATA), tz: KOLKATA, hours: DEFAULT_HOURS };
    expect(planAsWall(input)).toEqual({
      reflect: "2026-11-16 18:30",
      thanks: "2026-11-17 09:00",
      checkin: "2026-11-30 09:00",
      checkinDate: "2026-11-30",
    });
    expect(planFollowUp(input).nudges[2]!.dueAt.toISOString()).toBe("2026-11-30T03:30:00.000Z");
  });

  it("debrief confirmed at 22:00: reflect next morning at the start of hours, thanks one hour later", () => {
    const input: PlanInput = { interviewAt: at("2026-11-17T14:00", LA), confirmedAt: at("2026-11-17T22:00", LA), tz: LA, hours: DEFAULT_HOURS };
    const p = planAsWall(input);
    expect(p.reflect).toBe("2026-11-18 09:00");
    expect(p.thanks).toBe("2026-11-18 10:00");
  });

  it("debrief confirmed before nudge hours: reflect at that same morning's start", () => {
    // An evening interview, debriefed at 05:00 the next day: 08:00 is before hours, so 09:00 today.
    const input: PlanInput = { interviewAt: at("2026-11-16T18:00", LA), confirmedAt: at("2026-11-17T05:00", LA), tz: LA, hours: DEFAULT_HOURS };
    const p = planAsWall(input);
    expect(p.reflect).toBe("2026-11-17 09:00");
    expect(p.thanks).toBe("2026-11-17 10:00");
  });

  it("Europe/London, Friday interview before the October change: thanks Saturday 09:00 BST, check-in 09:00 GMT", () => {
    const input: PlanInput = { interviewAt: at("2026-10-23T14:00", LONDON), confirmedAt: at("2026-10-23T15:00", LONDON), tz: LONDON, hours: DEFAULT_HOURS };
    const plan = planFollowUp(input);
    expect(plan.nudges.map((n) => [n.kind, n.dueAt.toISOString()])).toEqual([
      ["reflect", "2026-10-23T17:00:00.000Z"],
      ["thanks", "2026-10-24T08:00:00.000Z"],
      ["checkin", "2026-11-06T09:00:00.000Z"],
    ]);
    expect(plan.checkinDate).toBe("2026-11-06");
  });

  it("Europe/London, debrief at 22:00 the night before the clocks go back: reflect 09:00 GMT on 25 Oct", () => {
    const input: PlanInput = { interviewAt: at("2026-10-24T16:00", LONDON), confirmedAt: at("2026-10-24T22:00", LONDON), tz: LONDON, hours: DEFAULT_HOURS };
    const plan = planFollowUp(input);
    expect(plan.nudges.map((n) => [n.kind, n.dueAt.toISOString()])).toEqual([
      ["reflect", "2026-10-25T09:00:00.000Z"],
      ["thanks", "2026-10-25T10:00:00.000Z"],
      // 24 Oct + 14 = Saturday 7 Nov, moved to Monday.
      ["checkin", "2026-11-09T09:00:00.000Z"],
    ]);
  });

  it("America/Los_Angeles across 1 Nov: elapsed 3 h crosses the change, reflect is 09:00 PST", () => {
    const input: PlanInput = { interviewAt: at("2026-10-31T17:00", LA), confirmedAt: at("2026-10-31T23:30", LA), tz: LA, hours: DEFAULT_HOURS };
    const plan = planFollowUp(input);
    expect(plan.nudges.map((n) => [n.kind, n.dueAt.toISOString()])).toEqual([
      ["reflect", "2026-11-01T17:00:00.000Z"],
      ["thanks", "2026-11-01T18:00:00.000Z"],
      // 31 Oct + 14 = Saturday 14 Nov, moved to Monday 16 Nov, 09:00 PST.
      ["checkin", "2026-11-16T17:00:00.000Z"],
    ]);
  });

  it("America/Los_Angeles, Friday interview before 1 Nov: Saturday thanks in PDT, check-in in PST", () => {
    const input: PlanInput = { interviewAt: at("2026-10-30T16:00", LA), confirmedAt: at("2026-10-30T17:00", LA), tz: LA, hours: DEFAULT_HOURS };
    const plan = planFollowUp(input);
    expect(plan.nudges.map((n) => [n.kind, n.dueAt.toISOString()])).toEqual([
      ["reflect", "2026-10-31T01:30:00.000Z"],
      ["thanks", "2026-10-31T16:00:00.000Z"],
      ["checkin", "2026-11-13T17:00:00.000Z"],
    ]);
  });

  it("a decision date moves the check-in two working days after it", () => {
    const base = { interviewAt: at("2026-11-17T10:00", LA), confirmedAt: at("2026-11-17T11:00", LA), tz: LA, hours: DEFAULT_HOURS };
    expect(computeCheckinDate({ ...base, decisionDate: "2026-12-03" })).toBe("2026-12-07"); // Thursday → Monday
    expect(computeCheckinDate({ ...base, decisionDate: "2026-12-04" })).toBe("2026-12-08"); // Friday → Tuesday
    expect(computeCheckinDate({ ...base, decisionDate: "2026-11-25" })).toBe("2026-11-27"); // Wednesday → Friday
    expect(computeCheckinDate({ ...base, decisionDate: "2026-11-28" })).toBe("2026-12-01"); // Saturday → Tuesday
    const plan = planFollowUp({ ...base, decisionDate: "2026-12-03" });
    expect(plan.checkinDate).toBe("2026-12-07");
    expect(wall(plan.nudges.at(-1)!.dueAt, LA)).toBe("2026-12-07 09:00");
  });

  it("ignores a malformed decision date and uses the 14-day rule", () => {
    const base = { interviewAt: at("2026-11-17T10:00", LA), confirmedAt: at("2026-11-17T11:00", LA), tz: LA, hours: DEFAULT_HOURS };
    expect(computeCheckinDate({ ...base, decisionDate: "soon" })).toBe("2026-12-01");
  });

  it("not interested: no check-in at all", () => {
    const input: PlanInput = { interviewAt: at("2026-11-17T10:00", LA), confirmedAt: at("2026-11-17T11:00", LA), tz: LA, hours: DEFAULT_HOURS, interest: "no", decisionDate: "2026-12-03" };
    expect(computeCheckinDate(input)).toBeUndefined();
    const plan = planFollowUp(input);
    expect(plan.checkinDate).toBeUndefined();
    expect(plan.nudges.map((n) => n.kind)).toEqual(["reflect", "thanks"]);
    expect(computeCheckinDate({ ...input, interest: "unsure" })).toBe("2026-12-07");
  });

  it("late confirmation: the thank-you follows the reflect nudge, never precedes it", () => {
    const interviewAt = at("2026-11-16T10:00", LA);
    const mk = (confirmed: string): PlanInput => ({ interviewAt, confirmedAt: at(confirmed, LA), tz: LA, hours: DEFAULT_HOURS });
    expect(planAsWall(mk("2026-11-18T11:00"))).toMatchObject({ reflect: "2026-11-18 14:00", thanks: "2026-11-18 15:00" });
    // reflect 18:30, +1 h = 19:30 is quiet: next morning.
    expect(planAsWall(mk("2026-11-18T15:30"))).toMatchObject({ reflect: "2026-11-18 18:30", thanks: "2026-11-19 09:00" });
    // 17:30 + 3 h runs past 19:00, but the evening still leaves time: reflect at 18:30, thanks the next morning.
    expect(planAsWall(mk("2026-11-18T17:30"))).toMatchObject({ reflect: "2026-11-18 18:30", thanks: "2026-11-19 09:00" });
    // 18:00 leaves only an hour: reflect the next morning, thanks an hour later.
    expect(planAsWall(mk("2026-11-18T18:00"))).toMatchObject({ reflect: "2026-11-19 09:00", thanks: "2026-11-19 10:00" });
    // The morning after the interview (17 Nov) at 07:00: reflect 10:00, so thanks 11:00 rather than 09:00.
    expect(planAsWall(mk("2026-11-17T07:00"))).toMatchObject({ reflect: "2026-11-17 10:00", thanks: "2026-11-17 11:00" });
  });

  it("very late confirmation or a past decision date: the check-in still comes after the thank-you", () => {
    const weeksLate: PlanInput = { interviewAt: at("2026-10-20T10:00", LA), confirmedAt: at("2026-11-18T10:00", LA), tz: LA, hours: DEFAULT_HOURS };
    expect(planAsWall(weeksLate)).toEqual({
      reflect: "2026-11-18 13:00",
      thanks: "2026-11-18 14:00",
      checkin: "2026-11-20 09:00",
      checkinDate: "2026-11-20",
    });
    const pastDecision: PlanInput = { interviewAt: at("2026-11-05T10:00", LA), confirmedAt: at("2026-11-18T10:00", LA), decisionDate: "2026-11-10", tz: LA, hours: DEFAULT_HOURS };
    expect(computeCheckinDate(pastDecision)).toBe("2026-11-20");
  });

  it("custom nudge hours and reflect delay", () => {
    const early = { start: 450, end: 1260 }; // 07:30–21:00
    const input: PlanInput = { interviewAt: at("2026-11-17T10:00", KOLKATA), confirmedAt: at("2026-11-17T18:30", KOLKATA), tz: KOLKATA, hours: early };
    expect(planAsWall(input)).toEqual({ reflect: "2026-11-17 20:30", thanks: "2026-11-18 07:30", checkin: "2026-12-01 07:30", checkinDate: "2026-12-01" });
    expect(planAsWall({ ...input, confirmedAt: at("2026-11-17T16:00", KOLKATA) }).reflect).toBe("2026-11-17 19:00");
    expect(planAsWall({ ...input, confirmedAt: at("2026-11-17T16:00", KOLKATA), reflectDelayHours: 1 }).reflect).toBe("2026-11-17 17:00");
    const short = { start: 600, end: 960 }; // 10:00–16:00
    const evening: PlanInput = { interviewAt: at("2026-11-16T17:00", LA), confirmedAt: at("2026-11-17T05:00", LA), tz: LA, hours: short };
    expect(planAsWall(evening)).toMatchObject({ reflect: "2026-11-17 10:00", thanks: "2026-11-17 11:00", checkin: "2026-11-30 10:00" });
  });

  it("reads the zone of the input, so the same instants plan differently per user", () => {
    const interviewAt = new Date("2026-11-17T18:00:00Z");
    const confirmedAt = new Date("2026-11-17T19:00:00Z");
    expect(planAsWall({ interviewAt, confirmedAt, tz: LA, hours: DEFAULT_HOURS }).reflect).toBe("2026-11-17 14:00");
    expect(planAsWall({ interviewAt, confirmedAt, tz: KOLKATA, hours: DEFAULT_HOURS }).reflect).toBe("2026-11-18 09:00");
  });
});
