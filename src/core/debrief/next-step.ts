// Which question comes next: the first in order that is neither answered nor already passed.
import type { Debrief } from "../model/interview.js";
import { namesTiming } from "./apply-answer.js";
import { QUESTIONS, stepExists } from "./questions.js";

/** The in-order steps of this debrief, with one per-person step for each interviewer. */
export function orderedSteps(d: Debrief): string[] {
  return QUESTIONS.filter((q) => q.inOrder).flatMap((q) => (q.key === "person.specific" ? d.interviewers.map((p) => `person.specific:${p.id}`) : [q.key]));
}

/** True when the debrief already holds what this step asks, so asking it would repeat what was given. */
export function isAnswered(step: string, d: Debrief): boolean {
  switch (step) {
    case "basics":
      return Boolean(d.company && d.role);
    case "when":
      return Boolean(d.happenedAt);
    case "formatStage":
      return Boolean(d.format && d.stage);
    case "interviewers":
      return d.interviewers.length > 0;
    case "readback":
      return d.interviewers.length === 0;
    case "teamNeeds":
      return Boolean(d.teamNeeds);
    case "nextSteps":
      return Boolean(d.nextSteps);
    case "decisionDate":
      // Asked only when the next steps named timing but no day could be read from them.
      return Boolean(d.decisionDate) || !d.nextSteps || !namesTiming(d.nextSteps);
    case "recruiter":
      return Boolean(d.recruiter);
    case "unsaid":
      return Boolean(d.unsaid);
    default:
      if (step.startsWith("person.specific:")) return d.interviewers.some((p) => `person.specific:${p.id}` === step && p.specific);
      return false;
  }
}

/** The step after `step` (`undefined` = from the start); `summary` when nothing is left to ask. */
export function nextStep(step: string | undefined, d: Debrief, passed: readonly string[], editing = false): string {
  if (editing && step !== undefined) return "summary";
  const order = orderedSteps(d);
  const from = step === undefined ? 0 : order.indexOf(step) + 1;
  // A step no longer in the order (someone dropped) restarts the walk: answered steps are skipped anyway.
  const start = step !== undefined && from === 0 ? 0 : from;
  for (const candidate of order.slice(start)) {
    if (candidate === step || passed.includes(candidate) || isAnswered(candidate, d)) continue;
    if (stepExists(candidate, d)) return candidate;
  }
  return "summary";
}
