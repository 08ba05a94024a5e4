// The answers a user types through one whole debrief, as plain DM text (buttons typed as words).

/** What `/interview-done` is given: company, role and one interviewer, so those are not asked. */
export const COMMAND_ARGS = "Acme, Staff Engineer, with Dana Li";

/**
 * After the command: when, format and stage in one, the interviewer's name check, what was talked
 * about, what the team needs and the user's own example, next steps, the recruiter, what never
 * came up; the last answer saves the debrief (its plan is the reply). `checkDebriefScript` fails
 * the bench when the debrief's questions change and these no longer fit them.
 */
export const DEBRIEF_ANSWERS: readonly string[] = [
  "today 10am",
  "video, final round",
  "yes",
  "She asked how I would split the billing service without a freeze, and liked the strangler plan.",
  "Fewer flaky deploys; the release train slips most weeks. I cut our deploy failures by half last year.",
  "Recruiter will call within a week; one more chat with the director is possible.",
  "no",
  "Running the hiring loop at my last job never came up, and it fits what they need.",
  "yes",
];

/** Indexes in DEBRIEF_ANSWERS of free-text answers to the long questions (the typical debrief turn). */
export const LONG_ANSWER_STEPS: ReadonlySet<number> = new Set([3, 4, 5, 7]);

/** What the reply to the last answer says once the debrief is saved (the plan). */
export const SAVED_REPLY = /^Saved\b/;

/** A DM text that starts a fresh debrief (the engine reads `interview-done …` typed in the DM too). */
export const RESTART_TEXT = `interview-done ${COMMAND_ARGS}`;
