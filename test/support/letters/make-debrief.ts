// A rich, fully confirmed debrief for unit tests; each test overrides what it is about.
import type { Debrief } from "../../../src/core/model/interview.js";

/** A debrief with two interviewers, a recruiter, the team's needs and a check-in day. */
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
      { id: 1, name: "Dana Li", title: "Engineering Manager", email: "dana@acme.example", specific: "Asked about how I'd migrate the billing service without downtime." },
      { id: 2, name: "Zoë O'Neil-Brandt", title: "Principal Engineer", specific: "She talked about her team's move to event sourcing" },
    ],
    teamNeeds: "They need someone to own the data pipeline end to end.",
    wentWell: "My example of cutting deploy time in half at my last job",
    keyPoints: "team of six, hybrid",
    unsaid: "I've run on-call for a payments platform",
    interest: "yes",
    decisionDate: "2026-03-13",
    checkinDate: "2026-03-17",
    ...overrides,
  };
}
