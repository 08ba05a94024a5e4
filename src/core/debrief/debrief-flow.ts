import type { ConversationState } from "../model/conversation.js";
import { Actions } from "../actions.js";
import type { Debrief } from "../model/interview.js";
import { quoteUser, say } from "../messages.js";
import { formatLocalDay } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import type { Outbound } from "../types.js";
import { applyAnswer } from "./apply-answer.js";
import { readPrefill } from "./prefill.js";
import { promptFor } from "./prompts.js";
import { PERSON_QUESTIONS, QUESTIONS, personOf, questionFor } from "./questions.js";
import { controlWord } from "./read-answer.js";
import { editMenu, summaryCard } from "./summary.js";
import { AfterwordError, ErrorCode } from "../errors.js";

type DebriefState = Extract<ConversationState, { flow: "debrief" }>;

/** What the user did in a debrief turn: typed text, or pressed a debrief button. */
export interface DebriefInput {
  text?: string;
  action?: string;
  value?: string;
}

/** Hooks the flow calls out to when the debrief is confirmed or dropped. */
export interface DebriefHooks {
  confirm(ctx: TurnContext, debrief: Debrief): Outbound[];
}

const ORDER = QUESTIONS.map((q) => q.key);

function load(ctx: TurnContext, id: number): Debrief {
  const d = ctx.store.interviews.load(ctx.user.id, id);
  if (!d) throw new AfterwordError(ErrorCode.InterviewMissing, `Interview ${id} is missing for user ${ctx.user.id}`);
  return d;
}

/** The step after `step`; `summary` when the debrief is complete. */
export function nextStep(step: string, d: Debrief, editing: boolean): string {
  const n = d.interviewers.length;
  const afterPeople = editing ? "summary" : "keyPoints";
  if (step.startsWith("person.")) {
    const i = personOf(step)!;
    const at = PERSON_QUESTIONS.findIndex((q) => q.key === step.split(":")[0]);
    if (at < PERSON_QUESTIONS.length - 1) return `${PERSON_QUESTIONS[at + 1]!.key}:${i}`;
    return i + 1 < n ? `person.confirm:${i + 1}` : afterPeople;
  }
  if (step === "interviewers") return n > 0 ? "person.confirm:0" : afterPeople;
  if (editing) return "summary";
  for (let i = ORDER.indexOf(step) + 1; i < ORDER.length; i++) {
    const key = ORDER[i]!;
    // Answers given after the command itself are not asked again.
    if (key === "company" && d.company) continue;
    if (key === "role" && d.role) continue;
    if (key === "interviewers" && n > 0) return "person.confirm:0";
    if (key === "people") return n > 0 ? "person.confirm:0" : "keyPoints";
    return key;
  }
  return "summary";
}

// `current` is the debrief as this turn already read it after its last write, to save reading it again.
function show(ctx: TurnContext, state: DebriefState, preface?: string, current?: Debrief): Outbound[] {
  const d = current ?? load(ctx, state.interviewId);
  if (state.step === "summary") {
    const out = summaryCard(d, ctx.tz);
    return preface ? [say(preface), out] : [out];
  }
  return [promptFor(state.step, d, preface)];
}

function save(ctx: TurnContext, state: DebriefState): void {
  ctx.store.conversations.set(ctx.user.id, state, ctx.now.getTime());
}

/** Starts a new debrief, pre-filling what the command's text says. */
export function startDebrief(ctx: TurnContext, args: string): Outbound[] {
  const id = ctx.store.interviews.createDraft(ctx.user.id, ctx.now.getTime());
  const pre = readPrefill(args);
  if (pre.company) ctx.store.interviews.setField(id, "company", pre.company);
  if (pre.role) ctx.store.interviews.setField(id, "role", pre.role);
  if (pre.names.length) ctx.store.interviews.setInterviewers(id, pre.names);
  const d = load(ctx, id);
  const first = d.company ? nextStep("company", d, false) : "company";
  const state: DebriefState = { flow: "debrief", interviewId: id, step: first, trail: [], person: 0, editing: false };
  save(ctx, state);
  const noted = [pre.company, pre.role].filter(Boolean).map((s) => `*${quoteUser(s!)}*`).join(", ");
  const people = pre.names.length ? ` with ${pre.names.map((n) => quoteUser(n)).join(" and ")}` : "";
  const intro =
    "Let's get it down while it's fresh. A few short questions, one at a time." +
    (noted || people ? ` I've noted ${noted || "the interview"}${people}.` : "") +
    "\nAny time: _skip_ to pass, _back_ to go back, _done_ to finish early, _cancel_ to stop.";
  return show(ctx, state, intro, d);
}

