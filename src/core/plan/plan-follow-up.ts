import { computeCheckinDate } from "./compute-checkin-date.js";
import { computeReflectAt, computeThanksAt } from "./compute-first-nudges.js";
import { startOfNudgeHoursOn } from "./nudge-hours.js";
import type { PlanInput, PlannedNudge } from "./plan-input.js";

/** The nudges to schedule when a debrief is confirmed (due order), and the check-in date the letters name. */
export function planFollowUp(input: PlanInput): { nudges: PlannedNudge[]; checkinDate?: string } {
  const reflectAt = computeReflectAt(input);
  const nudges: PlannedNudge[] = [
    { kind: "reflect", dueAt: reflectAt },
    { kind: "thanks", dueAt: computeThanksAt(input, reflectAt) },
  ];
  const checkinDate = computeCheckinDate(input);
  if (checkinDate === undefined) return { nudges };
  nudges.push({ kind: "checkin", dueAt: startOfNudgeHoursOn(checkinDate, input.tz, input.hours) });
  return { nudges, checkinDate };
}
