import { planCheckinDay } from "./compute-checkin-date.js";
import { computeReflectAt, computeThanksAt } from "./compute-first-nudges.js";
import { startOfNudgeHoursOn } from "./nudge-hours.js";
import type { PlanInput, PlannedNudge } from "./plan-input.js";

/** The nudges to schedule when a debrief is confirmed (due order), the check-in date the letters name, and the holidays it was moved past. */
export function planFollowUp(input: PlanInput): { nudges: PlannedNudge[]; checkinDate?: string; movedPast?: string[] } {
  const reflectAt = computeReflectAt(input);
  const nudges: PlannedNudge[] = [
    { kind: "reflect", dueAt: reflectAt },
    { kind: "thanks", dueAt: computeThanksAt(input, reflectAt) },
  ];
  const checkin = planCheckinDay(input);
  if (checkin === undefined) return { nudges };
  nudges.push({ kind: "checkin", dueAt: startOfNudgeHoursOn(checkin.date, input.tz, input.hours) });
  return { nudges, checkinDate: checkin.date, movedPast: checkin.movedPast };
}
