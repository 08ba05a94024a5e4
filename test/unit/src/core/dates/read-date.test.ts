import { describe, expect, it } from "vitest";
import { findDecisionDate, readDate } from "../../../../../src/core/dates/read-date.js";
import { at, wall } from "../../../../support/wall-time.js";

const LONDON = "Europe/London";
// Tuesday 17 November 2026, 15:00 in London.
const now = at("2026-11-17T15:00", LONDON);

function read(text: string, kind: Parameters<typeof readDate>[1]) {
  const r = readDate(text, kind, now, LONDON);
  return r.ok ? wall(r.at, LONDON) : r.reply;
}

describe("readDate: every typed date, read whole or refused with examples", () => {
  it.each([
    ["day", "Monday", "2026-11-23 12:00"],
    ["day", "next Thursday", "2026-11-26 12:00"],
    ["day", "Dec 3", "2026-12-03 12:00"],
    ["day", "the day after tomorrow", "2026-11-19 12:00"],
    ["decision", "by Friday", "2026-11-20 12:00"],
    ["decision", "they said end of next week", "2026-11-27 12:00"],
    ["decision", "Friday probably", "2026-11-20 12:00"],
    ["decision", "by the 20th", "2026-11-20 12:00"],
    ["interview", "yesterday at 3pm", "2026-11-16 15:00"],
    ["interview", "today 10:30", "2026-11-17 10:30"],
    ["upcoming", "next tuesday 10am", "2026-11-24 10:00"],
    ["upcoming", "Thursday 14:30", "2026-11-19 14:30"],
    ["upcoming", "3 Dec at 2pm", "2026-12-03 14:00"],
  ] as const)("%s: %s → %s", (kind, text, expected) => {
    expect(read(text, kind)).toBe(expected);
  });

  it.each([
    ["day", "the day after the thing", /couldn't read “the day after the thing” as a day ahead: I can't place “thing”\. Try _Monday_, _next Thursday_ or _Dec 3_\./],
    ["day", "when pigs fly", /Try _Monday_/],
    ["day", "Monday or Tuesday", /more than one day/],
    ["day", "yesterday", /as a day ahead\. Try/],
    ["decision", "after the holidays", /I can't place “after holidays”\. Try _by Friday_/],
    ["interview", "the day the music died", /as a date and time: I can't place “music died”/],
    ["interview", "next week sometime", /as a date and time/],
    ["upcoming", "next tuesday", /^What time on Tuesday 24 November\? For example _Tuesday 10am_\.$/],
    ["upcoming", "yesterday at 10am", /as a day and time ahead\. Try _next Tuesday 10am_/],
    ["upcoming", "", /I didn't catch a day and time ahead there/],
  ] as const)("%s: refuses %s", (kind, text, reply) => {
    expect(read(text, kind)).toMatch(reply);
  });

  it("keeps a long answer out of the reply", () => {
    const reply = read("x".repeat(500), "day");
    expect(reply.length).toBeLessThan(200);
  });

  it("finds a decision date in free text about next steps, refusing nothing", () => {
    expect(findDecisionDate("Nice chat. They'll decide by Friday and call me.", now, LONDON)).toBe("2026-11-20");
    expect(findDecisionDate("They will be in touch.", now, LONDON)).toBeUndefined();
  });
});
