// The interview as the coach knows it: what a debrief holds, shared by the flow, the plan and the letters.

/** Does the user still want the job? */
export type Interest = "yes" | "unsure" | "no";

/** Where an interview stands: logged ahead and still to come (`upcoming`), being debriefed, followed up, or closed. */
export type InterviewStatus = "upcoming" | "draft" | "active" | "closed";

/** How an interview ended, when the user heard back. */
export type Outcome = "next_round" | "offer" | "rejected" | "no_answer" | "withdrawn";

/** One person who interviewed the user, spelled exactly as confirmed. */
export interface Interviewer {
  id: number;
  name: string;
  title?: string;
  email?: string;
  /** One thing specific to this person: a topic they raised, a question they asked. */
  specific?: string;
}

/** Everything a debrief holds; any field may be missing because every question is skippable. */
export interface Debrief {
  id: number;
  status: InterviewStatus;
  company?: string;
  role?: string;
  /** When the interview happened (or, while upcoming, will begin), ISO 8601 in UTC. */
  happenedAt?: string;
  /** How long it is expected to last, in minutes; set when it was logged ahead. */
  lengthMinutes?: number;
  format?: string;
  stage?: string;
  interviewers: Interviewer[];
  keyPoints?: string;
  teamNeeds?: string;
  theirAnswers?: string;
  nextSteps?: string;
  /** The decision date the interviewer named, as a local calendar date `YYYY-MM-DD`. */
  decisionDate?: string;
  wentWell?: string;
  differently?: string;
  unsaid?: string;
  pluses?: string;
  minuses?: string;
  interest?: Interest;
  recruiter?: { name: string; email?: string };
  /** The planned check-in day, local calendar date `YYYY-MM-DD`, fixed when the debrief is confirmed. */
  checkinDate?: string;
  outcome?: Outcome;
  /** Reflection notes the user gave at the reflect nudge. */
  reflection?: string;
}

/** Debrief fields stored as columns of the interview itself. */
export const COLUMN_FIELDS = ["company", "role", "happenedAt", "format", "stage", "decisionDate", "checkinDate", "interest", "outcome"] as const;

/** Debrief fields stored as free-text answers, one each. */
export const ANSWER_FIELDS = [
  "keyPoints",
  "teamNeeds",
  "theirAnswers",
  "nextSteps",
  "wentWell",
  "differently",
  "unsaid",
  "pluses",
  "minuses",
  "reflection",
] as const;

/** A debrief field that can be set by name. */
export type DebriefField = (typeof COLUMN_FIELDS)[number] | (typeof ANSWER_FIELDS)[number];

/** One line of a user's interview list. */
export interface InterviewSummary {
  id: number;
  status: InterviewStatus;
  company: string | null;
  role: string | null;
  happenedAt: string | null;
  outcome: string | null;
}
