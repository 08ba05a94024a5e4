// `/interview-next`: logging an interview ahead from one line, asking only for what it did not say
// (the company and when it starts), then at most the role and who they'll meet, each skippable.
import { Actions } from "../actions.js";
import { loadDebrief } from "../debrief/debrief-flow.js";
import { findUpcomingTime } from "../dates/read-date.js";
import { readPeople } from "../debrief/person-names.js";
import { cleanAnswer, controlWord, MAX_SHORT } from "../debrief/read-answer.js";
import { fillInterview } from "../debrief/start-debrief.js";
import type { ConversationState, UpcomingFacts } from "../model/conversation.js";
import { compose, say } from "../messages.js";
import { scheduleUpcoming } from "../nudges/schedule-upcoming.js";
import { DEFAULT_LENGTH_MINUTES, formatLocalDay } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Outbound } from "../types.js";
import { loggedFacts, upcomingTitle, whenAhead } from "./describe-upcoming.js";
import { interviewPlan, upcomingButtons } from "./interview-plan.js";
import { mergeFacts, readUpcomingLine } from "./read-upcoming-line.js";

type Collecting = Extract<ConversationState, { flow: "upcoming" }>;
type More = Extract<ConversationState, { flow: "upcoming-more" }>;

const SKIP = { action: Actions.skip, label: "Skip" };
const EXAMPLE = "_Acme, Staff Engineer, Thursday 3pm, with Dana Li (CTO)_";

/** Stores an interview to come from its facts (company and start known), with its plan and "how did it go?" nudges; returns its id. */
export function storeUpcoming(ctx: TurnContext, f: UpcomingFacts): number {
  const id = ctx.store.interviews.createUpcoming(ctx.user.id, f.lengthMinutes ?? DEFAULT_LENGTH_MINUTES, ctx.now.getTime());
  const { at, lengthMinutes: _l, day: _d, ...rest } = f;
  fillInterview(ctx, id, { ...rest, ...(at !== undefined ? { happenedAt: new Date(at) } : {}) });
  scheduleUpcoming(ctx, loadDebrief(ctx, id));
  return id;
}

/** What is still needed before an interview can be logged, as one question; undefined when nothing is. */
function missing(f: UpcomingFacts): string | undefined {
  if (!f.company && f.at === undefined) return `Which company is it with, and when does it start? One line is plenty: ${EXAMPLE}.`;
  if (!f.company) return "Which company is it with?";
  if (f.at !== undefined) return undefined;
  if (f.day) return `What time does it start on ${formatLocalDay(f.day)}?`;
  return "When does it start? A day and a time: _Thursday 3pm_, _next Tuesday 10:30_, _12 May 14:00_.";
}

/** The confirmation once it is logged: what was logged, then the plan now (its evening has passed) or when it comes. */
export function finishLogging(ctx: TurnContext, id: number): Outbound[] {
  const open = ctx.store.conversations.get(ctx.user.id);
  if (open?.flow === "upcoming" || open?.flow === "upcoming-more") ctx.store.conversations.clear(ctx.user.id);
  const d = loadDebrief(ctx, id);
  const blocks: Block[] = [{ type: "text", markdown: `Logged: ${loggedFacts(d, ctx.tz)}.` }];
  const prep = ctx.store.reminders.pendingFor(id).find((r) => r.kind === "prep");
  if (!prep) return [compose([...blocks, ...interviewPlan(ctx, d)])];
  blocks.push(
    { type: "text", markdown: `The evening before, ${whenAhead(new Date(prep.dueAt), ctx.now, ctx.tz)}, I'll send you a short plan for it. Right after it ends, I'll ask how it went.` },
    { type: "buttons", buttons: upcomingButtons(d) },
  );
  return [compose(blocks)];
}

// Once logged: the role, then who they'll meet, when the line did not say.
function askMore(ctx: TurnContext, id: number, after?: "role"): Outbound[] {
  const d = loadDebrief(ctx, id);
  const step = !d.role && after !== "role" ? "role" : !d.interviewers.length ? "people" : undefined;
  if (!step) return finishLogging(ctx, id);
  ctx.store.conversations.set(ctx.user.id, { flow: "upcoming-more", interviewId: id, step }, ctx.now.getTime());
  const ask =
    step === "role"
      ? `What's the role at ${upcomingTitle(d)}, with the exact title they use?`
      : "Do you know who you'll meet? Names as they spell them, titles in parentheses: _Dana Li (CTO), Omar Haddad_.";
  return [say(`${after ? "" : `Got it: ${upcomingTitle(d)}, ${whenAhead(new Date(d.happenedAt!), ctx.now, ctx.tz)}. `}${ask} Or _skip_.`, [SKIP])];
}

function proceed(ctx: TurnContext, facts: UpcomingFacts, keep: boolean, preface = ""): Outbound[] {
  const ask = missing(facts);
  if (!ask) {
    const id = storeUpcoming(ctx, facts);
    return keep ? [...finishLogging(ctx, id), say("We're still in the middle of your debrief: your next message answers its last question.")] : askMore(ctx, id);
  }
  if (keep) return [say(`We're partway through a debrief, so give me the whole line at once (${EXAMPLE}), or finish the debrief first.`)];
  ctx.store.conversations.set(ctx.user.id, { flow: "upcoming", facts }, ctx.now.getTime());
  return [say(`${preface}${ask}`, [{ action: Actions.cancel, label: "Never mind" }])];
}

/** `/interview-next [line]`: logs the interview, or asks for what the line lacks; `keep` leaves an open debrief as it is. */
export function logUpcoming(ctx: TurnContext, args: string, keep = false): Outbound[] {
  return proceed(ctx, readUpcomingLine(args, ctx.now, ctx.tz), keep);
}

/** A reply while logging ahead: read like the first line, filling what is missing. */
export function continueLogging(ctx: TurnContext, state: Collecting, text: string): Outbound[] {
  if (controlWord(text) === "cancel") {
    ctx.store.conversations.clear(ctx.user.id);
    return [say("Nothing logged. Type `/interview-next` whenever you know about the next one.")];
  }
  const more = readUpcomingLine(text, ctx.now, ctx.tz);
  // "3pm" after "Thursday": the time of the day already named.
  const onDay = state.facts.day && state.facts.at === undefined ? findUpcomingTime(text.slice(0, 100), ctx.now, ctx.tz, state.facts.day) : undefined;
  if (onDay && "at" in onDay) more.at = onDay.at.getTime();
  const facts = mergeFacts(state.facts, more);
  const progress = missing(facts) !== missing(state.facts);
  return proceed(ctx, facts, false, progress ? "" : "I couldn't read that. ");
}

/** A reply to the optional question after logging (the role, or who they'll meet). */
export function continueMore(ctx: TurnContext, state: More, text: string): Outbound[] {
  const word = controlWord(text);
  if (word === "cancel" || word === "done") return finishLogging(ctx, state.interviewId);
  if (word !== "skip" && state.step === "role") ctx.store.interviews.setField(state.interviewId, "role", cleanAnswer(text, MAX_SHORT).value || undefined);
  if (word !== "skip" && state.step === "people") {
    const { people } = readPeople(text);
    if (!people.length) return [say("I need at least one name there, like _Dana Li (CTO), Omar Haddad_. Or _skip_.", [SKIP])];
    fillInterview(ctx, state.interviewId, { people });
  }
  return state.step === "role" ? askMore(ctx, state.interviewId, "role") : finishLogging(ctx, state.interviewId);
}
