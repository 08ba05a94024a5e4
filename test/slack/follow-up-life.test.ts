// The follow-up as people live it, in Slack: the real Bolt app on signed HTTP against the fake
// Slack API, the real Coach on a real SQLite file, the sweeper run in-process through the Slack
// ChatPort at the injected clock's time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coach } from "../../src/core/coach.js";
import { sweep } from "../../src/scheduler/sweep.js";
import { slackDebrief } from "./answer-debrief.js";
import { startHarness, type Harness } from "./harness.js";
import { httpTransport, SlackUser, textOf } from "./slack-user.js";

let h: Harness;
let coach: Coach;
let now = new Date("2026-12-15T12:00:00Z");

beforeAll(async () => {
  h = await startHarness({
    mode: "http",
    clock: () => new Date(now),
    makeCoach: (store, clock) => (coach = new Coach({ store, clock, defaultTz: "UTC" })),
  });
}, 60_000);
afterAll(async () => h?.close());

/** A Slack user in a time zone, as users.info reports it. */
function person(id: string, tz: string): SlackUser {
  h.fake.users.set(id, { tz, real_name: "Sam Rivera" });
  return new SlackUser(httpTransport(h.slack), h.fake, () => h.adapter.idle(), "TACME", id);
}

/** Moves the clock and runs one sweep through the Slack port, as the server's sweeper would. */
async function sweepAt(iso: string) {
  now = new Date(iso);
  return sweep({ store: h.store, coach, ports: { slack: h.adapter.port }, holder: "test" }, now);
}

describe("following up in Slack", () => {
  it("plans a German user's check-in two working days after a decision on 23 December: Monday 28 December", async () => {
    now = new Date("2026-12-15T12:00:00Z");
    const sam = person("UBERLIN", "Europe/Berlin");
    const plan = textOf(await slackDebrief(sam, "Acme, Staff Engineer, with Dana Li", { when: "today 10am", decision: "by 23 December" }));
    // Christmas Day and the 26th are public holidays in Germany; Christmas Eve is a working day.
    expect(plan).toMatch(/Check in, once: Monday 28 Dec, 09:00/);
    const home = JSON.stringify((await sam.openHome()).blocks);
    expect(home).toMatch(/Monday 28 Dec, 09:00/);

    // The thank-you nudge the next morning promises that day.
    await sweepAt("2026-12-16T08:00:00Z");
    const nudge = textOf(sam.take());
    expect(nudge).toMatch(/Monday 28 December/);
  });
});
