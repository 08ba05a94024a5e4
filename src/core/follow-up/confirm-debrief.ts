import { Actions } from "../actions.js";
import type { Debrief } from "../model/interview.js";
import { joinAnd, say } from "../messages.js";
import { formatLocalDay } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import type { Outbound } from "../types.js";
import { askSigningName, shouldAskSigningName } from "../notes/letter-voice.js";
import { describePlan } from "./describe-plan.js";
import { relativeDay } from "./relative-day.js";
import { scheduleFollowUp } from "./schedule-follow-up.js";

/** Saves a confirmed debrief, plans its follow-up and tells the user what happens next. */
export function confirmDebrief(ctx: TurnContext, d: Debrief, reflectDelayHours?: number): Outbound[] {
  const planned = scheduleFollowUp(ctx, d, reflectDelayHours);
  // The plan is in place (no nudge waits for the name); the name is asked on its own before the plan is described.
  if (shouldAskSigningName(ctx.user)) return [askSigningName(ctx, { interviewId: d.id, ...(planned.movedPast ? { movedPast: planned.movedPast } : {}) })];
  return describeSavedPlan(ctx, d.id, "Saved. ", planned.movedPast);
}

/** Tells the user what happens next for a saved debrief; `lead` opens the message ("Saved. "). */
export function describeSavedPlan(ctx: TurnContext, interviewId: number, lead: string, movedPast?: string[]): Outbound[] {
  const saved = ctx.store.interviews.load(ctx.user.id, interviewId);
  if (!saved) return [];
  const d = saved;
  const planned = { movedPast };
  const plan = describePlan(ctx, d.id);
  const checkin = saved.checkinDate
    ? `Your thank-you notes will say you'll follow up on ${formatLocalDay(saved.checkinDate)} if you haven't heard, and that's when I'll bring you the one check-in` +
      (planned.movedPast?.length ? ` (a working day, after ${joinAnd(planned.movedPast)}).` : ".")
    : "Since you don't want this job, I won't plan a check-in. The thank-you is still worth sending: it's courteous and keeps doors open.";
  const pending = ctx.store.reminders.pendingFor(d.id);
  const at = (kind: string) => pending.find((r) => r.kind === kind);
  const reflect = at("reflect");
  const thanks = at("thanks");
  const when = (r: { dueAt: number } | undefined) => (r ? relativeDay(new Date(r.dueAt), ctx.now, ctx.tz) : "soon");
  const text =
    `${lead}Here's the plan, in your time (${ctx.tz}):\n${plan.join("\n")}\n\n` +
    `First, a breather: ${when(reflect)} I'll ask you to look back before you write anything. ` +
    `Then, ${when(thanks)}, your thank-you notes arrive drafted, one per interviewer, ready to edit and send. ` +
    checkin;
  return [
    say(text, [
      { action: Actions.draftNotes, label: "Preview my notes now", value: String(d.id) },
      { action: Actions.home, label: "See everything" },
    ]),
  ];
}
