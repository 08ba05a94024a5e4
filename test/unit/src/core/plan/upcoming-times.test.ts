import { describe, expect, it } from "vitest";
import { afterInterviewAt, DEFAULT_HOURS, eveningBefore } from "../../../../../src/core/plan/index.js";
import { at, wall } from "../../../../support/wall-time.js";

const LA = "America/Los_Angeles";
const KOLKATA = "Asia/Kolkata";

describe.each([LA, KOLKATA])("the times of an interview logged ahead, in %s", (tz) => {
  it("brings the plan at 18:00 local the evening before, or an hour before nudge hours end", () => {
    expect(wall(eveningBefore(at("2026-11-19T15:00", tz), tz, DEFAULT_HOURS), tz)).toBe("2026-11-18 18:00");
    expect(wall(eveningBefore(at("2026-11-19T08:00", tz), tz, { start: 480, end: 1020 }), tz)).toBe("2026-11-18 16:00");
    // Never before the hours start, however short they are.
    expect(wall(eveningBefore(at("2026-11-19T08:00", tz), tz, { start: 1140, end: 1260 }), tz)).toBe("2026-11-18 19:00");
  });

  it("asks how it went when it ends, an hour after the start unless told otherwise", () => {
    expect(wall(afterInterviewAt(at("2026-11-19T15:00", tz), 60, tz, DEFAULT_HOURS), tz)).toBe("2026-11-19 16:00");
    expect(wall(afterInterviewAt(at("2026-11-19T15:00", tz), 45, tz, DEFAULT_HOURS), tz)).toBe("2026-11-19 15:45");
    expect(wall(afterInterviewAt(at("2026-11-19T15:00", tz), 0, tz, DEFAULT_HOURS), tz)).toBe("2026-11-19 16:00");
  });

  it("never at night: an evening interview is asked about the next morning, an early one when the hours begin", () => {
    expect(wall(afterInterviewAt(at("2026-11-19T18:30", tz), 60, tz, DEFAULT_HOURS), tz)).toBe("2026-11-20 09:00");
    expect(wall(afterInterviewAt(at("2026-11-19T23:00", tz), 90, tz, DEFAULT_HOURS), tz)).toBe("2026-11-20 09:00");
    expect(wall(afterInterviewAt(at("2026-11-19T07:00", tz), 60, tz, DEFAULT_HOURS), tz)).toBe("2026-11-19 09:00");
  });
});

describe("across a change of clocks", () => {
  it("keeps 18:00 local on the evening before the clocks go back in Los Angeles", () => {
    expect(wall(eveningBefore(at("2026-11-02T10:00", LA), LA, DEFAULT_HOURS), LA)).toBe("2026-11-01 18:00");
  });
});
