// The debrief of an interview logged ahead: it starts from everything logged, so it asks only what
// happened (each person, the team, next steps, a recruiter, what never came up).
import { loadDebrief, type DebriefState } from "../debrief/debrief-flow.js";
import { nextStep } from "../debrief/next-step.js";
import { readFirstLine } from "../debrief/read-first-line.js";
import { openDebrief, startDebrief } from "../debrief/start-debrief.js";
import { matchInterviews } from "../follow-up/heard-back-words.js";
import type { Debrief, InterviewSummary } from "../model/interview.js";
import { dropUpcomingNudges } from "../nudges/schedule-upcoming.js";
import type { TurnContext } from "../turn-context.js";
import type { Outbound } from "../types.js";
import { loggedFacts } from "./describe-upcoming.js";

const HOW = "Any time: _skip_ to pass, _back_ to go back, _edit_ to change an answer (a name's spelling too), _done_ to save what's there, _cancel_ to stop.";
// "/interview-done" alone picks up an interview that began up to this long ago (or begins within the hour).
const BEGUN_WITHIN_MS = 3 * 86_400_000;
const BEGINS_WITHIN_MS = 3_600_000;

/** The steps that logging ahead already answered: the logistics, and the names once given. */
export function loggedSteps(d: Debrief): string[] {
  const steps = ["formatStage"];
  if (d.happenedAt) steps.push("when");
  if (d.company) steps.push("basics");
  if (d.interviewers.length) steps.push("interviewers", "readback");
  return steps;
}

/** The debrief state that opens on an interview logged ahead, at its first question about what happened. */
export function pickUpState(d: Debrief): DebriefState {
  const seen = loggedSteps(d);
  return { flow: "debrief", interviewId: d.id, step: nextStep(undefined, d, seen), trail: [], person: 0, editing: false, seen };
}

/** The user's upcoming interviews, soonest first. */
export function upcomingInterviews(ctx: TurnContext): InterviewSummary[] {
  const t = (i: InterviewSummary) => (i.happenedAt ? Date.parse(i.happenedAt) : Infinity);
  return ctx.store.interviews.list(ctx.user.id).filter((i) => i.status === "upcoming").sort((a, b) => t(a) - t(b));
}

/** The upcoming interview a `/interview-done` means: the one its company names, or, said alone, the one that has just begun. */
export function findUpcoming(ctx: TurnContext, args: string): InterviewSummary | undefined {
  const all = upcomingInterviews(ctx);
  if (!all.length) return undefined;
  const now = ctx.now.getTime();
  const begun = (i: InterviewSummary) => i.happenedAt !== null && Date.parse(i.happenedAt) <= now + BEGINS_WITHIN_MS;
  const latestBegun = (list: InterviewSummary[]) => list.filter(begun).at(-1);
  if (!args.trim()) return latestBegun(all.filter((i) => i.happenedAt !== null && Date.parse(i.happenedAt) >= now - BEGUN_WITHIN_MS));
  const company = readFirstLine(args, ctx.now, ctx.tz).company ?? args;
  const named = matchInterviews(company, all);
  return named.length <= 1 ? named[0] : (latestBegun(named) ?? named[0]);
}

// What the command's own line adds: a time it really happened, more names, facts not logged.
function takeLine(ctx: TurnContext, d: Debrief, args: string): void {
  const { interviews } = ctx.store;
  const line = readFirstLine(args, ctx.now, ctx.tz);
  if (line.when) interviews.setField(d.id, "happenedAt", line.when.at.toISOString());
  // Logged for later than now: it happened earlier than planned, so when is asked.
  else if (d.happenedAt && Date.parse(d.happenedAt) > ctx.now.getTime()) interviews.setField(d.id, "happenedAt", undefined);
  for (const field of ["role", "format", "stage"] as const) if (line[field] && !d[field]) interviews.setField(d.id, field, line[field]);
  const known = new Set(d.interviewers.map((p) => p.name.toLowerCase()));
  const added = line.people.filter((p) => !known.has(p.name.toLowerCase()));
  if (added.length) interviews.setInterviewers(d.id, [...d.interviewers.map((p) => p.name), ...added.map((p) => p.name)]);
}

/** Opens the debrief on an interview logged ahead, after `intro`; its own nudges are no longer needed. */
export function pickUp(ctx: TurnContext, interviewId: number, intro: string): Outbound[] {
  dropUpcomingNudges(ctx, interviewId);
  const d = loadDebrief(ctx, interviewId);
  const state = pickUpState(d);
  return openDebrief(ctx, d.id, intro, { seen: state.seen, step: state.step });
}

/** `/interview-done` for an interview logged ahead: picked up with everything logged, asking only what happened. */
export function pickUpUpcoming(ctx: TurnContext, interviewId: number, args: string): Outbound[] {
  takeLine(ctx, loadDebrief(ctx, interviewId), args);
  const d = loadDebrief(ctx, interviewId);
  return pickUp(ctx, d.id, `Let's get it down while it's fresh. I have what you logged: ${loggedFacts(d, ctx.tz)}. So I'll ask only about what happened.\n${HOW}`);
}

/** `/interview-done [line]`: picks up the upcoming interview it names (or that has just begun), else starts a new debrief. */
export function beginDebrief(ctx: TurnContext, args: string): Outbound[] {
  const upcoming = findUpcoming(ctx, args);
  return upcoming ? pickUpUpcoming(ctx, upcoming.id, args) : startDebrief(ctx, args);
}
