// The debrief's basics as one neutral form (a Slack modal, a Teams card): what it holds, prefilled
// from the command's text. The terminal asks the same things in conversation instead.
import { createHash, randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import { Actions } from "../actions.js";
import type { Form, FormField, UserRef } from "../types.js";
import { MAX_INTERVIEWERS } from "./person-names.js";
import { readFirstLine, type FirstLine } from "./read-first-line.js";

/** The form's id, which adapters use as their callback id. */
export const DEBRIEF_FORM_ID = "debrief";
/** Field limits, shared by the form and the check of what comes back. */
export const FORM_LIMITS = { company: 150, role: 150, stage: 150, name: 100, title: 150, notes: 500 } as const;
/** The format choices, as stored. */
export const FORMAT_CHOICES = [
  { label: "Phone", value: "phone" },
  { label: "Video", value: "video" },
  { label: "On site", value: "on site" },
];

/** Six random bytes as eight base64url characters, from Node's pool of random UUIDs (a call to the OS for six bytes costs more). */
function nonce6(): string {
  const u = randomUUID();
  // The first twelve hex digits of a v4 UUID are all random (the version digit comes after them).
  return Buffer.from(`${u.slice(0, 8)}${u.slice(9, 13)}`, "hex").toString("base64url");
}

/** The token of a form offered to `from` at `issuedAt`: when, a nonce (each form is its own), and a digest of who. */
export function formToken(from: UserRef, issuedAt: number, nonce = nonce6()): string {
  const who = createHash("sha256").update(`${from.platform}:${from.tenant}:${from.user}:${issuedAt}:${nonce}`).digest("base64url").slice(0, 16);
  return `f1.${issuedAt.toString(36)}.${nonce}.${who}`;
}

/** When the form behind `token` was offered, if it was offered to `from`; undefined for anyone else's or a malformed token. */
export function readFormToken(token: unknown, from: UserRef): number | undefined {
  if (typeof token !== "string" || token.length > 64) return undefined;
  const m = /^f1\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{8})\.[A-Za-z0-9_-]{16}$/.exec(token);
  if (!m) return undefined;
  const issuedAt = parseInt(m[1]!, 36);
  return Number.isSafeInteger(issuedAt) && formToken(from, issuedAt, m[2]!) === token ? issuedAt : undefined;
}

function text(id: string, label: string, maxLength: number, value?: string, extra: Partial<FormField> = {}): FormField {
  return { id, kind: "text", label, optional: true, maxLength, ...(value ? { value: value.slice(0, maxLength) } : {}), ...extra };
}

/** How long an interview logged ahead lasts, as the form offers it (minutes). */
export const LENGTH_CHOICES = [
  { label: "30 minutes", value: "30" },
  { label: "45 minutes", value: "45" },
  { label: "An hour", value: "60" },
  { label: "90 minutes", value: "90" },
  { label: "2 hours", value: "120" },
  { label: "3 hours", value: "180" },
];

/**
 * The fields every interview form has, prefilled from a first line: company, role, day, time,
 * format, stage, the people, notes. `ahead` (an interview to come) requires the company, day and
 * time, and adds its length.
 */
export function interviewFields(line: FirstLine, day: string, time: string | undefined, ahead = false, lengthMinutes = 60): FormField[] {
  const fields: FormField[] = [
    text("company", "Company", FORM_LIMITS.company, line.company, { placeholder: "As they write it", optional: !ahead }),
    text("role", "Role, with the exact title", FORM_LIMITS.role, line.role),
    { id: "date", kind: "date", label: "Day of the interview", optional: !ahead, value: day },
    { id: "time", kind: "time", label: ahead ? "Time it starts" : "Time it started", optional: !ahead, ...(time ? { value: time } : {}) },
  ];
  const length = LENGTH_CHOICES.find((c) => c.value === String(lengthMinutes))?.value ?? "60";
  if (ahead) fields.push({ id: "length", kind: "choice", label: "How long", optional: true, choices: LENGTH_CHOICES, value: length });
  fields.push(
    { id: "format", kind: "choice", label: "Format", optional: true, choices: FORMAT_CHOICES, ...(line.format ? { value: line.format } : {}) },
    text("stage", "Stage", FORM_LIMITS.stage, line.stage, { placeholder: "First round, final round…" }),
  );
  for (let i = 0; i < MAX_INTERVIEWERS; i++) {
    const p = line.people[i];
    const group = `person${i + 1}`;
    fields.push(text(`name${i + 1}`, `Interviewer ${i + 1}`, FORM_LIMITS.name, p?.name, { group, placeholder: "Name, spelled as they spell it" }));
    fields.push(text(`title${i + 1}`, "Their title (optional)", FORM_LIMITS.title, p?.title, { group }));
  }
  fields.push(text("notes", "Anything else to keep (optional)", FORM_LIMITS.notes, line.remarks.join("; ") || undefined));
  return fields;
}

/** The debrief form for `from`, prefilled from the text after `/interview-done`, dates and times in the user's zone. */
export function debriefForm(from: UserRef, args: string, now: Date, tz: string): Form {
  const line = readFirstLine(args, now, tz);
  const when = line.when ? DateTime.fromJSDate(line.when.at, { zone: tz }) : undefined;
  const today = DateTime.fromJSDate(now, { zone: tz });
  return {
    id: DEBRIEF_FORM_ID,
    title: "Your interview",
    intro: "The basics while they're fresh; all optional. A few questions follow in our chat.",
    submitLabel: "Continue",
    submit: Actions.debriefForm,
    token: formToken(from, now.getTime()),
    fields: interviewFields(line, (when ?? today).toISODate()!, when?.toFormat("HH:mm")),
  };
}
