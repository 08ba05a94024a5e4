// Reading when an interview to come begins: forwards, in the user's zone, with a time required.
import { describe, expect, it } from "vitest";
import { parseUpcomingTime } from "../../../../../src/core/dates/parse-when.js";
import { at, wall } from "../../../../support/wall-time.js";

const LA = "America/Los_Angeles";
const KOLKATA = "Asia/Kolkata";

function parsed(text: string, now: Date, tz: string): string | undefined {
  const r = parseUpcomingTime(text, now, tz);
  return r && "at" in r ? wall(r.at, tz) : r && `day ${r.day}`;
}

describe.each([LA, KOLKATA])("parseUpcomingTime in %s (now: Wednesday 18 Nov 2026, 15:30 local)", (tz) => {
  const now = at("2026-11-18T15:30", tz);

  it.each([
    ["Thursday 3pm", "2026-11-19 15:00"],
    ["tomorrow 9:30", "2026-11-19 09:30"],
    ["next tuesday 10am", "2026-11-24 10:00"],
    // Today's weekday with a time already gone is next week's.
    ["Wednesday 9am", "2026-11-25 09:00"],
    ["today 5pm", "2026-11-18 17:00"],
    ["25 Nov 14:00", "2026-11-25 14:00"],
    ["in 2 days at 3pm", "2026-11-20 15:00"],
    // A day with no time: the time is asked for, not guessed.
    ["Friday", "day 2026-11-20"],
    ["next Monday", "day 2026-11-23"],
    // Today's weekday without a time is next week's: today would be said as "today".
    ["Wednesday", "day 2026-11-25"],
  ])("%s → %s", (text, expected) => {
    expect(parsed(text, now, tz)).toBe(expected);
  });

  it("reads a range as its start and its end", () => {
    const r = parseUpcomingTime("Thu 3-4:30pm", now, tz);
    expect(r && "at" in r && [wall(r.at, tz), r.endAt && wall(r.endAt, tz)]).toEqual(["2026-11-19 15:00", "2026-11-19 16:30"]);
  });

  it("puts a time alone on the day named before, unless the answer names its own day", () => {
    const on = (text: string) => {
      const r = parseUpcomingTime(text, now, tz, "2026-11-20");
      return r && "at" in r ? wall(r.at, tz) : undefined;
    };
    expect(on("3pm")).toBe("2026-11-20 15:00");
    expect(on("at 10:30")).toBe("2026-11-20 10:30");
    expect(on("tomorrow 9am")).toBe("2026-11-19 09:00");
    expect(on("Monday 2pm")).toBe("2026-11-23 14:00");
  });

  it("labels the start in the user's zone", () => {
    expect(parseUpcomingTime("Thursday 3pm", now, tz)).toMatchObject({ label: "Thursday 19 Nov, 15:00" });
  });

  it.each(["yesterday 3pm", "18 Nov 2025 10:00", "May", "soon", "", "x".repeat(400)])("rejects %j (past, too far, not a day)", (text) => {
    expect(parseUpcomingTime(text, now, tz)).toBeUndefined();
  });
});
