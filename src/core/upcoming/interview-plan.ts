// The short plan before an interview, in Afterword's own words: what to catch in the room so the
// follow-up can be written from it, and what to leave for later.
import { Actions } from "../actions.js";
import { expectedAt } from "../follow-up/describe-plan.js";
import type { Debrief } from "../model/interview.js";
import { quoteUser } from "../messages.js";
import { afterInterviewAt, DEFAULT_LENGTH_MINUTES } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Button } from "../types.js";
import { peopleOf, upcomingTitle, whenAhead } from "./describe-upcoming.js";

/** The buttons an upcoming interview carries wherever it is shown: a new time, or cancelled. */
export function upcomingButtons(d: Pick<Debrief, "id">): Button[] {
  return [
    { action: Actions.upcomingMove, label: "It moved", value: String(d.id) },
    { action: Actions.upcomingCancel, label: "It's cancelled", value: String(d.id), style: "danger" },
  ];
}

/** When "how did it go?" comes: its pending nudge, else computed from the start and length. */
function afterAt(ctx: TurnContext, d: Debrief): { at: Date; clamped: boolean } {
  const end = Date.parse(d.happenedAt!) + (d.lengthMinutes ?? DEFAULT_LENGTH_MINUTES) * 60_000;
  const row = ctx.store.reminders.pendingFor(d.id).find((r) => r.kind === "after");
  const at = row ? new Date(expectedAt(row)) : afterInterviewAt(new Date(d.happenedAt!), d.lengthMinutes ?? DEFAULT_LENGTH_MINUTES, ctx.tz, ctx.hours);
  return { at, clamped: at.getTime() > end + 60_000 };
}

function namesLine(d: Debrief): string {
  if (!d.interviewers.length) return "*Names, spelled their way.* Catch each interviewer's name exactly as they write it: the invitation usually has it, or ask for a card at the end.";
  return `*Names, spelled their way.* I have ${peopleOf(d)}. Check each spelling against the invitation or an email signature, or ask for a card at the end.`;
}

function eachPersonLine(d: Debrief): string {
  const who = d.interviewers.length === 1 ? `${quoteUser(d.interviewers[0]!.name.split(/\s+/)[0]!)}` : "each person";
  return `*One thing from ${who}.* A question they ask, or something they clearly care about. That detail is what makes a thank-you note theirs and nobody else's.`;
}

/** The plan as message blocks: what to catch, what to leave, when Afterword asks how it went; with its buttons. */
export function interviewPlan(ctx: TurnContext, d: Debrief): Block[] {
  const start = new Date(d.happenedAt!);
  const after = afterAt(ctx, d);
  const closing = after.clamped
    ? `It ends outside your nudge hours, so I'll ask how it went ${whenAhead(after.at, ctx.now, ctx.tz)}.`
    : `Right after it ends, ${whenAhead(after.at, ctx.now, ctx.tz)}, I'll ask how it went, so we can get it down while it's fresh.`;
  const lines = [
    `*A short plan for ${upcomingTitle(d)}, ${whenAhead(start, ctx.now, ctx.tz)}.* Go in knowing what you want to come out with, and the follow-up almost writes itself. Four things to catch:`,
    `• ${namesLine(d)}`,
    "• *Next steps, and by when.* Before you wrap up, ask what happens next and when they expect to decide. That date sets your one check-in.",
    `• ${eachPersonLine(d)}`,
    "• *One question of your own.* Pick one you really want answered, ask it, and write the answer down afterwards.",
    "*Leave for later:* no LinkedIn requests to your interviewers until there's an offer.",
    closing,
  ];
  return [
    { type: "text", markdown: lines.join("\n") },
    { type: "buttons", buttons: upcomingButtons(d) },
  ];
}
