// The whole follow-up plan, in three zones, swept every 30 minutes of simulated time.
import { describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { formatLocalDay } from "../../../src/core/plan/index.js";
import { formatCheckInDay } from "../../../src/core/letters/index.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { buttonsOf, textOf } from "../../support/temp-store.js";
import { at, inNudgeHours, lettersOf, local, worldsPerTest } from "../../support/scheduler/world.js";

// Whatever a test did, no nudge reached anyone outside their nudge hours (checked by worldsPerTest).
const newWorld = worldsPerTest();

interface Case {
  tz: string;
  /** The interview day (local) and when the debrief is confirmed. */
  day: string;
  confirmAt: string;
  expect: { reflect: string; thanks: string; thanksAgain: string; checkin: string; checkinSentAt: string; letgo: string };
}

const CASES: Case[] = [
  {
    // US clocks go back on 1 Nov 2026: the check-in and let-go fall after, the rest before.
    tz: "America/Los_Angeles",
    day: "2026-10-21",
    confirmAt: "2026-10-21T15:00",
    expect: {
      reflect: "Wed 2026-10-21 18:00",
      thanks: "Thu 2026-10-22 09:00",
      thanksAgain: "Fri 2026-10-23 09:00",
      checkin: "Wed 2026-11-04 09:00",
      checkinSentAt: "2026-11-04T11:30",
      // A week later is Veterans Day, a US public holiday: the let-go waits for the next working morning.
      letgo: "Thu 2026-11-12 09:00",
    },
  },
  {
    // Confirmed in the evening: reflect waits for the morning, the thank-you an hour after it.
    tz: "Asia/Kolkata",
    day: "2026-09-14",
    confirmAt: "2026-09-14T18:00",
    expect: {
      reflect: "Tue 2026-09-15 09:00",
      thanks: "Tue 2026-09-15 10:00",
      thanksAgain: "Wed 2026-09-16 09:00",
      checkin: "Mon 2026-09-28 09:00",
      checkinSentAt: "2026-09-28T09:30",
      letgo: "Mon 2026-10-05 09:30",
    },
  },
  {
    // UK clocks go back on 25 Oct 2026: reflect and thank-you in BST, check-in and let-go in GMT.
    tz: "Europe/London",
    day: "2026-10-15",
    confirmAt: "2026-10-15T13:00",
    expect: {
      reflect: "Thu 2026-10-15 16:00",
      thanks: "Fri 2026-10-16 09:00",
      thanksAgain: "Sat 2026-10-17 09:00",
      checkin: "Thu 2026-10-29 09:00",
      checkinSentAt: "2026-10-29T10:00",
      letgo: "Thu 2026-11-05 10:00",
    },
  },
  {
    // Interviewed the Saturday before the change, confirmed too late for a same-evening reflection (under 90
    // minutes of nudge hours left): the first nudges land the morning the clocks go back, and the check-in
    // (two weeks on, a Saturday) moves to the Monday.
    tz: "Europe/London",
    day: "2026-10-24",
    confirmAt: "2026-10-24T17:45",
    expect: {
      reflect: "Sun 2026-10-25 09:00",
      thanks: "Sun 2026-10-25 10:00",
      thanksAgain: "Mon 2026-10-26 09:00",
      checkin: "Mon 2026-11-09 09:00",
      checkinSentAt: "2026-11-09T12:00",
      letgo: "Mon 2026-11-16 12:00",
    },
  },
];

describe.each(CASES)("the whole plan in $tz, interview on $day", (c) => {
  it("reflects, thanks, reminds once, checks in once, lets go, then stays silent for good", async () => {
    const w = newWorld(at(c.confirmAt, c.tz));
    const ana = w.user("ana", c.tz);
    const confirmation = textOf(quickDebrief(ana, { company: "Acme", names: ["Dana Li", "Omar Haddad"], when: "today 10am" }));
    const d = w.interview(ana);
    expect(d.happenedAt).toBe(at(`${c.day}T10:00`, c.tz));
    // The confirmation shows the plan in the user's local time.
    expect(confirmation).toContain(`(${c.tz})`);
    expect(confirmation).toContain(`follow up on ${formatLocalDay(d.checkinDate!)}`);

    // Up to the check-in, the user never marks anything sent.
    const before = await w.runUntil(at(`${c.expect.checkin.slice(4, 14)}T${c.expect.checkin.slice(15)}`, c.tz));
    expect(before.map((x) => [x.kind, local(x.at, c.tz)])).toEqual([
      ["reflect", c.expect.reflect],
      ["thanks", c.expect.thanks],
      ["thanks_again", c.expect.thanksAgain],
      ["checkin", c.expect.checkin],
    ]);
    const [reflect, thanks, again, checkin] = before;

    // The reflect nudge asks its questions one at a time and ends with "do you still want it?".
    expect(textOf([reflect!.message])).toMatch(/What went well\?/);
    const last = ana.say("done");
    expect(textOf(last)).toMatch(/still want this job\?/);
    expect(buttonsOf(last).filter((b) => b.action === Actions.interest).map((b) => b.label)).toEqual(["Yes", "Unsure", "No"]);
    expect(textOf([reflect!.message])).not.toMatch(/later than planned/);

    // One drafted letter per interviewer, inline, each naming the planned check-in day.
    const letters = lettersOf(thanks!.message);
    expect(letters.map((l) => l.to)).toEqual(["Dana Li", "Omar Haddad"]);
    expect(new Set(letters.map((l) => l.body)).size).toBe(2);
    for (const l of letters) expect(l.body).toContain(formatCheckInDay(d.checkinDate!, d.happenedAt, c.tz));
    expect(textOf([thanks!.message])).toContain(`Your letters promise it for ${formatLocalDay(d.checkinDate!)}`);
    expect(buttonsOf([thanks!.message]).map((b) => b.action)).toEqual(
      expect.arrayContaining([Actions.nudgeDone, Actions.snooze, Actions.snoozeDay, Actions.heardBack, Actions.stopNudges, Actions.letterSent]),
    );
    expect(lettersOf(again!.message).map((l) => l.to)).toEqual(["Dana Li", "Omar Haddad"]);

    // The check-in: on a weekday, with the one check-in note, on the day the letters promised.
    expect(local(checkin!.at, c.tz).slice(4, 14)).toBe(d.checkinDate);
    expect(["Sat", "Sun"]).not.toContain(local(checkin!.at, c.tz).slice(0, 3));
    expect(lettersOf(checkin!.message)).toHaveLength(1);
    expect(textOf([checkin!.message])).toMatch(/only check-in/);

    // The user sends it later that morning; the let-go comes a week after that.
    w.clock.set(at(c.expect.checkinSentAt, c.tz));
    const sentIt = buttonsOf([checkin!.message]).find((b) => b.action === Actions.nudgeDone)!;
    expect(textOf(ana.press(sentIt.action, sentIt.value))).toMatch(/Check-in sent/);

    const sixtyDaysOn = new Date(Date.parse(at(`${c.day}T10:00`, c.tz)) + 60 * 86_400_000).toISOString();
    const after = await w.runUntil(sixtyDaysOn);
    expect(after.map((x) => [x.kind, local(x.at, c.tz)])).toEqual([["letgo", c.expect.letgo]]);
    expect(textOf([after[0]!.message])).toMatch(/closing it and won't bring it up again/);

    const closed = w.interview(ana);
    expect(closed.status).toBe("closed");
    expect(closed.outcome).toBe("no_answer");
    expect(w.rows(ana).filter((r) => r.status === "pending" || r.status === "sending")).toEqual([]);

    // Every delivery came once, inside 09:00–19:00 in the user's own zone.
    const all = w.to(ana);
    expect(all).toHaveLength(5);
    expect(new Set(all.map((x) => x.reminderId)).size).toBe(5);
    for (const x of all) expect(inNudgeHours(x.at, c.tz), `${x.kind} at ${local(x.at, c.tz)}`).toBe(true);
  });
});
