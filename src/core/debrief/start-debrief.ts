// Starting a debrief: a draft holding everything the first line (or the form) already said, then
// the first question that is still open.
import type { Interest } from "../model/interview.js";
import { quoteUser } from "../messages.js";
import type { TurnContext } from "../turn-context.js";
import type { Outbound } from "../types.js";
import { loadDebrief, showStep, type DebriefState } from "./debrief-flow.js";
import { nextStep } from "./next-step.js";
import { personLabel, type PersonInput } from "./person-names.js";
import { readFirstLine } from "./read-first-line.js";
import { lowerCaseLine } from "./summary.js";

/** The facts a debrief starts from: read from a first line or a submitted form. */
export interface DebriefBasics {
  company?: string;
  role?: string;
  happenedAt?: Date;
  format?: string;
  stage?: string;
  people: PersonInput[];
  interest?: Interest;
  remarks?: string[];
}

const HOW = "Any time: _skip_ to pass, _back_ to go back, _edit_ to change an answer, _done_ to save what's there, _cancel_ to stop.";

/** Writes the basics into a new draft interview and returns its id. */
export function createDraftFrom(ctx: TurnContext, basics: DebriefBasics): number {
  const id = ctx.store.interviews.createDraft(ctx.user.id, ctx.now.getTime());
  fillInterview(ctx, id, basics);
  return id;
}

/** Writes the basics into an interview just created (a draft, or one logged ahead). */
export function fillInterview(ctx: TurnContext, id: number, basics: DebriefBasics): void {
  const { interviews } = ctx.store;
  for (const field of ["company", "role", "format", "stage"] as const) if (basics[field]) interviews.setField(id, field, basics[field]);
  if (basics.happenedAt) interviews.setField(id, "happenedAt", basics.happenedAt.toISOString());
  if (basics.interest) interviews.setInterest(id, basics.interest);
  if (basics.remarks?.length) interviews.setField(id, "reflection", `Said at the start: ${basics.remarks.join("; ")}`.slice(0, 1000));
  if (basics.people.length) {
    interviews.setInterviewers(id, basics.people.map((p) => p.name));
    interviews.interviewers(id).forEach((row, i) => {
      const p = basics.people[i];
      if (p && (p.title || p.email)) interviews.updateInterviewer(id, row.id, { ...(p.title ? { title: p.title } : {}), ...(p.email ? { email: p.email } : {}) });
    });
  }
}

/** Opens the conversation on a draft at its first open question, after `intro`. */
export function openDebrief(ctx: TurnContext, id: number, intro: string, extra: Partial<DebriefState> = {}): Outbound[] {
  const d = loadDebrief(ctx, id);
  const state: DebriefState = { flow: "debrief", interviewId: id, step: nextStep(undefined, d, []), trail: [], person: 0, editing: false, seen: [], ...extra };
  return showStep(ctx, state, intro, d);
}

function noted(ctx: TurnContext, b: DebriefBasics, when?: string): string {
  const facts = [b.company, b.role].filter(Boolean).map((s) => `*${quoteUser(s!)}*`);
  if (when) facts.push(when);
  facts.push(...[b.format, b.stage].filter((s): s is string => Boolean(s)).map(quoteUser));
  const people = b.people.length ? `with ${b.people.map((p) => quoteUser(personLabel(p))).join(" and ")}` : "";
  const all = [...facts, people].filter(Boolean);
  return all.length ? ` I've noted ${all.join(", ")}.` : "";
}

/** Starts a new debrief from `/interview-done [first line]`, asking only what the line did not say. */
export function startDebrief(ctx: TurnContext, args: string): Outbound[] {
  const line = readFirstLine(args, ctx.now, ctx.tz);
  const basics: DebriefBasics = { ...line, happenedAt: line.when?.at };
  const id = createDraftFrom(ctx, basics);
  const notes: string[] = [];
  if (line.interest === "no" || line.interest === "unsure") notes.push("Noted that you're not sure you want it; we'll come back to that when you look back later.");
  const others = line.remarks.filter((r) => !/\b(?:sure|want|interested|keen|excited|love)\b/i.test(r));
  if (others.length) notes.push(`I kept _${others.map(quoteUser).join("_, _")}_ as a note.`);
  if (line.tooMany) notes.push(`That's more than ${line.people.length} people, so I kept the first ${line.people.length}.`);
  const lower = lowerCaseLine(basics);
  if (lower) notes.push(lower);
  const intro = `Let's get it down while it's fresh: short questions, each one skippable.${noted(ctx, basics, line.when?.label)}${notes.length ? ` ${notes.join(" ")}` : ""}\n${HOW}`;
  return openDebrief(ctx, id, intro);
}
