import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  clampToNudgeHours,
  isQuietTime,
  letGoAt,
  localDate,
  planFollowUp,
  thanksReminderAt,
  weekdayOf,
  type NudgeHours,
  type PlanInput,
} from "../../../../../src/core/plan/index.js";
import { seededRandom } from "../../../../support/wall-time.js";

// Zones with DST in either hemisphere, half- and quarter-hour offsets, and one (Santiago) whose
// clocks change at midnight, so local midnight itself is sometimes missing.
const ZONES = [
  "America/Los_Angeles",
  "Asia/Kolkata",
  "Europe/London",
  "America/New_York",
  "Australia/Sydney",
  "Pacific/Auckland",
  "Asia/Kathmandu",
  "America/St_Johns",
  "America/Santiago",
  "Asia/Tokyo",
  "UTC",
];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RUNS = 2000;

function randomInput(rand: () => number): PlanInput {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const tz = pick(ZONES);
  // Two years, so every zone's changes in both directions are crossed many times.
  const interviewAt = new Date(Date.UTC(2026, 0, 1) + Math.floor(rand() * 730 * DAY));
  const confirmedAt = new Date(interviewAt.getTime() + Math.floor(rand() * 10 * DAY));
  const start = Math.floor(rand() * 92) * 15; // 00:00 … 22:45
  const end = start + 15 + Math.floor(rand() * ((1440 - start - 15) / 15 + 1)) * 15;
  const hours: NudgeHours = rand() < 0.3 ? { start: 540, end: 1140 } : { start, end: Math.min(end, 1440) };
  const interest = pick([undefined, "yes", "unsure", "no"] as const);
  const decisionDate =
    rand() < 0.4 ? DateTime.fromJSDate(interviewAt, { zone: tz }).plus({ days: Math.floor(rand() * 40) - 5 }).toISODate()! : undefined;
  const reflectDelayHours = rand() < 0.3 ? Math.floor(rand() * 12) : undefined;
  return { interviewAt, confirmedAt, tz, hours, interest, decisionDate, reflectDelayHours };
}

describe("plan properties over many seeded random inputs", () => {
  it("never schedules in quiet hours, keeps the beats in order, and moves check-ins off weekends", () => {
    const rand = seededRandom(20261025);
    for (let i = 0; i < RUNS; i++) {
      const input = randomInput(rand);
      const where = JSON.stringify(input);
      const { nudges, checkinDate } = planFollowUp(input);
      for (const n of nudges) expect(isQuietTime(n.dueAt, input.tz, input.hours), `${n.kind} quiet: ${where}`).toBe(false);
      for (let k = 1; k < nudges.length; k++) expect(nudges[k]!.dueAt > nudges[k - 1]!.dueAt, where).toBe(true);

      const [reflect, thanks, checkin] = nudges;
      expect(reflect!.kind).toBe("reflect");
      expect(reflect!.dueAt.getTime() >= input.confirmedAt.getTime(), where).toBe(true);
      expect(thanks!.kind).toBe("thanks");
      expect(thanks!.dueAt.getTime() >= reflect!.dueAt.getTime() + HOUR, where).toBe(true);
      expect(localDate(thanks!.dueAt, input.tz) > localDate(input.interviewAt, input.tz), where).toBe(true);

      if (input.interest === "no") {
        expect(checkin, where).toBeUndefined();
        expect(checkinDate, where).toBeUndefined();
        continue;
      }
      expect(checkin!.kind).toBe("checkin");
      expect(localDate(checkin!.dueAt, input.tz), where).toBe(checkinDate);
      expect(weekdayOf(checkinDate!), where).toBeLessThanOrEqual(5);
      expect(checkinDate! >= addWorkingDays(localDate(thanks!.dueAt, input.tz), 2), where).toBe(true);
    }
  });

  it("clamping, the thank-you reminder and let-go always land inside nudge hours", () => {
    const rand = seededRandom(20261101);
    for (let i = 0; i < RUNS; i++) {
      const { tz, hours, confirmedAt: t } = randomInput(rand);
      const where = JSON.stringify({ tz, hours, t });
      const clamped = clampToNudgeHours(t, tz, hours);
      expect(isQuietTime(clamped, tz, hours), where).toBe(false);
      expect(clamped.getTime() >= t.getTime(), where).toBe(true);
      if (!isQuietTime(t, tz, hours)) expect(clamped, where).toEqual(t);

      const reminder = thanksReminderAt(t, tz, hours);
      expect(isQuietTime(reminder, tz, hours), where).toBe(false);
      expect(localDate(reminder, tz) > localDate(t, tz), where).toBe(true);

      const letGo = letGoAt(t, tz, hours);
      expect(isQuietTime(letGo, tz, hours), where).toBe(false);
      expect(letGo.getTime() >= t.getTime() + 7 * DAY - HOUR, where).toBe(true);
    }
  });
});
