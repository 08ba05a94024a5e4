import { describe, expect, it } from "vitest";
import {
  clampToNudgeHours,
  DEFAULT_HOURS,
  endOfNudgeHoursOn,
  formatLocal,
  formatLocalDay,
  isQuietTime,
  letGoAt,
  localDate,
  nextNudgeMorning,
  normalizeNudgeHours,
  safeZone,
  startOfNudgeHoursOn,
  thanksReminderAt,
} from "../../../../../src/core/plan/index.js";
import { at, wall } from "../../../../support/wall-time.js";

const LA = "America/Los_Angeles";
const LONDON = "Europe/London";
const KOLKATA = "Asia/Kolkata";

describe("nudge hours", () => {
  it("defaults to 09:00–19:00", () => {
    expect(DEFAULT_HOURS).toEqual({ start: 540, end: 1140 });
  });

  it("clamps into the window: inside stays, before start → that morning, at or after end → next morning", () => {
    expect(clampToNudgeHours(at("2026-11-17T10:15", LA), LA, DEFAULT_HOURS)).toEqual(at("2026-11-17T10:15", LA));
    expect(wall(clampToNudgeHours(at("2026-11-17T06:00", LA), LA, DEFAULT_HOURS), LA)).toBe("2026-11-17 09:00");
    expect(wall(clampToNudgeHours(at("2026-11-17T19:00", LA), LA, DEFAULT_HOURS), LA)).toBe("2026-11-18 09:00");
    expect(wall(clampToNudgeHours(at("2026-11-17T23:59", LA), LA, DEFAULT_HOURS), LA)).toBe("2026-11-18 09:00");
    expect(clampToNudgeHours(at("2026-11-17T09:00", LA), LA, DEFAULT_HOURS)).toEqual(at("2026-11-17T09:00", LA));
  });

  it("treats the window as start-inclusive and end-exclusive", () => {
    expect(isQuietTime(at("2026-11-17T08:59", KOLKATA), KOLKATA, DEFAULT_HOURS)).toBe(true);
    expect(isQuietTime(at("2026-11-17T09:00", KOLKATA), KOLKATA, DEFAULT_HOURS)).toBe(false);
    expect(isQuietTime(at("2026-11-17T18:59", KOLKATA), KOLKATA, DEFAULT_HOURS)).toBe(false);
    expect(isQuietTime(at("2026-11-17T19:00", KOLKATA), KOLKATA, DEFAULT_HOURS)).toBe(true);
    expect(isQuietTime(at("2026-11-17T03:00", KOLKATA), KOLKATA, DEFAULT_HOURS)).toBe(true);
  });

  it("keeps 09:00 local on both sides of London's October change (25 Oct 2026)", () => {
    expect(startOfNudgeHoursOn("2026-10-24", LONDON, DEFAULT_HOURS).toISOString()).toBe("2026-10-24T08:00:00.000Z");
    expect(startOfNudgeHoursOn("2026-10-25", LONDON, DEFAULT_HOURS).toISOString()).toBe("2026-10-25T09:00:00.000Z");
    expect(endOfNudgeHoursOn(at("2026-10-25T12:00", LONDON), LONDON, DEFAULT_HOURS).toISOString()).toBe("2026-10-25T19:00:00.000Z");
    // 01:30 BST, half an hour before the clocks go back: quiet, so the next nudge is 09:00 GMT.
    const beforeChange = new Date("2026-10-25T00:30:00Z");
    expect(isQuietTime(beforeChange, LONDON, DEFAULT_HOURS)).toBe(true);
    expect(clampToNudgeHours(beforeChange, LONDON, DEFAULT_HOURS).toISOString()).toBe("2026-10-25T09:00:00.000Z");
  });

  it("keeps 09:00 local on both sides of Los Angeles's November change (1 Nov 2026)", () => {
    expect(nextNudgeMorning(at("2026-10-31T20:00", LA), LA, DEFAULT_HOURS).toISOString()).toBe("2026-11-01T17:00:00.000Z");
    expect(nextNudgeMorning(at("2026-10-30T20:00", LA), LA, DEFAULT_HOURS).toISOString()).toBe("2026-10-31T16:00:00.000Z");
  });

  it("next nudge morning is always on the following local day, even from early morning", () => {
    expect(wall(nextNudgeMorning(at("2026-11-17T02:00", LA), LA, DEFAULT_HOURS), LA)).toBe("2026-11-18 09:00");
    expect(wall(nextNudgeMorning(at("2026-11-17T23:59", LA), LA, DEFAULT_HOURS), LA)).toBe("2026-11-18 09:00");
  });

  it("honours custom hours, including a window that runs to midnight", () => {
    const hours = { start: 450, end: 1260 }; // 07:30–21:00
    expect(wall(clampToNudgeHours(at("2026-11-17T07:00", KOLKATA), KOLKATA, hours), KOLKATA)).toBe("2026-11-17 07:30");
    expect(isQuietTime(at("2026-11-17T20:30", KOLKATA), KOLKATA, hours)).toBe(false);
    const lateOwl = { start: 720, end: 1440 };
    expect(isQuietTime(at("2026-11-17T23:59", LA), LA, lateOwl)).toBe(false);
    expect(wall(endOfNudgeHoursOn(at("2026-11-17T13:00", LA), LA, lateOwl), LA)).toBe("2026-11-18 00:00");
  });

  it("falls back to the default window for unusable hours", () => {
    expect(normalizeNudgeHours({ start: 1200, end: 600 })).toBe(DEFAULT_HOURS);
    expect(normalizeNudgeHours({ start: -5, end: 600 })).toBe(DEFAULT_HOURS);
    expect(normalizeNudgeHours({ start: 480, end: 1500 })).toBe(DEFAULT_HOURS);
    expect(normalizeNudgeHours({ start: 480, end: 1020 })).toEqual({ start: 480, end: 1020 });
  });
});

