// Calendar arithmetic on YYYY-MM-DD dates, checked day by day against luxon's calendar.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { addCalendarDays, isCalendarDate, weekdayOf } from "../../../../../src/core/plan/local-time.js";

describe("calendar days without a zone", () => {
  it("adds days and names weekdays as luxon does, across month, leap-day and year ends", () => {
    let day = DateTime.fromISO("2023-12-01", { zone: "UTC" });
    for (let i = 0; i < 1200; i++, day = day.plus({ days: 1 })) {
      const iso = day.toISODate()!;
      expect(isCalendarDate(iso)).toBe(true);
      expect(weekdayOf(iso)).toBe(day.weekday);
      for (const n of [1, 14, -1, -30]) expect(addCalendarDays(iso, n)).toBe(day.plus({ days: n }).toISODate());
    }
  });

  it("refuses what is not a calendar date", () => {
    for (const bad of ["2026-02-29", "2026-13-01", "2026-04-31", "2026-1-5", "26-01-05", "2026-01-05T00:00", "", "tomorrow"]) {
      expect(isCalendarDate(bad)).toBe(false);
      expect(() => addCalendarDays(bad, 1)).toThrow(/not a calendar date/);
      expect(() => weekdayOf(bad)).toThrow(/not a calendar date/);
    }
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate(null)).toBe(false);
    // Years below 100 stay as they are (Date.UTC would read 0050 as 1950).
    expect(addCalendarDays("0050-12-31", 1)).toBe("0051-01-01");
  });
});
