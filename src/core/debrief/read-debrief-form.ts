// Checking a submitted debrief form: only the fields the form has, each a string within its limit,
// a real day and time in the user's zone. Anything else is refused whole, so nothing half-read is stored.
import { DateTime } from "luxon";
import { FORM_LIMITS, FORMAT_CHOICES, LENGTH_CHOICES } from "./debrief-form.js";
import { MAX_INTERVIEWERS, isPersonName, type PersonInput } from "./person-names.js";
import { readInterestRemark } from "./read-first-line.js";
import { cleanAnswer } from "./read-answer.js";
import type { DebriefBasics } from "./start-debrief.js";

/** A form read back: the basics (and, ahead, the length), and names that were left out because they don't read as names. */
export type FormReading = { ok: true; basics: DebriefBasics; notNames: string[]; lengthMinutes?: number } | { ok: false; problem: string };

const MAX_PAST_DAYS = 366;
const KNOWN = new Set([
  "company", "role", "date", "time", "format", "stage", "notes",
  ...Array.from({ length: MAX_INTERVIEWERS }, (_, i) => [`name${i + 1}`, `title${i + 1}`]).flat(),
]);
// The form for an interview to come has its length too.
const KNOWN_AHEAD = new Set([...KNOWN, "length"]);
const LIMIT: Record<string, number> = { ...FORM_LIMITS, date: 10, time: 5, format: 20, length: 3 };

function limitOf(id: string): number {
  return LIMIT[id.replace(/\d+$/, "")] ?? 0;
}

// Every value a string (or absent), every key one the form has, every length within the form's limit.
function readStrings(fields: unknown, ahead: boolean): Record<string, string> | string {
  if (!fields || typeof fields !== "object" || Array.isArray(fields)) return "the form's answers are missing";
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(fields)) {
    if (!(ahead ? KNOWN_AHEAD : KNOWN).has(id)) return `the form has no field "${id.slice(0, 40)}"`;
    if (value === null || value === undefined) continue;
    if (typeof value !== "string") return `the ${id} field is not text`;
    if (value.length > limitOf(id)) return `the ${id} field is longer than the form allows`;
    const clean = cleanAnswer(value, limitOf(id)).value;
    if (clean) out[id] = clean;
  }
  return out;
}

// An interview to come: a day from today to a year ahead, and the time it starts, both needed.
function readWhenAhead(v: Record<string, string>, now: Date, tz: string): Date | string {
  if (!v.date || !v.time) return "the day and the time it starts are both needed";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date) || !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(v.time)) return "the day or the time is not one";
  const [hour, minute] = v.time.split(":").map(Number);
  const at = DateTime.fromISO(v.date, { zone: tz }).set({ hour, minute });
  const today = DateTime.fromJSDate(now, { zone: tz }).startOf("day");
  if (!at.isValid || at < today || at > today.plus({ days: MAX_PAST_DAYS })) return "the day is not between today and a year from now";
  return at.toJSDate();
}

function readWhen(v: Record<string, string>, now: Date, tz: string): Date | undefined | string {
  if (!v.date) return v.time ? "a time was given without a day" : undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) return "the day is not a date";
  if (v.time && !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(v.time)) return "the time is not a time of day";
  const day = DateTime.fromISO(v.date, { zone: tz });
  if (!day.isValid) return "the day is not a date";
  const today = DateTime.fromJSDate(now, { zone: tz }).startOf("day");
  if (day > today.plus({ days: 1 }) || day < today.minus({ days: MAX_PAST_DAYS })) return "the day is too far from today";
  const [hour, minute] = (v.time ?? "").split(":").map(Number);
  // No time given: today means "just now", an earlier day its middle.
  const at = v.time ? day.set({ hour, minute }) : day.hasSame(today, "day") ? DateTime.fromJSDate(now, { zone: tz }) : day.set({ hour: 12 });
  return at.toJSDate();
}

function readPeopleFields(v: Record<string, string>): { people: PersonInput[]; notNames: string[] } {
  const people: PersonInput[] = [];
  const notNames: string[] = [];
  for (let i = 1; i <= MAX_INTERVIEWERS; i++) {
    const name = v[`name${i}`];
    if (!name) continue;
    if (!isPersonName(name)) {
      notNames.push(name);
      continue;
    }
    const title = v[`title${i}`];
    people.push({ name, ...(title ? { title } : {}) });
  }
  return { people, notNames };
}

/** Reads a submitted debrief form (`ahead`: the form for an interview to come) in the user's zone, or says what is wrong with it. */
export function readDebriefForm(fields: unknown, now: Date, tz: string, ahead = false): FormReading {
  const v = readStrings(fields, ahead);
  if (typeof v === "string") return { ok: false, problem: v };
  if (v.format && !FORMAT_CHOICES.some((c) => c.value === v.format)) return { ok: false, problem: "the format is not one of the choices" };
  if (v.length && !LENGTH_CHOICES.some((c) => c.value === v.length)) return { ok: false, problem: "the length is not one of the choices" };
  if (ahead && !v.company) return { ok: false, problem: "the company is needed" };
  const when = ahead ? readWhenAhead(v, now, tz) : readWhen(v, now, tz);
  if (typeof when === "string") return { ok: false, problem: when };
  const { people, notNames } = readPeopleFields(v);
  const remarks = [...(v.notes ? [v.notes] : []), ...notNames];
  const basics: DebriefBasics = {
    people,
    ...(v.company ? { company: v.company } : {}),
    ...(v.role ? { role: v.role } : {}),
    ...(when ? { happenedAt: when } : {}),
    ...(v.format ? { format: v.format } : {}),
    ...(v.stage ? { stage: v.stage } : {}),
    ...(v.notes && readInterestRemark(v.notes) ? { interest: readInterestRemark(v.notes) } : {}),
    ...(remarks.length ? { remarks } : {}),
  };
  return { ok: true, basics, notNames, ...(v.length ? { lengthMinutes: Number(v.length) } : {}) };
}