/** Shows the current question again (after a restart, or when asked). */
export function resumeDebrief(ctx: TurnContext, state: DebriefState, preface?: string): Outbound[] {
  return show(ctx, state, preface);
}

/** Handles one turn of an open debrief. */
export function continueDebrief(ctx: TurnContext, state: DebriefState, input: DebriefInput, hooks: DebriefHooks): Outbound[] {
  const word =
    input.action === Actions.skip ? "skip"
    : input.action === Actions.back ? "back"
    : input.action === Actions.done ? "done"
    : input.action === Actions.cancel ? "cancel"
    : input.text !== undefined ? controlWord(input.text)
    : undefined;

  if (word === "cancel") {
    ctx.store.interviews.deleteDraft(ctx.user.id, state.interviewId);
    ctx.store.conversations.clear(ctx.user.id);
    return [say("Debrief discarded. Type `/interview-done` whenever you want to start again.")];
  }
  if (word === "done") return goTo(ctx, state, "summary", "Finishing here. You can fill gaps later from the summary.");
  if (word === "back") {
    const previous = state.trail.pop();
    if (!previous) return show(ctx, state, "That's the first question.");
    return goTo(ctx, { ...state, trail: state.trail }, previous, undefined, false);
  }

  if (state.step === "summary") return summaryTurn(ctx, state, input, hooks);

  const d = load(ctx, state.interviewId);
  if (word === "skip") {
    return goTo(ctx, state, nextStep(state.step, d, state.editing), undefined, true, d);
  }
  if (input.action === Actions.editMenu || input.action === Actions.confirm) {
    // A summary button pressed while a question is open: show the summary instead of guessing.
    return goTo(ctx, state, "summary", undefined);
  }
  const answer = input.action === Actions.answer ? (input.value ?? "") : (input.text ?? "");
  const result = applyAnswer(ctx, d, state.step, answer);
  if (result.retry) return show(ctx, state, result.retry, d);
  const fresh = load(ctx, state.interviewId);
  const next = result.stay ? state.step : nextStep(state.step, fresh, state.editing);
  return goTo(ctx, state, next, result.ack, true, fresh);
}

function goTo(ctx: TurnContext, state: DebriefState, step: string, preface?: string, remember = true, current?: Debrief): Outbound[] {
  const trail = remember && step !== state.step && state.step !== "summary" ? [...state.trail, state.step].slice(-60) : state.trail;
  const editing = step === "summary" ? false : state.editing;
  const next: DebriefState = { ...state, step, trail, editing };
  save(ctx, next);
  return show(ctx, next, preface, current);
}

function summaryTurn(ctx: TurnContext, state: DebriefState, input: DebriefInput, hooks: DebriefHooks): Outbound[] {
  if (input.action === Actions.confirm || (input.text && /^(confirm|save|looks right|yes)$/i.test(input.text.trim()))) {
    const d = load(ctx, state.interviewId);
    ctx.store.conversations.clear(ctx.user.id);
    return hooks.confirm(ctx, d);
  }
  if (input.action === Actions.editMenu || (input.text && /^edit$/i.test(input.text.trim()))) {
    return [editMenu(load(ctx, state.interviewId))];
  }
  const field = input.action === Actions.editField ? input.value : undefined;
  if (field && questionFor(field) && field !== "people") {
    const next: DebriefState = { ...state, step: field, editing: true };
    save(ctx, next);
    return show(ctx, next);
  }
  return show(ctx, state, "Tap *Looks right, save it* to save, or *Edit an answer* to change something.");
}

/** Wording for the decision date acknowledgement. */
export function decisionAck(isoDate: string): string {
  return `Noted: a decision by ${formatLocalDay(isoDate)}.`;
}
