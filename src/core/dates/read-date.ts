// The one way a date the user types is read: the debrief's "when", a decision date, a snoozed
// nudge's day, the next interview. An answer is read whole or refused with examples; nothing is
// silently guessed from part of it.
import { quoteUser } from "../messages.js";
import { formatLocalDay, localDate } from "../plan/index.js";
import { startOfLocalDay } from "../plan/local-time.js";
import { chronoSpans, unplacedWords } from "./date-words.js";
import { parseDecisionDate } from "./parse-decision-date.js";
import { parseInterviewTime, parseUpcomingTime, type UpcomingTime } from "./parse-when.js";

/** What a typed date is for: when an interview happened, a decision day, a day to bring a nudge back, when a coming interview is. */
export type DateKind = "interview" | "decision" | "day" | "upcoming";

/**
 * A typed date read whole (`at` is local noon for a day alone; `endAt` when a coming interview's
 * range was given), or the reply that refuses it with examples (`day` when a coming interview's
 * day was read but its time is missing).
 */
export type DateReading = { ok: true; day: string; at: Date; label: string; endAt?: Date } | { ok: false; reply: string; day?: string };

const ASKS: Record<DateKind, { what: string; examples: string }> = {
  interview: { what: "a date and time", examples: "_yesterday at 3pm_, _today 10:30_ or _18 Nov 14:00_" },
  decision: { what: "a day ahead", examples: "_by Friday_, _end of next week_ or _Dec 3_, or say _no_" },
  day: { what: "a day ahead", examples: "_Monday_, _next Thursday_ or _Dec 3_" },
  upcoming: { what: "a day and time ahead", examples: "_next Tuesday 10am_, _Thursday 14:30_ or _3 Dec at 2pm_" },
};

const MAX_SHOWN = 60;

function refuse(kind: DateKind, answer: string, why?: string): DateReading {
  const shown = answer.length > MAX_SHOWN ? `${answer.slice(0, MAX_SHOWN - 1)}…` : answer;
  const { what, examples } = ASKS[kind];
  const lead = shown ? `I couldn't read “${quoteUser(shown)}” as ${what}` : `I didn't catch ${what} there`;
  return { ok: false, reply: `${lead}${why ? `: ${why}` : ""}. Try ${examples}.` };
}

function readWhole(kind: DateKind, answer: string, now: Date, tz: string, onDay?: string): DateReading {
  if (kind === "interview") {
    const r = parseInterviewTime(answer, now, tz);
    return r ? { ok: true, day: localDate(r.at, tz), at: r.at, label: r.label } : refuse(kind, answer);
  }
  if (kind === "upcoming") {
    const r = parseUpcomingTime(answer, now, tz, onDay);
    if (!r) return refuse(kind, answer);
    if ("day" in r) return { ok: false, day: r.day, reply: `What time on ${formatLocalDay(r.day)}? For example _${formatLocalDay(r.day).split(" ")[0]} 10am_.` };
    return { ok: true, day: localDate(r.at, tz), at: r.at, label: r.label, ...(r.endAt ? { endAt: r.endAt } : {}) };
  }
  const day = parseDecisionDate(answer, now, tz);
  if (!day) return refuse(kind, answer);
  return { ok: true, day, at: startOfLocalDay(day, tz).set({ hour: 12 }).toJSDate(), label: formatLocalDay(day) };
}

/**
 * Reads a date the user typed as an answer, in their zone: the whole answer must say it, else a
 * refusal with examples. `onDay` (local YYYY-MM-DD): the day a time alone ("3pm") falls on, when a
 * coming interview's day was named before.
 */
export function readDate(text: string, kind: DateKind, now: Date, tz: string, onDay?: string): DateReading {
  const answer = text.replace(/\s+/g, " ").trim();
  if (answer.length > 300) return refuse(kind, "", "that's longer than a date");
  const spans = chronoSpans(answer, now, tz);
  if (spans.length > 1) return refuse(kind, answer, "that names more than one day");
  const unplaced = unplacedWords(answer, spans);
  if (unplaced.length) return refuse(kind, answer, `I can't place “${quoteUser(unplaced.slice(0, 4).join(" "))}”`);
  return readWhole(kind, answer, now, tz, onDay);
}

/** The decision date somewhere in free text about next steps ("they'll decide by Friday"), or undefined; nothing is refused here. */
export function findDecisionDate(prose: string, now: Date, tz: string): string | undefined {
  const sentences = prose.split(/(?<=[.!?;])\s+|\n/).filter(Boolean);
  for (const s of [prose, ...sentences]) {
    const day = parseDecisionDate(s.slice(0, 300), now, tz);
    if (day) return day;
  }
  return undefined;
}

/** When an interview happened, from a date phrase already cut out of a longer line (the debrief's first line). */
export function findInterviewTime(phrase: string, now: Date, tz: string): { at: Date; label: string } | undefined {
  return parseInterviewTime(phrase, now, tz);
}

/** When a coming interview is, from a phrase in a longer line (logging it ahead); a day alone comes back as `{ day }`. */
export function findUpcomingTime(phrase: string, now: Date, tz: string, onDay?: string): UpcomingTime | undefined {
  return parseUpcomingTime(phrase, now, tz, onDay);
}
