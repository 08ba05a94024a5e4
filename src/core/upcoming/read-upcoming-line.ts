// Reading what the user says about an interview to come: "/interview-next Acme, Staff Engineer,
// Thursday 3pm for 45 minutes, video, with Dana Li (CTO)". The debrief's one-line reader does the
// work, reading the time forwards; the length is taken out first (chrono reads "45 minutes" as a time).
import type { UpcomingFacts } from "../model/conversation.js";
import { readFirstLine } from "../debrief/read-first-line.js";
import { MAX_INTERVIEWERS } from "../debrief/person-names.js";

const LENGTH = /(?:^|[\s,;(])((?:for|lasting|about|around|approx\.?|roughly)\s+)*(half an? hour|an? hour and a half|an? hour|one hour|\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?|m))(?:\s+long)?(?=$|[\s,;).])/i;
const MIN_MINUTES = 10;
const MAX_MINUTES = 8 * 60;

function minutesOf(phrase: string): number | undefined {
  const p = phrase.toLowerCase();
  if (p.startsWith("half")) return 30;
  if (/and a half/.test(p)) return 90;
  if (/^(?:an?|one) hour/.test(p)) return 60;
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]+)/.exec(p);
  if (!m) return undefined;
  const n = Number(m[1]) * (m[2]!.startsWith("h") ? 60 : 1);
  return Number.isFinite(n) && n >= MIN_MINUTES && n <= MAX_MINUTES ? Math.round(n) : undefined;
}

/** Takes a length ("for 45 minutes", "1.5h", "an hour") out of a line; "in 2 hours" is a start, not a length. */
export function takeLength(text: string): { rest: string; minutes?: number } {
  const m = LENGTH.exec(text);
  if (!m) return { rest: text };
  const start = m.index + m[0].indexOf(m[1] ?? m[2]!);
  const minutes = minutesOf(m[2]!);
  if (minutes === undefined || /\bin\s*$/i.test(text.slice(0, start))) return { rest: text };
  const rest = `${text.slice(0, start)} ${text.slice(m.index + m[0].length)}`;
  return { rest: rest.replace(/\s+/g, " ").replace(/\s+,/g, ",").replace(/,\s*,/g, ",").replace(/^[\s,]+|[\s,]+$/g, ""), minutes };
}

/** Reads one line about an interview to come into facts; anything it does not say is left out. */
export function readUpcomingLine(text: string, now: Date, tz: string): UpcomingFacts {
  const { rest, minutes } = takeLength(text.slice(0, 500));
  const line = readFirstLine(rest, now, tz, true);
  const span = line.when?.endAt ? Math.round((line.when.endAt.getTime() - line.when.at.getTime()) / 60_000) : undefined;
  const length = minutes ?? (span && span >= MIN_MINUTES && span <= MAX_MINUTES ? span : undefined);
  return {
    ...(line.company ? { company: line.company } : {}),
    ...(line.role ? { role: line.role } : {}),
    ...(line.when ? { at: line.when.at.getTime() } : {}),
    ...(line.dayOnly && !line.when ? { day: line.dayOnly } : {}),
    ...(line.format ? { format: line.format } : {}),
    ...(line.stage ? { stage: line.stage.slice(0, 150) } : {}),
    people: line.people.slice(0, MAX_INTERVIEWERS),
    ...(length ? { lengthMinutes: length } : {}),
    remarks: line.remarks.slice(0, 10),
  };
}

/** Facts said later fill what is still missing; names add to the list. */
export function mergeFacts(known: UpcomingFacts, more: UpcomingFacts): UpcomingFacts {
  const names = new Set(known.people.map((p) => p.name.toLowerCase()));
  const people = [...known.people, ...more.people.filter((p) => !names.has(p.name.toLowerCase()))].slice(0, MAX_INTERVIEWERS);
  const merged: UpcomingFacts = { ...more, ...stripUndefined(known), people, remarks: [...known.remarks, ...more.remarks].slice(0, 10) };
  // A time given now settles a day given earlier.
  if (merged.at !== undefined) delete merged.day;
  return merged;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
