import { describe, expect, it } from "vitest";
import { parseInterviewTime } from "../../../../../src/core/dates/parse-when.js";
import { at, wall } from "../../../../support/wall-time.js";

const LA = "America/Los_Angeles";
const KOLKATA = "Asia/Kolkata";
const LONDON = "Europe/London";

/** The parse as local wall-clock time, or undefined. */
function parsed(text: string, now: Date, tz: string): string | undefined {
  const r = parseInterviewTime(text, now, tz);
  return r && wall(r.at, tz);
}

describe.each([LA, KOLKATA])("parseInterviewTime in %s (now: Wednesday 18 Nov 2026, 15:30 local)", (tz) => {
  const now = at("2026-11-18T15:30", tz);

  it.each([
    ["today 10am", "2026-11-18 10:00"],
    ["yesterday at 3pm", "2026-11-17 15:00"],
    ["Tue 14:00", "2026-11-17 14:00"],
    ["this morning", "2026-11-18 09:00"],
    ["yesterday morning", "2026-11-17 09:00"],
    ["18 Nov 10:00", "2026-11-18 10:00"],
    ["2 hours ago", "2026-11-18 13:30"],
    ["just now", "2026-11-18 15:30"],
    ["now", "2026-11-18 15:30"],
    ["14:00", "2026-11-18 14:00"],
    // A bare weekday means the most recent one, and a date without a time reads as noon.
    ["Friday", "2026-11-13 12:00"],
    ["Wednesday", "2026-11-18 12:00"],
    ["last Wednesday", "2026-11-11 12:00"],
    ["3 days ago", "2026-11-15 12:00"],
    ["11/16 10:30am", "2026-11-16 10:30"],
  ])("%s → %s", (text, expected) => {
    expect(parsed(text, now, tz)).toBe(expected);
  });

  it("labels the time in the user's zone", () => {
    expect(parseInterviewTime("18 Nov 10:00", now, tz)?.label).toBe("Wednesday 18 Nov, 10:00");
    expect(parseInterviewTime("Friday", now, tz)?.label).toBe("Friday 13 Nov, 12:00");
  });

  it("'2 hours ago' and 'now' are exact instants", () => {
    expect(parseInterviewTime("2 hours ago", now, tz)?.at.getTime()).toBe(now.getTime() - 2 * 3_600_000);
    expect(parseInterviewTime("just now", now, tz)?.at.getTime()).toBe(now.getTime());
  });

  it.each(["next Friday", "in 3 days", "Nov 25 10:00", "18 Nov 2024 10:00", "May", "in December"])(
    "rejects %s (too far ahead, too old or not a day)",
    (text) => {
      expect(parseInterviewTime(text, now, tz)).toBeUndefined();
    },
  );

  it("accepts up to a day ahead (the user logs it early)", () => {
    expect(parsed("tomorrow 9am", now, tz)).toBe("2026-11-19 09:00");
  });
});

describe("parseInterviewTime across daylight-saving changes", () => {
  it("Europe/London after the clocks went back (25 Oct 2026): Saturday was BST, Sunday GMT", () => {
    const now = at("2026-10-27T12:00", LONDON);
    expect(parseInterviewTime("Saturday 10:00", now, LONDON)?.at.toISOString()).toBe("2026-10-24T09:00:00.000Z");
    expect(parseInterviewTime("24 Oct 10:00", now, LONDON)?.at.toISOString()).toBe("2026-10-24T09:00:00.000Z");
    expect(parseInterviewTime("Sunday 10am", now, LONDON)?.at.toISOString()).toBe("2026-10-25T10:00:00.000Z");
    expect(parseInterviewTime("yesterday at 3pm", now, LONDON)?.at.toISOString()).toBe("2026-10-26T15:00:00.000Z");
    expect(parseInterviewTime("3 days ago", now, LONDON)?.at.toISOString()).toBe("2026-10-24T11:00:00.000Z");
  });

  it("Europe/London, 2 hours ago straddling the change is 2 elapsed hours", () => {
    const now = new Date("2026-10-25T02:30:00Z"); // 02:30 GMT, 90 minutes after the change
    expect(parseInterviewTime("2 hours ago", now, LONDON)?.at.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("America/Los_Angeles after 1 Nov 2026: Saturday was PDT, Sunday PST", () => {
    const now = at("2026-11-02T12:00", LA);
    expect(parseInterviewTime("Saturday 10am", now, LA)?.at.toISOString()).toBe("2026-10-31T17:00:00.000Z");
    expect(parseInterviewTime("Sunday at 10:00", now, LA)?.at.toISOString()).toBe("2026-11-01T18:00:00.000Z");
    expect(parseInterviewTime("Saturday 10am", now, LA)?.label).toBe("Saturday 31 Oct, 10:00");
  });

  it("an explicit zone in the text wins over the user's zone", () => {
    const now = at("2026-11-18T15:30", KOLKATA);
    expect(parseInterviewTime("Monday 10am PST", now, KOLKATA)?.at.toISOString()).toBe("2026-11-16T18:00:00.000Z");
  });
});

describe("parseInterviewTime on garbage", () => {
  const now = at("2026-11-18T15:30", LA);
  it.each([
    ["asdf", "asdf"],
    ["empty", ""],
    ["spaces", "   \n\t "],
    ["20,000 characters", "yesterday at 3pm ".repeat(1200).slice(0, 20_000)],
    ["20,000 letters", "a".repeat(20_000)],
    ["punctuation", "?!?!...///::"],
    ["emoji and controls", "🙂\u0000\u202e🕒"],
    ["numbers", "12345678901234567890"],
  ])("%s → undefined, without throwing", (_name, text) => {
    expect(() => parseInterviewTime(text, now, LA)).not.toThrow();
    expect(parseInterviewTime(text, now, LA)).toBeUndefined();
  });

  it("survives a bad zone and a bad clock", () => {
    // An invalid zone reads as UTC, where it is already 23:30 on the 18th.
    expect(parseInterviewTime("today 10am", now, "Not/AZone")?.at.toISOString()).toBe("2026-11-18T10:00:00.000Z");
    expect(parseInterviewTime("today 10am", new Date(Number.NaN), LA)).toBeUndefined();
  });
});
