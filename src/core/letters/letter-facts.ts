// The debrief's facts as the composers use them: cleaned, embedded, and never more than the user said.
import type { Debrief, Interest, Interviewer } from "../model/interview.js";
import { formatFollowUpDay, formatInterviewDay, parseCalendarDate } from "./calendar-day.js";
import type { LetterContext } from "./letter-types.js";
import { readExample, readNeeds, readPlain, readSpecific, type Fragment } from "./text-fragment.js";

/** Facts every letter of one interview may draw on. */
export interface LetterFacts {
  role?: string;
  company?: string;
  /** Weekday of the interview: "Tuesday". */
  day?: string;
  /** The promised check-in day, "Friday 5 December", only when a follow-up is wanted. */
  checkinDay?: string;
  interest?: Interest;
  needs?: string;
  /** The user's own example: what went well in the interview. */
  example?: string;
  /** The key points of the conversation, the fallback when no example is known. */
  points?: string;
  /** Something that never came up, kept only when a team need gives it a reason. */
  unsaid?: string;
  userName?: string;
  keepCaps: ReadonlySet<string>;
  variant: number;
}

/** One person a letter is built around. */
export interface PersonFacts {
  id: number | null;
  name: string;
  /** How the greeting addresses them: first name, or the full name after a title such as Dr. */
  callName: string;
  title?: string;
  email?: string;
  specific?: Fragment;
  /** This person's place among the interviewers, so their letter differs from the others'. */
  index: number;
}

function words(text: string | undefined): string[] {
  return (text ?? "").split(/\s+/).filter((w) => w.length > 0);
}

/** Words the debrief spells with a capital mid-sentence (names, products): never lower-cased when embedded. */
function properWords(d: Debrief, userName?: string): Set<string> {
  const keep = new Set<string>();
  const add = (t: string | undefined): void => {
    for (const w of words(t)) keep.add(w.replace(/[^\p{L}\p{M}\p{N}'’-]/gu, ""));
  };
  add(d.company);
  add(userName);
  add(d.recruiter?.name);
  for (const p of d.interviewers) add(p.name);
  const answers = [d.keyPoints, d.teamNeeds, d.wentWell, d.unsaid, d.theirAnswers, d.nextSteps, ...d.interviewers.map((p) => p.specific)];
  for (const a of answers) {
    for (const m of (a ?? "").matchAll(/(?<=[\p{L}\p{N},]\s+)(\p{Lu}[\p{L}\p{M}\p{N}'’-]*)/gu)) keep.add(m[1]!);
  }
  return keep;
}

/** Normalizes the "try another version" counter to a small non-negative integer. */
function normalizeVariant(variant: number | undefined): number {
  return Number.isFinite(variant) ? Math.abs(Math.trunc(variant!)) : 0;
}

/** Reads the facts a letter may state from the debrief. */
export function gatherFacts(ctx: LetterContext): LetterFacts {
  const d = ctx.debrief;
  const keepCaps = properWords(d, ctx.userName);
  const needs = readNeeds(d.teamNeeds, keepCaps);
  const wantsFollowUp = d.interest !== "no" && parseCalendarDate(d.checkinDate) !== undefined;
  return {
    role: d.role?.trim() || undefined,
    company: d.company?.trim() || undefined,
    day: formatInterviewDay(d.happenedAt, ctx.tz),
    checkinDay: wantsFollowUp ? formatFollowUpDay(d.checkinDate!) : undefined,
    interest: d.interest,
    needs,
    example: readExample(d.wentWell, keepCaps),
    points: readPlain(d.keyPoints, keepCaps),
    unsaid: needs ? readPlain(d.unsaid, keepCaps) : undefined,
    userName: ctx.userName?.trim() || undefined,
    keepCaps,
    variant: normalizeVariant(ctx.variant),
  };
}

/** True when a name starts with a title such as Dr. or Prof. */
export function hasTitle(name: string): boolean {
  return /^(?:dr|prof|professor|mr|mrs|ms|mx)\.?$/i.test(words(name)[0] ?? "");
}

/** The name a greeting uses: "Dana" for "Dana Li", title and surname for "Dr. Amara Okafor" ("Dr. Okafor"). */
export function callNameOf(name: string): string {
  const parts = words(name);
  if (parts.length <= 1) return name.trim();
  if (hasTitle(name)) return parts.length > 2 ? `${parts[0]} ${parts[parts.length - 1]}` : name.trim();
  return parts[0]!;
}

/** The facts about one interviewer. */
export function personFacts(p: Interviewer, index: number, keepCaps: ReadonlySet<string>): PersonFacts {
  const name = p.name.trim();
  return {
    id: p.id,
    name,
    callName: callNameOf(name),
    title: p.title?.trim() || undefined,
    email: p.email?.trim() || undefined,
    specific: readSpecific(p.specific, keepCaps),
    index,
  };
}

/** "the Data Engineer role at Acme", dropping whatever the debrief does not know. */
export function describeRole(f: LetterFacts): string {
  const role = f.role ? (/\b(?:role|position|job)$/i.test(f.role) ? `the ${f.role}` : `the ${f.role} role`) : "the role";
  return f.company ? `${role} at ${f.company}` : role;
}

/** " on Tuesday", or nothing when the day is unknown. */
export function onDay(f: LetterFacts): string {
  return f.day ? ` on ${f.day}` : "";
}

/** Who a letter goes to when no interviewer is named. */
export function hiringTeam(f: LetterFacts): string {
  return f.company ? `${f.company} hiring team` : "Hiring team";
}
