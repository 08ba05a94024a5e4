// A rich, fully confirmed debrief for unit tests, its notes typed the way people type; each test overrides what it is about.
import type { Debrief } from "../../../src/core/model/interview.js";

/** A debrief with two interviewers, the team's need with the user's example, a point that never came up and a check-in day. */
export function makeDebrief(overrides: Partial<Debrief> = {}): Debrief {
  return {
    id: 7,
    status: "active",
    company: "Acme",
    role: "Senior Data Engineer",
    // A Tuesday, mid-afternoon UTC.
    happenedAt: "2026-03-03T15:00:00.000Z",
    format: "video",
    interviewers: [
      { id: 1, name: "Dana Li", title: "Engineering Manager", email: "dana@acme.example", specific: "she asked how id migrate the billing service w/o downtime" },
      { id: 2, name: "Zoë O'Neil-Brandt", title: "Principal Engineer", specific: "She talked about her team's move to event sourcing" },
    ],
    teamNeeds: "someone to own the data pipeline end to end. did that at Stripe for 3 yrs",
    wentWell: "nailed the caching answer tbh",
    unsaid: "forgot to mention i ran on-call for a payments platform",
    interest: "yes",
    decisionDate: "2026-03-13",
    checkinDate: "2026-03-17",
    ...overrides,
  };
}
