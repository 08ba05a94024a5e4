import type { Interest } from "../model/interview.js";
import type { NudgeHours } from "./nudge-hours.js";
import type { HolidayPlace } from "./working-days.js";

/** What the follow-up plan is computed from, fixed when the debrief is confirmed. */
export interface PlanInput {
  /** When the interview happened. */
  interviewAt: Date;
  /** When the user confirmed the debrief. */
  confirmedAt: Date;
  /** The decision date the interviewer named, local YYYY-MM-DD. */
  decisionDate?: string;
  interest?: Interest;
  /** The user's IANA time zone. */
  tz: string;
  hours: NudgeHours;
  /** Where the user works: the check-in and the let-go skip its public holidays. */
  place?: HolidayPlace;
  /** Hours from confirmation to the reflect nudge; default 3. */
  reflectDelayHours?: number;
}

/** One nudge of the plan: a subset of the store's ReminderKind, due at a UTC instant. */
export interface PlannedNudge {
  kind: "reflect" | "thanks" | "checkin";
  dueAt: Date;
}

/** Default hours between confirming the debrief and the reflect nudge. */
export const DEFAULT_REFLECT_DELAY_HOURS = 3;
