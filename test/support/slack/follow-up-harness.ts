import { afterAll, beforeAll } from "vitest";
import { Coach } from "../../../src/core/coach.js";
import { sweep } from "../../../src/scheduler/sweep.js";
import { GroupWriter } from "../../../src/store/group-writer.js";
import { startHarness, type Harness } from "./harness.js";
import { SlackPerson } from "./slack-person.js";

/** The Slack side of the follow-up tests: the real app on signed HTTP, a settable clock, people, and sweeps through the Slack port. */
export interface SlackFollowUp {
  h: Harness;
  coach: Coach;
  /** The injected clock's time; set it to move time. */
  now: Date;
  /** A Slack user in a time zone, as users.info reports it. */
  person(id: string, tz: string): SlackPerson;
  /** Moves the clock and runs one sweep through the Slack port, as the server's sweeper would. */
  sweepAt(iso: string): ReturnType<typeof sweep>;
}

/** Starts the harness for one test file (stopped after it); the returned object is filled in before the tests run. */
export function slackFollowUp(start: string): SlackFollowUp {
  const w = { now: new Date(start) } as SlackFollowUp;
  beforeAll(async () => {
    w.h = await startHarness({
      mode: "http",
      clock: () => new Date(w.now),
      makeCoach: (store, clock) => (w.coach = new Coach({ store, clock, defaultTz: "UTC" })),
    });
  }, 60_000);
  afterAll(async () => w.h?.close());
  w.person = (id, tz) => {
    w.h.fake.users.set(id, { tz, real_name: "Sam Rivera" });
    return new SlackPerson(w.h.slack, w.h.fake, "TACME", id, { settle: () => w.h.adapter.idle() });
  };
  w.sweepAt = (iso) => {
    w.now = new Date(iso);
    return sweep({ store: w.h.store, writer: new GroupWriter(w.h.store), coach: w.coach, ports: { slack: w.h.adapter.port }, holder: "test" }, w.now);
  };
  return w;
}
