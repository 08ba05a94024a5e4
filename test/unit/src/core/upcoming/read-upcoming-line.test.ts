import { describe, expect, it } from "vitest";
import { mergeFacts, readUpcomingLine, takeLength } from "../../../../../src/core/upcoming/read-upcoming-line.js";
import { at, wall } from "../../../../support/wall-time.js";

const LONDON = "Europe/London";
const now = at("2026-03-17T10:00", LONDON); // a Tuesday

describe("reading a line about an interview to come", () => {
  it("reads company, role, start, length, format, stage and people from one line", () => {
    const f = readUpcomingLine("Acme, Staff Engineer, Thursday 3pm for 45 minutes, video, final round, with Dana Li (CTO), Omar Haddad", now, LONDON);
    expect(f).toMatchObject({ company: "Acme", role: "Staff Engineer", format: "video", stage: "final round", lengthMinutes: 45 });
    expect(wall(new Date(f.at!), LONDON)).toBe("2026-03-19 15:00");
    expect(f.people).toEqual([{ name: "Dana Li", title: "CTO" }, { name: "Omar Haddad" }]);
  });

  it("takes the length from a range", () => {
    expect(readUpcomingLine("Globex, Fri 10:00-11:30", now, LONDON).lengthMinutes).toBe(90);
  });

  it("keeps a day named without a time, so the time can be asked", () => {
    expect(readUpcomingLine("Acme, Thursday", now, LONDON)).toMatchObject({ company: "Acme", day: "2026-03-19" });
  });

  it.each([
    ["Acme, Thursday 3pm, for 45 minutes", 45, "Acme, Thursday 3pm"],
    ["Acme 1.5h Thursday 3pm", 90, "Acme Thursday 3pm"],
    ["Acme, an hour and a half", 90, "Acme"],
    ["half an hour, Acme", 30, "Acme"],
    ["Acme, 2 hours long", 120, "Acme"],
  ])("takes the length out of %j", (text, minutes, rest) => {
    expect(takeLength(text)).toEqual({ rest, minutes });
  });

  it.each(["Acme in 2 hours", "Acme at 3pm", "Acme, 10am", "Acme, 5 minutes"])("leaves %j alone: a start, a time, or no plausible length", (text) => {
    expect(takeLength(text)).toEqual({ rest: text });
  });

  it("fills what is missing from a later answer, and adds names", () => {
    const first = readUpcomingLine("Acme, with Dana Li", now, LONDON);
    const later = mergeFacts(first, readUpcomingLine("Thursday 3pm, with Omar Haddad, Dana Li", now, LONDON));
    expect(later).toMatchObject({ company: "Acme", people: [{ name: "Dana Li" }, { name: "Omar Haddad" }] });
    expect(wall(new Date(later.at!), LONDON)).toBe("2026-03-19 15:00");
    // What was said first stands.
    expect(mergeFacts(first, readUpcomingLine("Globex", now, LONDON)).company).toBe("Acme");
  });
});
