// Changing an interview logged ahead: "it moved to Thursday 3pm" re-times its plan and its "how did
// it go?"; "Acme cancelled" takes it off the list, after one tap to confirm.
import { Actions } from "../actions.js";
import { loadDebrief } from "../debrief/debrief-flow.js";
import { findUpcomingTime, readDate } from "../dates/read-date.js";
import { matchInterviews } from "../follow-up/heard-back-words.js";
import { interviewName } from "../follow-up/hear-back.js";
import type { Debrief, InterviewSummary } from "../model/interview.js";
import { compose, say } from "../messages.js";
import { dropUpcomingNudges, planPending, scheduleUpcoming } from "../nudges/schedule-upcoming.js";
import { formatLocal, formatLocalDay } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Button, Outbound } from "../types.js";
import { upcomingTitle, whenAhead } from "./describe-upcoming.js";
import { interviewPlan, upcomingButtons } from "./interview-plan.js";
import { upcomingInterviews } from "./pick-up-upcoming.js";
import { takeLength } from "./read-upcoming-line.js";

const MOVED = /\b(?:moved?|moving|re-?scheduled?|postponed|pushed(?: back)?|brought forward|changed|shifted)\b/i;
const CANCELLED = /\b(?:cancel(?:l?ed|s)?|called off|(?:is|it's) off|not happening|won'?t happen)\b/i;
const ABOUT_IT = /\b(?:interview|it|it's|they|they've)\b/i;
const GONE = say("I can't find that interview among the ones coming up. It may have been debriefed or cancelled already.");

/** Asks when an upcoming interview takes place now (`day`: a day already named, its time still to ask). */
export function askNewTime(ctx: TurnContext, d: Debrief, day?: string): Outbound[] {
  ctx.store.conversations.set(ctx.user.id, { flow: "move", interviewId: d.id, ...(day ? { day } : {}) }, ctx.now.getTime());
  const ask = day ? `What time does it start on ${formatLocalDay(day)}?` : "When is it now? A day and a time: _Thursday 3pm_, _next Tuesday 10:30_.";
  return [say(`${upcomingTitle(d)} moved. ${ask}`, [{ action: Actions.upcomingKeep, label: "Never mind", value: String(d.id) }])];
}

/** Moves an upcoming interview to `at` (and a new length when said): its plan and "how did it go?" follow. */
export function moveUpcoming(ctx: TurnContext, d: Debrief, at: Date, lengthMinutes?: number): Outbound[] {
  const open = ctx.store.conversations.get(ctx.user.id);
  if (open?.flow === "move") ctx.store.conversations.clear(ctx.user.id);
  // The plan is shown again for the new day unless it is still to come as a nudge.
  const planStillDue = planPending(ctx, d.id);
  ctx.store.interviews.setField(d.id, "happenedAt", at.toISOString());
  if (lengthMinutes) ctx.store.interviews.setLength(d.id, lengthMinutes);
  const moved = loadDebrief(ctx, d.id);
  const schedule = scheduleUpcoming(ctx, moved);
  const blocks: Block[] = [{ type: "text", markdown: `Moved: ${upcomingTitle(moved)} is now ${formatLocal(at, ctx.tz)}.` }];
  if (schedule.planAt) blocks.push({ type: "text", markdown: `Your short plan comes the evening before, ${whenAhead(schedule.planAt, ctx.now, ctx.tz)}, and I'll ask how it went right after it ends.` });
  else if (planStillDue) blocks.push(...interviewPlan(ctx, moved));
  else blocks.push({ type: "text", markdown: `The plan I sent still holds. I'll ask how it went right after it ends, ${whenAhead(schedule.afterAt, ctx.now, ctx.tz)}.` });
  if (blocks.at(-1)?.type !== "buttons") blocks.push({ type: "buttons", buttons: upcomingButtons(moved) });
  return [compose(blocks)];
}

/** Reads a new time typed for an upcoming interview (after "It moved", or a day named before); asks again when it cannot. */
export function takeNewTime(ctx: TurnContext, d: Debrief, text: string, day?: string): Outbound[] {
  const { rest, minutes } = takeLength(text.slice(0, 300));
  const t = readDate(rest, "upcoming", ctx.now, ctx.tz, day);
  if (t.ok) return moveUpcoming(ctx, d, t.at, minutes ?? (t.endAt ? Math.round((t.endAt.getTime() - t.at.getTime()) / 60_000) : undefined));
  if (t.day) return askNewTime(ctx, d, t.day);
  return [say(t.reply), ...askNewTime(ctx, d, day)];
}

/** One tap to confirm before an upcoming interview is taken off the list. */
export function askCancelUpcoming(ctx: TurnContext, d: Debrief): Outbound[] {
  const when = d.happenedAt ? `, ${whenAhead(new Date(d.happenedAt), ctx.now, ctx.tz)}` : "";
  return [
    say(`Take ${upcomingTitle(d)}${when} off your list? Its plan and "how did it go?" won't come.`, [
      { action: Actions.upcomingCancelConfirm, label: "Yes, it's cancelled", value: String(d.id), style: "danger" },
      { action: Actions.upcomingKeep, label: "Keep it", value: String(d.id) },
    ]),
  ];
}

/** Takes a cancelled interview off the list, with its nudges. */
export function cancelUpcoming(ctx: TurnContext, d: Debrief): Outbound[] {
  dropUpcomingNudges(ctx, d.id);
  ctx.store.interviews.deleteUpcoming(ctx.user.id, d.id);
  return [say(`Done: ${upcomingTitle(d)} is off your list. Cancellations happen; if they offer a new date, \`/interview-next\` logs it again.`)];
}

/** Plain words about an upcoming interview ("it moved to Thursday 3pm", "Acme cancelled"); undefined when they are not that. */
export function upcomingFromWords(ctx: TurnContext, text: string): Outbound[] | undefined {
  const moved = MOVED.test(text);
  const cancelled = !moved && CANCELLED.test(text);
  if (!moved && !cancelled) return undefined;
  const all = upcomingInterviews(ctx);
  if (!all.length) return undefined;
  const named = matchInterviews(text, all);
  // "moved from Tuesday to Thursday 3pm": the new time follows the last "to".
  const phrase = /^.*\b(?:to|until|till)\s+(.+)$/i.exec(text.slice(0, 300))?.[1] ?? text.slice(0, 300);
  const time = moved ? findUpcomingTime(takeLength(phrase).rest, ctx.now, ctx.tz) : undefined;
  // Only about an interview when it names one, says "it", or (moving) gives a time.
  if (!named.length && !ABOUT_IT.test(text) && !time) return undefined;
  const pool = named.length ? named : all;
  if (pool.length !== 1) return askWhich(pool, cancelled ? Actions.upcomingCancel : Actions.upcomingMove);
  const d = loadDebrief(ctx, pool[0]!.id);
  if (cancelled) return askCancelUpcoming(ctx, d);
  return time ? takeNewTime(ctx, d, phrase) : askNewTime(ctx, d);
}

function askWhich(list: InterviewSummary[], action: string): Outbound[] {
  const buttons: Button[] = list.slice(0, 6).map((i) => ({ action, label: interviewName(i).replace(/[*_]/g, ""), value: String(i.id) }));
  return [say(action === Actions.upcomingCancel ? "Which interview is cancelled?" : "Which interview moved?", buttons)];
}
