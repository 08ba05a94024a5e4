// One typed phrase is parsed once per turn, however many date readers look at it.
import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { chronoParse } from "../../../../../src/core/dates/chrono-parse.js";

describe("chronoParse", () => {
  const now = new Date("2026-11-17T15:00:00Z");

  it("gives chrono's own reading, and the same reading again for the same phrase, moment, zone and direction", () => {
    const first = chronoParse("by Friday 3pm", now, "America/New_York", true);
    const direct = chrono.parse("by Friday 3pm", { instant: now, timezone: -300 }, { forwardDate: true });
    expect(first.map((r) => [r.text, r.start.date().toISOString()])).toEqual(direct.map((r) => [r.text, r.start.date().toISOString()]));
    expect(chronoParse("by Friday 3pm", now, "America/New_York", true)).toBe(first);
  });

  it("reads again when the moment, the zone or the direction differ", () => {
    const base = chronoParse("Monday", now, "UTC", true);
    expect(chronoParse("Monday", new Date(now.getTime() + 1), "UTC", true)).not.toBe(base);
    expect(chronoParse("Monday", now, "Asia/Tokyo", true)).not.toBe(base);
    const past = chronoParse("Monday", now, "UTC", false);
    expect(past).not.toBe(base);
    expect(past[0]!.start.date().getTime()).toBeLessThan(now.getTime());
    expect(base[0]!.start.date().getTime()).toBeGreaterThan(now.getTime());
  });

  it("keeps only the last few readings", () => {
    const kept = chronoParse("next Tuesday", now, "UTC", true);
    for (let i = 0; i < 10; i++) chronoParse(`in ${i + 2} days`, now, "UTC", true);
    expect(chronoParse("next Tuesday", now, "UTC", true)).not.toBe(kept);
  });
});
