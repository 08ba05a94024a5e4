// The debrief questions as data: what to ask, in what order, and which answers buttons offer.
import type { DebriefField } from "../model/interview.js";

/** How an answer is read. */
export type AnswerKind = "short" | "long" | "when" | "format" | "names" | "decision" | "interest" | "recruiter" | "email" | "confirmName";

/** One debrief question. */
export interface Question {
  key: string;
  /** The stored field this answers (per-person steps store on the interviewer instead). */
  field?: DebriefField;
  kind: AnswerKind;
  prompt: string;
  /** Shown on the summary card and the edit menu. */
  label: string;
  /** Quick answers offered as buttons. */
  choices?: { label: string; value: string }[];
}

/** Questions asked once per interview, in order; `people` marks where the per-person loop runs. */
export const QUESTIONS: Question[] = [
  { key: "company", field: "company", kind: "short", label: "Company", prompt: "Which company was it?" },
  { key: "role", field: "role", kind: "short", label: "Role", prompt: "What's the role, with the exact title they use?" },
  {
    key: "when",
    field: "happenedAt",
    kind: "when",
    label: "When",
    prompt: "When was the interview? Plain words work: _today 10am_, _yesterday at 3pm_, _Tue 14:00_.",
  },
  {
    key: "format",
    field: "format",
    kind: "format",
    label: "Format",
    prompt: "How did it happen?",
    choices: [
      { label: "Phone", value: "phone" },
      { label: "Video", value: "video" },
      { label: "On site", value: "on site" },
    ],
  },
  { key: "stage", field: "stage", kind: "short", label: "Stage", prompt: "Which stage was this? For example _recruiter screen_, _first round_, _final round_." },
  {
    key: "interviewers",
    kind: "names",
    label: "Interviewers",
    prompt: "Who interviewed you? Give their names, separated by commas or _and_. I'll read each one back so we get the spelling right.",
  },
  { key: "people", kind: "short", label: "", prompt: "" },
  { key: "keyPoints", field: "keyPoints", kind: "long", label: "Key points", prompt: "What were the main things you talked about?" },
  {
    key: "teamNeeds",
    field: "teamNeeds",
    kind: "long",
    label: "Team's needs",
    prompt: "What does the team need right now? Any problems or challenges they mentioned?",
  },
  {
    key: "theirAnswers",
    field: "theirAnswers",
    kind: "long",
    label: "Their answers",
    prompt: "When you asked your questions, what did they tell you?",
  },
  { key: "nextSteps", field: "nextSteps", kind: "long", label: "Next steps", prompt: "What did they say about next steps and timing?" },
  {
    key: "decisionDate",
    field: "decisionDate",
    kind: "decision",
    label: "Decision date",
    prompt: "Did they name a date for a decision? For example _by Friday_, _end of next week_, _Dec 3_. Or say _no_.",
    choices: [{ label: "No date given", value: "none" }],
  },
  { key: "wentWell", field: "wentWell", kind: "long", label: "Went well", prompt: "What went well? Where did you feel strongest?" },
  {
    key: "differently",
    field: "differently",
    kind: "long",
    label: "Would answer differently",
    prompt: "Anything you'd answer differently, or a point that came out weaker than you meant?",
  },
  {
    key: "unsaid",
    field: "unsaid",
    kind: "long",
    label: "Never came up",
    prompt: "Is there a skill or experience that fits the role but never came up?",
  },
  { key: "pluses", field: "pluses", kind: "long", label: "Pluses", prompt: "What appeals to you about this job?" },
  { key: "minuses", field: "minuses", kind: "long", label: "Minuses", prompt: "And what gives you pause?" },
  {
    key: "interest",
    field: "interest",
    kind: "interest",
    label: "Still interested",
    prompt: "Right now, do you still want this job?",
    choices: [
      { label: "Yes", value: "yes" },
      { label: "Unsure", value: "unsure" },
      { label: "No", value: "no" },
    ],
  },
  {
    key: "recruiter",
    kind: "recruiter",
    label: "Recruiter",
    prompt: "Is a recruiter involved? If so, their name (and email if you have it). Otherwise say _no_.",
    choices: [{ label: "No recruiter", value: "no" }],
  },
];

/** Questions asked for each interviewer, in order. */
export const PERSON_QUESTIONS: Question[] = [
  {
    key: "person.confirm",
    kind: "confirmName",
    label: "Name",
    prompt: "",
    choices: [{ label: "Yes, that's right", value: "yes" }],
  },
  { key: "person.title", kind: "short", label: "Title", prompt: "" },
  { key: "person.email", kind: "email", label: "Email", prompt: "" },
  { key: "person.specific", kind: "long", label: "Something specific", prompt: "" },
];

/** Looks a question up by its step key (`person.title:1` finds `person.title`). */
export function questionFor(step: string): Question | undefined {
  const key = step.split(":")[0];
  return QUESTIONS.find((q) => q.key === key) ?? PERSON_QUESTIONS.find((q) => q.key === key);
}

/** The person index of a per-person step, or undefined. */
export function personOf(step: string): number | undefined {
  const [, index] = step.split(":");
  return index === undefined ? undefined : Number(index);
}

/** Fields offered in the summary's edit menu. */
export const EDITABLE = QUESTIONS.filter((q) => q.key !== "people");
