import { Actions } from "../actions.js";
import type { Debrief, InterviewSummary } from "../model/interview.js";
import { quoteUser, say } from "../messages.js";
import type { TurnContext } from "../turn-context.js";
import type { Button, Outbound } from "../types.js";
import { matchInterviews, readHeardBack, type HeardOutcome } from "./heard-back-words.js";
import { newsAbout, rememberNewsAbout } from "./news-subject.js";

const SAID: Record<HeardOutcome, string> = {
  rejected: "they've gone another way",
  offer: "you have an offer",
  next_round: "they want another round",
};

/** "Acme (Staff Engineer)", as a line or a button names an interview. */
export function interviewName(i: { company?: string | null; role?: string | null }): string {
  const company = i.company ? quoteUser(i.company) : "Untitled interview";
  return i.role ? `${company} (${quoteUser(i.role)})` : company;
}

/** Interviews someone may hear back about: open ones first, then closed ones (a late answer still counts). */
function candidates(ctx: TurnContext): InterviewSummary[] {
  const all = ctx.store.interviews.list(ctx.user.id).filter((i) => i.status !== "draft");
  return [...all.filter((i) => i.status === "active"), ...all.filter((i) => i.status === "closed")];
}

/** Asks which interview the news is about: one button per interview (the tap records the outcome when known). */
export function askWhichInterview(ctx: TurnContext, outcome?: HeardOutcome, among?: InterviewSummary[]): Outbound[] {
  const list = (among ?? candidates(ctx)).slice(0, 8);
  if (!list.length) return [say("I don't have an interview of yours to record that against. After your next one, type `/interview-done`.")];
  const buttons: Button[] = list.map((i) => ({ action: Actions.heardBack, label: interviewName(i).replace(/[*_]/g, ""), value: outcome ? `${i.id}:${outcome}` : String(i.id) }));
  const lead = outcome ? `Good that you heard back: ${SAID[outcome]}. Which interview is this about?` : "Which interview did you hear back about?";
  return [say(lead, buttons)];
}

/** Plain words about news ("they picked someone else", "got an offer from Acme"): a one-tap confirmation, or undefined if not news. */
export function heardBackFromWords(ctx: TurnContext, text: string): Outbound[] | undefined {
  const news = readHeardBack(text);
  if (!news) return undefined;
  const all = candidates(ctx);
  if (!all.length) return undefined;
  const named = matchInterviews(text, all);
  const open = all.filter((i) => i.status === "active");
  // Named by nothing in the words: the interview the last confirmation was about, else the only open one.
  const about = all.filter((i) => i.id === newsAbout(ctx));
  const pool = named.length ? named : about.length ? about : open.length === 1 ? open : [];
  if (pool.length !== 1) return askWhichInterview(ctx, news.outcome, named.length ? named : undefined);
  const d = ctx.store.interviews.load(ctx.user.id, pool[0]!.id)!;
  rememberNewsAbout(ctx, d.id);
  return [confirmNews(d, news.outcome)];
}

function confirmNews(d: Debrief, outcome?: HeardOutcome): Outbound {
  const name = interviewName(d);
  const other: Button = { action: Actions.heardBack, label: outcome ? "No, something else" : "Tell me which way", value: String(d.id) };
  const pick: Button = { action: Actions.heardBack, label: "Another interview", value: "pick" };
  if (!outcome) return say(`You heard back about ${name}. Which way did it go?`, [
    { action: Actions.heardBack, label: "Another round", value: `${d.id}:next_round`, style: "primary" },
    { action: Actions.heardBack, label: "An offer", value: `${d.id}:offer`, style: "primary" },
    { action: Actions.heardBack, label: "Not this time", value: `${d.id}:rejected` },
    pick,
  ]);
  return say(`It sounds like ${SAID[outcome]} at ${name}. Shall I record that and stop its nudges?`, [
    { action: Actions.heardBack, label: "Yes, record it", value: `${d.id}:${outcome}`, style: "primary" },
    other,
    pick,
  ]);
}
