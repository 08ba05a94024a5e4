import { Actions } from "../actions.js";
import { quoteUser, say } from "../messages.js";
import type { UndoSnapshot } from "../model/undo.js";
import type { Outcome } from "../model/interview.js";
import { clampToNudgeHours } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import type { Button, Outbound } from "../types.js";

/** How long a step can be undone: a day of the user's clock. */
export const UNDO_WINDOW_MS = 24 * 3_600_000;

/** The follow-up state of one interview before a step, to put back on undo. */
export function snapshotFollowUp(ctx: TurnContext, interviewId: number): UndoSnapshot {
  const d = ctx.store.interviews.load(ctx.user.id, interviewId)!;
  const all = ctx.store.reminders.allFor(interviewId);
  return {
    // An upcoming interview is stored as a draft logged ahead, and reads as upcoming again when restored.
    status: d.status === "upcoming" ? "draft" : d.status,
    outcome: d.outcome ?? null,
    pending: all.filter((r) => r.status === "pending" || r.status === "sending").map((r) => r.id),
    known: all.map((r) => r.id),
    unsent: ctx.store.letters.forInterview(interviewId).filter((l) => l.status !== "sent").map((l) => l.id),
  };
}

/** Records a step taken after `before` was snapshotted; returns the Undo button for its confirmation. */
export function recordUndo(ctx: TurnContext, interviewId: number, what: string, before: UndoSnapshot): Button {
  const id = ctx.store.undo.record(ctx.user.id, interviewId, what, before, ctx.now.getTime());
  return undoButton(id);
}

/** The one-tap Undo button for a recorded step. */
export function undoButton(undoId: number): Button {
  return { action: Actions.undo, label: "Undo", value: String(undoId) };
}

/** Puts an interview's follow-up back as it was before a recorded step, within a day. */
export function undoStep(ctx: TurnContext, undoId: number): Outbound[] {
  const { store, user, now } = ctx;
  const e = store.undo.get(user.id, undoId);
  const d = e ? store.interviews.load(user.id, e.interviewId) : undefined;
  if (!e || !d) return [say("I can't find that step any more. It may belong to an interview that was deleted.")];
  if (e.undoneAt) return [say(`That's already undone: ${e.what.charAt(0).toLowerCase()}${e.what.slice(1)}.`)];
  if (now.getTime() - e.createdAt > UNDO_WINDOW_MS) {
    const late = "That was more than a day ago, so it can't be undone from here any more.";
    // An interview closed without an answer (let go, stopped) still takes a late one: hearing back reopens it.
    if (d.status !== "closed" || d.outcome === "offer" || d.outcome === "rejected" || d.outcome === "next_round") return [say(late)];
    return [say(`${late} If ${d.company ? quoteUser(d.company) : "they"} ${d.company ? "gets" : "get"} back to you, tell me and I'll pick it up from there.`, [heardBackButton(d.id)])];
  }
  const s = e.snapshot;
  store.interviews.restoreState(d.id, s.status, s.outcome as Outcome | null);
  // Nudges that fell due meanwhile come back an hour from now (inside nudge hours), not all at once as "late".
  const soonest = clampToNudgeHours(new Date(now.getTime() + 3_600_000), ctx.tz, ctx.hours).getTime();
  for (const r of store.reminders.allFor(d.id)) {
    if (s.pending.includes(r.id) && store.reminders.restore(r.id) && r.dueAt < soonest) store.reminders.reschedule(r.id, soonest);
    if (!s.known.includes(r.id) && r.status === "pending") store.reminders.cancelOne(r.id);
  }
  for (const l of store.letters.forInterview(d.id)) if (s.unsent.includes(l.id) && l.status === "sent") store.letters.markUnsent(l.id, now.getTime());
  store.undo.markUndone(e.id, now.getTime());
  const what = `Undone: ${e.what.charAt(0).toLowerCase()}${e.what.slice(1)}.`;
  if (s.status !== "active") return [say(`${what} It's back as it was.`)];
  if (store.reminders.pendingFor(d.id).length) return [say(`${what} The follow-up is back as it was.`)];
  // Nothing was left to put back (the let-go was the last step): say what open means now.
  return [say(`${what} It stays open, with nothing more planned: I won't nudge you about it again. If they get back to you, tell me and I'll pick it up from there.`, [heardBackButton(d.id)])];
}

function heardBackButton(interviewId: number): Button {
  return { action: Actions.heardBack, label: "Heard back", value: String(interviewId) };
}

/** Adds the Undo button of a step just taken to the last message that reports it. */
export function withUndo(ctx: TurnContext, interviewId: number, what: string, before: UndoSnapshot, messages: Outbound[]): Outbound[] {
  const last = messages.at(-1);
  if (!last) return messages;
  const button = recordUndo(ctx, interviewId, what, before);
  const blocks = [...last.blocks];
  const row = blocks.at(-1);
  if (row?.type === "buttons") blocks[blocks.length - 1] = { type: "buttons", buttons: [...row.buttons, button] };
  else blocks.push({ type: "buttons", buttons: [button] });
  return [...messages.slice(0, -1), { ...last, blocks }];
}
