import type { ConversationState } from "../model/conversation.js";
import { Actions } from "../actions.js";
import type { Debrief } from "../model/interview.js";
import { quoteUser, say } from "../messages.js";
import type { TurnContext } from "../turn-context.js";
import type { Outbound } from "../types.js";
import { applyAnswer } from "./apply-answer.js";
import { nextStep } from "./next-step.js";
import { promptFor } from "./prompts.js";
import { stepExists } from "./questions.js";
import { controlWord } from "./read-answer.js";
import { editMenu, summaryCard } from "./summary.js";

/** The conversation state of an open debrief. */
export type DebriefState = Extract<ConversationState, { flow: "debrief" }>;

/** What the user did in a debrief turn: typed text, or pressed a debrief button. */
export interface DebriefInput {
  text?: string;
  action?: string;
  value?: string;
}

/** Hooks the flow calls out to when the debrief is confirmed. */
export interface DebriefHooks {
  confirm(ctx: TurnContext, debrief: Debrief): Outbound[];
}

/** Loads the open debrief's interview, which must exist. */
export function loadDebrief(ctx: TurnContext, id: number): Debrief {
  const d = ctx.store.interviews.load(ctx.user.id, id);
  if (!d) throw new Error(`Interview ${id} is missing for user ${ctx.user.id}`);
  return d;
}

/** Saves the state and shows its step; a step about someone no longer on the list moves on to the next real question. */
export function showStep(ctx: TurnContext, state: DebriefState, preface?: string, current?: Debrief, earlier = false): Outbound[] {
  const d = current ?? loadDebrief(ctx, state.interviewId);
  let next = state;
  if (!stepExists(state.step, d)) next = { ...state, step: nextStep(state.step, d, state.seen, state.editing), editing: false };
  ctx.store.conversations.set(ctx.user.id, next, ctx.now.getTime());
  if (next.step === "summary") {
    const out = summaryCard(d, ctx.tz);
    return preface ? [say(preface), out] : [out];
  }
  return [promptFor(next.step, d, preface, earlier)];
}

/** Shows the current question again (after a restart, or when asked). */
export function resumeDebrief(ctx: TurnContext, state: DebriefState, preface?: string): Outbound[] {
  return showStep(ctx, state, preface, undefined, state.editing);
}

function goTo(ctx: TurnContext, state: DebriefState, step: string, o: { preface?: string; remember?: boolean; current?: Debrief; earlier?: boolean } = {}): Outbound[] {
  const leaving = state.step;
  const remember = (o.remember ?? true) && step !== leaving && leaving !== "summary";
  const trail = remember ? [...state.trail, leaving].slice(-60) : state.trail;
  const seen = remember && !state.seen.includes(leaving) ? [...state.seen, leaving].slice(-80) : state.seen;
  const next: DebriefState = { ...state, step, trail, seen, editing: step === "summary" ? false : state.editing };
  return showStep(ctx, next, o.preface, o.current, o.earlier);
}

function back(ctx: TurnContext, state: DebriefState): Outbound[] {
  const d = loadDebrief(ctx, state.interviewId);
  const trail = [...state.trail];
  let previous = trail.pop();
  // Steps about people dropped since are skipped: there is nobody to ask about.
  while (previous && !stepExists(previous, d)) previous = trail.pop();
  if (!previous) return showStep(ctx, state, "That's the first question.", d);
  return goTo(ctx, { ...state, trail }, previous, { remember: false, current: d, earlier: true });
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
    // An interview logged ahead stays logged (deleteDraft keeps it): only this sitting stops.
    const d = ctx.store.interviews.load(ctx.user.id, state.interviewId);
    ctx.store.interviews.deleteDraft(ctx.user.id, state.interviewId);
    ctx.store.conversations.clear(ctx.user.id);
    // A saved debrief being edited from settings keeps what was changed.
    if (d?.status === "active" || d?.status === "closed") return [say("Stopped editing. Your debrief keeps the changes made so far.")];
    if (d?.status === "upcoming") return [say(`Stopped for now. I've kept what you logged${d.company ? ` for *${quoteUser(d.company)}*` : ""}: type \`/interview-done${d.company ? ` ${quoteUser(d.company)}` : ""}\` whenever you want to pick it up again.`)];
    return [say("Debrief discarded. Type `/interview-done` whenever you want to start again.")];
  }
  if (word === "done") return save(ctx, state, hooks);
  if (word === "back") return back(ctx, state);
  if (state.step === "summary" || input.action === Actions.editMenu || input.action === Actions.editField || input.action === Actions.confirm) {
    return summaryTurn(ctx, state, input, hooks);
  }
  if (input.text !== undefined && /^edit$/i.test(input.text.trim())) return [editMenu(loadDebrief(ctx, state.interviewId), ctx.tz)];

  const d = loadDebrief(ctx, state.interviewId);
  if (!stepExists(state.step, d)) return showStep(ctx, state, "Let's pick up here.", d);
  if (word === "skip") return goTo(ctx, state, nextStep(state.step, d, [...state.seen, state.step], state.editing), { current: d });
  const answer = input.action === Actions.answer ? (input.value ?? "") : (input.text ?? "");
  const result = applyAnswer(ctx, d, state.step, answer);
  if (result.retry) return showStep(ctx, state, result.retry, d);
  const fresh = loadDebrief(ctx, state.interviewId);
  const next = result.stay ? state.step : nextStep(state.step, fresh, [...state.seen, state.step], state.editing);
  return goTo(ctx, state, next, { preface: result.ack, current: fresh });
}

function save(ctx: TurnContext, state: DebriefState, hooks: DebriefHooks): Outbound[] {
  const d = loadDebrief(ctx, state.interviewId);
  ctx.store.conversations.clear(ctx.user.id);
  return hooks.confirm(ctx, d);
}

function summaryTurn(ctx: TurnContext, state: DebriefState, input: DebriefInput, hooks: DebriefHooks): Outbound[] {
  const typed = input.text?.trim() ?? "";
  if (input.action === Actions.confirm || /^(confirm|save|save it|looks right|yes)$/i.test(typed)) return save(ctx, state, hooks);
  const d = loadDebrief(ctx, state.interviewId);
  if (input.action === Actions.editMenu || /^edit$/i.test(typed)) {
    ctx.store.conversations.set(ctx.user.id, { ...state, step: "summary", editing: false }, ctx.now.getTime());
    return [editMenu(d, ctx.tz)];
  }
  const field = input.action === Actions.editField ? input.value : undefined;
  if (field && stepExists(field, d)) {
    return showStep(ctx, { ...state, step: field, editing: true }, undefined, d, true);
  }
  if (field) return [say("That one isn't there any more."), editMenu(d, ctx.tz)];
  return showStep(ctx, { ...state, step: "summary" }, "Tap *Looks right, save it* to save, or *Edit* to change something.", d);
}
