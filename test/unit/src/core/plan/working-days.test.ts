import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  countryForZone,
  DEFAULT_HOURS,
  holidayOn,
  knownPlace,
  letGoAt,
  nextWorkingDay,
  planFollowUp,
  type PlanInput,
} from "../../../../../src/core/plan/index.js";
import { DateTime } from "luxon";

const wall = (t: Date, tz: string) => DateTime.fromJSDate(t, { zone: tz }).toFormat("ccc yyyy-LL-dd HH:mm");
const at = (local: string, tz: string) => DateTime.fromISO(local, { zone: tz }).toJSDate();

describe("working days and public holidays", () => {
  it("knows the country of a time zone from the holiday library, and nothing for UTC", () => {
    expect(countryForZone("Europe/London")).toBe("GB");
    expect(countryForZone("Europe/Berlin")).toBe("DE");
    expect(countryForZone("America/Los_Angeles")).toBe("US");
    expect(countryForZone("Europe/Zurich")).toBe("CH");
    expect(countryForZone("UTC")).toBeUndefined();
  });

  it("refuses a region the library does not list, and an unknown country", () => {
    expect(knownPlace({ country: "GB", region: "ENG" })).toBe(true);
    expect(knownPlace({ country: "GB", region: "XX" })).toBe(false);
    expect(knownPlace({ country: "ZZ" })).toBe(false);
  });

  it("skips Good Friday and Easter Monday in Britain, not where nobody set a country", () => {
    expect(nextWorkingDay("2026-04-03", { country: "GB" })).toEqual({ date: "2026-04-07", passed: ["Good Friday", "Easter Monday"] });
    expect(nextWorkingDay("2026-04-03", {})).toEqual({ date: "2026-04-03", passed: [] });
  });

  it("counts working days across a year end: Britain and Germany differ", () => {
    // GB: 25 Fri, 26 Sat, 28 Mon (Boxing Day substitute), 1 Jan Fri. DE: 25, 26, 1 Jan.
    expect(addWorkingDays("2026-12-23", 2, { country: "GB" })).toBe("2026-12-29");
    expect(addWorkingDays("2026-12-23", 2, { country: "DE" })).toBe("2026-12-28");
    expect(addWorkingDays("2026-12-30", 1, { country: "DE" })).toBe("2026-12-31");
    expect(addWorkingDays("2026-12-31", 1, { country: "DE" })).toBe("2027-01-04");
    expect(holidayOn("2026-12-28", { country: "GB" })).toMatch(/Boxing Day/);
    expect(holidayOn("2026-12-28", { country: "DE" })).toBeUndefined();
    // A region's own holidays: Epiphany is a holiday in Bavaria, not in Berlin.
    expect(holidayOn("2027-01-06", { country: "DE", region: "BY" })).toBeDefined();
    expect(holidayOn("2027-01-06", { country: "DE", region: "BE" })).toBeUndefined();
  });

  it("moves a check-in that would fall on Good Friday (interview Friday 20 March 2026) to Tuesday 7 April", () => {
    const input: PlanInput = {
      interviewAt: at("2026-03-20T11:00", "Europe/London"),
      confirmedAt: at("2026-03-20T13:00", "Europe/London"),
      tz: "Europe/London",
      hours: DEFAULT_HOURS,
      place: { country: "GB" },
    };
    const plan = planFollowUp(input);
    expect(plan.checkinDate).toBe("2026-04-07");
    expect(plan.movedPast).toEqual(["Good Friday", "Easter Monday"]);
    expect(wall(plan.nudges[2]!.dueAt, "Europe/London")).toBe("Tue 2026-04-07 09:00");
    // The reflect and thank-you nudges never move: the note goes out within a day.
    expect(wall(plan.nudges[0]!.dueAt, "Europe/London")).toBe("Fri 2026-03-20 16:00");
    expect(wall(plan.nudges[1]!.dueAt, "Europe/London")).toBe("Sat 2026-03-21 09:00");
  });

  it("moves a check-in after a decision date across the year end, per country", () => {
    const base = { interviewAt: at("2026-12-15T10:00", "UTC"), confirmedAt: at("2026-12-15T12:00", "UTC"), hours: DEFAULT_HOURS, decisionDate: "2026-12-23" };
    expect(planFollowUp({ ...base, tz: "Europe/London", place: { country: "GB" } }).checkinDate).toBe("2026-12-29");
    expect(planFollowUp({ ...base, tz: "America/New_York", place: { country: "US" } }).checkinDate).toBe("2026-12-28");
    const dec31 = { ...base, decisionDate: "2026-12-30" };
    expect(planFollowUp({ ...dec31, tz: "Europe/London", place: { country: "GB" } }).checkinDate).toBe("2027-01-04");
    expect(planFollowUp({ ...dec31, tz: "Europe/Berlin", place: { country: "DE" } }).checkinDate).toBe("2027-01-04");
  });

  it("moves the let-go off a weekend or holiday to the morning of the next working day", () => {
    const tz = "Europe/London";
    // Check-in sent Friday 18 Dec 2026, 14:00: a week later is Christmas Day, then the weekend, then Boxing Day (substitute).
    expect(wall(letGoAt(at("2026-12-18T14:00", tz), tz, DEFAULT_HOURS, { country: "GB" }), tz)).toBe("Tue 2026-12-29 09:00");
    // On a working day it keeps the time of day.
    expect(wall(letGoAt(at("2026-12-02T14:00", tz), tz, DEFAULT_HOURS, { country: "GB" }), tz)).toBe("Wed 2026-12-09 14:00");
  });
});
