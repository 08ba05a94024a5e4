import { describe, expect, it } from "vitest";
import { parseDecisionDate } from "../../../../../src/core/dates/parse-decision-date.js";
import { at } from "../../../../support/wall-time.js";

const LA = "America/Los_Angeles";
const KOLKATA = "Asia/Kolkata";
const LONDON = "Europe/London";

describe.each([LA, KOLKATA])("parseDecisionDate in %s (now: Wednesday 18 Nov 2026, 15:30 local)", (tz) => {
  const now = at("2026-11-18T15:30", tz);

  it.each([
    ["by Friday", "2026-11-20"],
    ["end of next week", "2026-11-27"],
    ["by the end of next week", "2026-11-27"],
    ["end of the week", "2026-11-20"],
    ["in two weeks", "2026-12-02"],
    ["Dec 3", "2026-12-03"],
    ["3rd December", "2026-12-03"],
    ["within 10 days", "2026-11-28"],
    ["tomorrow", "2026-11-19"],
    ["next Monday", "2026-11-23"],
    ["early next week", "2026-11-23"],
    ["mid next week", "2026-11-25"],
    ["in a fortnight", "2026-12-02"],
    ["end of the month", "2026-11-30"],
    ["in January", "2027-01-31"],
    ["first week of December", "2026-12-07"],
    ["they said within a week", "2026-11-25"],
  ])("%s → %s", (text, expected) => {
    expect(parseDecisionDate(text, now, tz)).toBe(expected);
  });

  it.each(["no", "No.", "none", "not said", "skip", "n/a", "they didn't say", "dunno"])("%s → undefined", (text) => {
    expect(parseDecisionDate(text, now, tz)).toBeUndefined();
  });

  it.each(["yesterday", "last Friday", "two days ago", "Dec 3 2028", "10am"])("rejects %s (past, too far, or no day)", (text) => {
    expect(parseDecisionDate(text, now, tz)).toBeUndefined();
  });
});

describe("parseDecisionDate reads days in the user's zone", () => {
  it("the same instant is a different 'tomorrow' in Los Angeles and Kolkata", () => {
    const now = new Date("2026-11-18T20:00:00Z"); // 12:00 in Los Angeles, 01:30 on the 19th in Kolkata
    expect(parseDecisionDate("tomorrow", now, LA)).toBe("2026-11-19");
    expect(parseDecisionDate("tomorrow", now, KOLKATA)).toBe("2026-11-20");
    expect(parseDecisionDate("by Friday", now, KOLKATA)).toBe("2026-11-20");
  });

  it("Europe/London around the October change", () => {
    const lateSaturday = new Date("2026-10-24T22:30:00Z"); // 23:30 BST, the night the clocks go back
    expect(parseDecisionDate("tomorrow", lateSaturday, LONDON)).toBe("2026-10-25");
    expect(parseDecisionDate("in 2 days", lateSaturday, LONDON)).toBe("2026-10-26");
    // At the weekend, "the end of the week" is the coming Friday.
    expect(parseDecisionDate("end of the week", lateSaturday, LONDON)).toBe("2026-10-30");
    const earlySunday = new Date("2026-10-25T00:30:00Z"); // 01:30 BST, half an hour before the clocks go back
    expect(parseDecisionDate("within 10 days", earlySunday, LONDON)).toBe("2026-11-04");
  });

  it("America/Los_Angeles around the November change", () => {
    const now = at("2026-10-31T22:00", LA);
    expect(parseDecisionDate("tomorrow", now, LA)).toBe("2026-11-01");
    expect(parseDecisionDate("Monday", now, LA)).toBe("2026-11-02");
    expect(parseDecisionDate("in two weeks", now, LA)).toBe("2026-11-14");
  });
});

describe("parseDecisionDate on garbage", () => {
  const now = at("2026-11-18T15:30", LA);
  it.each([
    ["asdf", "asdf"],
    ["empty", ""],
    ["spaces", "  \n "],
    ["20,000 characters", "by Friday ".repeat(2000)],
    ["emoji and controls", "🙂\u0000\u202e📅"],
  ])("%s → undefined, without throwing", (_name, text) => {
    expect(() => parseDecisionDate(text, now, LA)).not.toThrow();
    expect(parseDecisionDate(text, now, LA)).toBeUndefined();
  });
});
