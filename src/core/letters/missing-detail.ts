// The one question whose answer would improve the letters most, asked before drafting.
import type { Debrief } from "../model/interview.js";
import { callNameOf } from "./letter-facts.js";

const blank = (s: string | undefined): boolean => !s || s.trim().length === 0;

// Order of importance: who to write to, the exact role, the company, one moment per person, the team's needs, the
// user's own example, and whether they still want the job (which decides whether a letter may restate interest).
/** The one question whose answer would improve the letters most, or undefined when nothing important is missing. */
export function missingDetail(debrief: Debrief): string | undefined {
  if (debrief.interviewers.length === 0) return "Who interviewed you? Their names, spelled exactly, let me write each of them a note.";
  if (blank(debrief.role)) return "What's the exact title of the role you interviewed for?";
  if (blank(debrief.company)) return "Which company was the interview with, spelled the way they write it?";
  const vague = debrief.interviewers.find((p) => blank(p.specific));
  if (vague) return `What's one thing ${callNameOf(vague.name)} asked or talked about that stayed with you?`;
  if (blank(debrief.teamNeeds)) return "What did you learn the team needs most right now?";
  if (blank(debrief.wentWell) && blank(debrief.keyPoints)) return "Which of your examples or answers landed best?";
  if (!debrief.interest) return "Do you still want this job: yes, unsure, or no?";
  return undefined;
}
