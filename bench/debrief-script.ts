// The answers a user types through one whole debrief, as plain DM text (buttons typed as words).

/** What `/interview-done` is given: company, role and one interviewer, so those are not asked. */
export const COMMAND_ARGS = "Acme, Staff Engineer, with Dana Li";

/**
 * After the command: when, format, stage, the interviewer's name check, title, email and
 * something specific, then key points … recruiter; the last answer lands on the summary.
 */
export const DEBRIEF_ANSWERS: readonly string[] = [
  "today 10am",
  "video",
  "final round",
  "yes",
  "Engineering Manager",
  "skip",
  "She asked how I would split the billing service without a freeze, and liked the strangler plan.",
  "Platform roadmap for next year, on-call load, and how they run incident reviews across teams.",
  "Fewer flaky deploys; the release train slips most weeks and two seniors left in the spring.",
  "They pair new hires for a month and rotate on-call only after the second quarter.",
  "Recruiter will call within a week; one more chat with the director is possible.",
  "no",
  "My migration story landed, and the system design round felt calm and structured.",
  "I rushed the question about conflict with a product manager; I would slow down next time.",
  "Running the hiring loop at my last job never came up, and it fits what they need.",
  "The team is small, the problems are real, and the manager seems to care about growth.",
  "The commute twice a week and the on-call rotation during the first months.",
  "yes",
  "no",
];

/** Indexes in DEBRIEF_ANSWERS of free-text answers to the long questions (the typical debrief turn). */
export const LONG_ANSWER_STEPS: ReadonlySet<number> = new Set([6, 7, 8, 9, 10, 12, 13, 14, 15, 16]);

/** A DM text that starts a fresh debrief (the engine reads `interview-done …` typed in the DM too). */
export const RESTART_TEXT = `interview-done ${COMMAND_ARGS}`;
