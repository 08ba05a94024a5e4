// Nudges of one interview that fall due at the same moment (after a pause or downtime) go out as one
// message that reads in order: look back first, then the notes, then the check-in. The others are
// held behind the first and marked sent with it, so no second message crosses the first.
import { Actions } from "../actions.js";
import { interviewName } from "../follow-up/hear-back.js";
import { reflectFirstBlocks } from "../follow-up/reflect-first.js";
import { compose } from "../messages.js";
import type { Debrief } from "../model/interview.js";
import type { Reminder, ReminderKind } from "../model/reminder.js";
import { thankYouLetters } from "../notes/draft-notes.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Outbound } from "../types.js";
import { lateNote, nudgeButtons, plannedArrival } from "./nudge-buttons.js";
import { checkinNudge, reflectNudge } from "./render-nudges.js";

const JOINABLE = new Set<ReminderKind>(["reflect", "thanks", "thanks_again", "checkin"]);
// Long enough for the first one's retries; if it never goes out, the others come on their own.
const JOIN_HOLD_MS = 86_400_000;
const COUNT = ["", "One", "Two", "Three", "Four"];
const HEADINGS: Partial<Record<ReminderKind, string>> = {
  reflect: "Look back first",
  thanks: "Your thank-you notes",
  thanks_again: "Your thank-you notes",
  checkin: "The one check-in",
};

/** The other nudges of the same interview due now as well (or already held behind this one), in due order. */
export function dueWith(ctx: TurnContext, r: Reminder): Reminder[] {
  const now = ctx.now.getTime();
  const held = ctx.store.reminders.joinedTo(r.id);
  const due = ctx.store.reminders
    .pendingFor(r.interviewId)
    .filter((x) => x.id !== r.id && JOINABLE.has(x.kind) && x.dueAt <= now && x.sendStartedAt === null && x.joinedTo === null)
    .filter((x) => x.status !== "pending" || !x.leaseUntil || x.leaseUntil <= now);
  const all = [...held, ...due.filter((x) => !held.some((h) => h.id === x.id))];
  return all.sort((a, b) => a.dueAt - b.dueAt || a.id - b.id);
}

// Rendered as if on time: the group says once, at the top, how late it is.
function onTime(ctx: TurnContext, r: Reminder): Reminder {
  return { ...r, dueAt: ctx.now.getTime(), lastError: null };
}

function withoutNudgeButtons(msg: Outbound): Block[] {
  return msg.blocks.filter((b) => b.type !== "buttons" || !b.buttons.some((x) => x.action === Actions.snooze));
}

/** One nudge's part of a group message, or undefined when that nudge has nothing to say now (it is left to go its own way). */
function partFor(ctx: TurnContext, d: Debrief, m: Reminder, withReflect: boolean): Block[] | undefined {
  if (m.kind === "reflect") return withoutNudgeButtons(reflectNudge(ctx, d, onTime(ctx, m)));
  if (m.kind === "checkin") return d.interest === "no" ? undefined : withoutNudgeButtons(checkinNudge(ctx, d, onTime(ctx, m)));
  const unsent = thankYouLetters(ctx, d).filter((l) => l.status !== "sent");
  if (!unsent.length) return undefined;
  // Reflecting rewrites the drafts, so after a look back they are shown fresh, not from this message.
  if (withReflect) {
    return [
      { type: "text", markdown: "Once you've looked back, your thank-you notes are ready to read, one per interviewer, written with what you told me." },
      { type: "buttons", buttons: [{ action: Actions.draftNotes, label: "Show my thank-you notes", value: String(d.id), style: "primary" }] },
    ];
  }
  return [
    { type: "text", markdown: "One note per interviewer: read each one aloud, make it sound like you, then send it today." },
    ...unsent.flatMap((l) => reflectFirstBlocks(ctx, d, l)),
  ];
}

/**
 * The message for `r` with every other nudge of its interview due now folded in, in order, and
 * those others held behind `r` (marked sent once it is delivered); `single` when none is due with it.
 */
export function joinDueTogether(ctx: TurnContext, d: Debrief, r: Reminder, single: Outbound): Outbound {
  const others = dueWith(ctx, r);
  if (!others.length) return single;
  const members = [r, ...others].sort((a, b) => a.dueAt - b.dueAt || a.id - b.id);
  const withReflect = members.some((m) => m.kind === "reflect");
  const parts = members.flatMap((m) => {
    const blocks = partFor(ctx, d, m, withReflect);
    return blocks ? [{ m, blocks }] : [];
  });
  if (parts.length < 2 || !parts.some((p) => p.m.id === r.id)) return single;
  for (const p of parts) if (p.m.id !== r.id) ctx.store.reminders.join(p.m.id, r.id, ctx.now.getTime() + JOIN_HOLD_MS);
  const first = members[0]!;
  const late = lateNote({ dueAt: plannedArrival(first, ctx.tz, ctx.hours), lastError: first.lastError }, ctx.now.getTime());
  const blocks: Block[] = [
    { type: "text", markdown: `${late ? `${late}\n` : ""}${COUNT[parts.length] ?? parts.length} steps for ${interviewName(d)} are due now, so here they are together. Take them in order.` },
  ];
  parts.forEach((p, i) => blocks.push({ type: "text", markdown: `*${i + 1}. ${HEADINGS[p.m.kind]}*` }, ...p.blocks));
  blocks.push({ type: "buttons", buttons: nudgeButtons(r.id, d.id) });
  return compose(blocks, `${COUNT[parts.length] ?? parts.length} follow-up steps for ${d.company ?? "your interview"}, in order.`);
}
