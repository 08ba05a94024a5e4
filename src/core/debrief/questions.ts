// The debrief questions as data: what to ask, in what order, and which answers buttons offer.
// The debrief holds the facts; the reflective questions are the reflect nudge's (see reflect/).
import type { Debrief, Interviewer } from "../model/interview.js";
import { quoteUser } from "../messages.js";

/** How an answer is read. */
export type AnswerKind =
  | "basics" | "company" | "role" | "when" | "formatStage" | "format" | "stage" | "names" | "readback"
  | "title" | "email" | "name" | "long" | "nextSteps" | "decision" | "recruiter";

/** One debrief question. */
export interface Question {
  key: string;
  kind: AnswerKind;
  /** Shown on the summary card and the edit list. */
  label: string;
  /** The question, written for this debrief (and this interviewer on per-person steps). */
  prompt: (d: Debrief, person?: Interviewer) => string;
  /** Quick answers offered as buttons. */
  choices?: { label: string; value: string }[];
  /** Whether the chat flow asks it in order (the others are reached only from Edit). */
  inOrder: boolean;
}

const b = (s: string) => `*${quoteUser(s)}*`;
const FORMATS = [
  { label: "Phone", value: "phone" },
  { label: "Video", value: "video" },
  { label: "On site", value: "on site" },
];

function basicsPrompt(d: Debrief): string {
  if (d.company && !d.role) return `What's the role at ${b(d.company)}, with the exact title they use?`;
  if (d.role && !d.company) return `Which company is the ${b(d.role)} role with?`;
  return "Which company, and what's the role? The exact title helps: _Acme, Staff Engineer_.";
}

function formatStagePrompt(d: Debrief): string {
  if (d.format && !d.stage) return "Which stage was it? For example _first round_ or _final round_.";
  if (d.stage && !d.format) return "Was it by phone, on video or on site?";
  return "How did it happen, and which stage was it? For example _video, first round_.";
}

/** The questions in the order the chat asks them; `person` runs once per interviewer. */
export const QUESTIONS: Question[] = [
  { key: "basics", kind: "basics", label: "Company and role", inOrder: true, prompt: basicsPrompt },
  { key: "when", kind: "when", label: "When", inOrder: true, prompt: () => "When was it? Plain words work: _today 10am_, _yesterday at 3pm_, _Tue 14:00_." },
  { key: "formatStage", kind: "formatStage", label: "Format and stage", inOrder: true, prompt: formatStagePrompt, choices: FORMATS },
  {
    key: "interviewers",
    kind: "names",
    label: "Interviewers",
    inOrder: true,
    prompt: () => "Who interviewed you? Names as they spell them, titles in parentheses if you know them: _Dana Li (CTO), Omar Haddad_.",
  },
  { key: "readback", kind: "readback", label: "Interviewers", inOrder: true, prompt: () => "", choices: [{ label: "Yes, all spelled right", value: "yes" }] },
  {
    key: "person.specific",
    kind: "long",
    label: "What you talked about",
    inOrder: true,
    prompt: (_d, p) => `What did you talk about with ${b(p?.name ?? "them")}? A question they asked, a topic, something the team needs.`,
  },
  {
    key: "teamNeeds",
    kind: "long",
    label: "Team's needs",
    inOrder: true,
    prompt: () => "What does the team need most, and what have you done that's like it?",
  },
  { key: "nextSteps", kind: "nextSteps", label: "Next steps", inOrder: true, prompt: () => "What did they say about next steps and timing?" },
  {
    key: "decisionDate",
    kind: "decision",
    label: "Decision date",
    inOrder: true,
    prompt: () => "Did they name a day for the decision? For example _by Friday_ or _Dec 3_. Or say _no_.",
    choices: [{ label: "No date given", value: "none" }],
  },
  {
    key: "recruiter",
    kind: "recruiter",
    label: "Recruiter",
    inOrder: true,
    prompt: () => "Is a recruiter involved? Their name (and email if you have it), or _no_.",
    choices: [{ label: "No recruiter", value: "no" }],
  },
  {
    key: "unsaid",
    kind: "long",
    label: "Never came up",
    inOrder: true,
    prompt: () => "Last one, optional: a skill or experience that fits the role but never came up?",
  },
  // Reached from Edit only.
  { key: "company", kind: "company", label: "Company", inOrder: false, prompt: () => "Which company was it, spelled the way they write it?" },
  { key: "role", kind: "role", label: "Role", inOrder: false, prompt: () => "What's the role, with the exact title they use?" },
  { key: "format", kind: "format", label: "Format", inOrder: false, prompt: () => "Was it by phone, on video or on site?", choices: FORMATS },
  { key: "stage", kind: "stage", label: "Stage", inOrder: false, prompt: () => "Which stage was it? For example _first round_ or _final round_." },
  { key: "person.name", kind: "name", label: "name", inOrder: false, prompt: (_d, p) => `How is ${b(p?.name ?? "their name")} spelled exactly?` },
  { key: "person.title", kind: "title", label: "title", inOrder: false, prompt: (_d, p) => `What is ${b(p?.name ?? "their")}'s title?` },
  { key: "person.email", kind: "email", label: "email", inOrder: false, prompt: (_d, p) => `What is ${b(p?.name ?? "their")}'s email address?` },
];

/** Looks a question up by its step key (`person.title:12` finds `person.title`). */
export function questionFor(step: string): Question | undefined {
  const key = step.split(":")[0];
  return QUESTIONS.find((q) => q.key === key);
}

/** The interviewer id of a per-person step (`person.title:12` → 12), or undefined. */
export function personIdOf(step: string): number | undefined {
  const [key, id] = step.split(":");
  if (!key?.startsWith("person.") || id === undefined || !/^\d+$/.test(id)) return undefined;
  return Number(id);
}

/** The interviewer a per-person step is about, when they are still on the list. */
export function personOf(step: string, d: Debrief): Interviewer | undefined {
  const id = personIdOf(step);
  return id === undefined ? undefined : d.interviewers.find((p) => p.id === id);
}

/** True when the step can be shown for this debrief: known, and about someone who still exists. */
export function stepExists(step: string, d: Debrief): boolean {
  if (step === "summary") return true;
  const q = questionFor(step);
  if (!q) return false;
  if (q.key.startsWith("person.")) return personOf(step, d) !== undefined;
  return !step.includes(":");
}