describe("later nudges", () => {
  it("the thank-you reminder comes the next nudge morning", () => {
    const thanks = at("2026-10-24T09:00", LONDON);
    expect(thanksReminderAt(thanks, LONDON, DEFAULT_HOURS).toISOString()).toBe("2026-10-25T09:00:00.000Z");
  });

  it("let-go is 7 local days after the check-in, same local time across the change", () => {
    const sent = at("2026-10-30T09:00", LA);
    expect(sent.toISOString()).toBe("2026-10-30T16:00:00.000Z");
    expect(letGoAt(sent, LA, DEFAULT_HOURS).toISOString()).toBe("2026-11-06T17:00:00.000Z");
  });

  it("let-go moves into nudge hours when the check-in went out late, and off the weekend", () => {
    // Friday 21:30 + 7 days → Saturday morning → Monday 09:00, the next working day.
    expect(wall(letGoAt(at("2026-11-06T21:30", LA), LA, DEFAULT_HOURS), LA)).toBe("2026-11-16 09:00");
    expect(wall(letGoAt(at("2026-11-06T07:10", LA), LA, DEFAULT_HOURS), LA)).toBe("2026-11-13 09:00");
  });
});

describe("local time helpers", () => {
  it("formats an instant in the user's zone", () => {
    expect(formatLocal(at("2026-11-17T10:00", LA), LA)).toBe("Tuesday 17 Nov, 10:00");
    expect(formatLocal(new Date("2026-11-17T18:00:00Z"), KOLKATA)).toBe("Tuesday 17 Nov, 23:30");
    expect(formatLocal(new Date("2026-09-01T08:05:00Z"), LONDON)).toBe("Tuesday 1 Sep, 09:05");
  });

  it("formats a calendar day and leaves a malformed one as given", () => {
    expect(formatLocalDay("2026-12-04")).toBe("Friday 4 December");
    expect(formatLocalDay("2026-13-40")).toBe("2026-13-40");
  });

  it("gives the local calendar date, which differs by zone", () => {
    const t = new Date("2026-11-17T20:00:00Z");
    expect(localDate(t, LA)).toBe("2026-11-17");
    expect(localDate(t, KOLKATA)).toBe("2026-11-18");
  });

  it("accepts only valid IANA zones", () => {
    expect(safeZone("Asia/Kolkata", "UTC")).toBe("Asia/Kolkata");
    expect(safeZone("Mars/Olympus", "Europe/London")).toBe("Europe/London");
    expect(safeZone(undefined, "Europe/London")).toBe("Europe/London");
    expect(safeZone(null, "nonsense")).toBe("UTC");
    expect(safeZone("", "America/Los_Angeles")).toBe("America/Los_Angeles");
  });
});

describe("nudge hours asked for again", () => {
  it("give the same instants each time, and a caller changing the Date it got changes no later answer", () => {
    const first = startOfNudgeHoursOn("2026-03-08", LA, DEFAULT_HOURS);
    const firstEnd = endOfNudgeHoursOn(first, LA, DEFAULT_HOURS);
    first.setTime(0);
    firstEnd.setTime(0);
    expect(wall(startOfNudgeHoursOn("2026-03-08", LA, DEFAULT_HOURS), LA)).toBe("2026-03-08 09:00");
    expect(wall(endOfNudgeHoursOn(at("2026-03-08T12:00", LA), LA, DEFAULT_HOURS), LA)).toBe("2026-03-08 19:00");
    // Other hours on the same day and zone are their own answer, not the one kept for the defaults.
    expect(wall(startOfNudgeHoursOn("2026-03-08", LA, { start: 600, end: 1200 }), LA)).toBe("2026-03-08 10:00");
    expect(isQuietTime(at("2026-03-08T09:30", LA), LA, { start: 600, end: 1200 })).toBe(true);
    expect(isQuietTime(at("2026-03-08T09:30", LA), LA, DEFAULT_HOURS)).toBe(false);
  });
});
