// The debrief's facts as the composers use them: through the gate, and never more than the user said.
import type { Debrief, Interest, Interviewer } from "../model/interview.js";
import { restoreCapitals } from "./vet-phrase.js";
import { formatCheckInDay, formatInterviewDate, formatInterviewDay, parseCalendarDate } from "./calendar-day.js";
import { greetingName, type GreetingStyle } from "./letter-names.js";
import type { LetterContext } from "./letter-types.js";
import { readMaterial, type LetterMaterial } from "./read-material.js";

/** Facts every letter of one interview may draw on. */
export interface LetterFacts {
  role?: string;
  company?: string;
  /** Weekday of the interview: "Tuesday". */
  day?: string;
  /** The interview's date in full: "Tuesday 1 December", for notes written weeks later. */
  date?: string;
  /** The promised check-in day as a person says it ("Tuesday the 15th"), only when a follow-up is wanted. */
  checkinDay?: string;
  interest?: Interest;
  material: LetterMaterial;
  userName?: string;
  greeting: GreetingStyle;
  variant: number;
  /** Drawn from the interview's company, role and time, so two interviews' letters do not open and close alike. */
  seed: number;
}

/** One person a letter is built around. */
export interface PersonFacts {
  id: number | null;
  name: string;
  /** How the greeting addresses them, in the user's chosen style. */
  callName: string;
  title?: string;
  email?: string;
  /** This person's place among the interviewers, so their letter differs from the others'. */
  index: number;
}

// From what the interview is, never from a row id: the same debrief reads the same on every platform and database.
function seedOf(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.codePointAt(0)!) % 1_000_003;
  return h;
}

/** Normalizes the "try another version" counter to a small non-negative integer. */
function normalizeVariant(variant: number | undefined): number {
  return Number.isFinite(variant) ? Math.abs(Math.trunc(variant!)) : 0;
}

/**
 * The company as a letter writes it: a name typed all in lower case in a hurry ("northwind labs") gets its capitals;
 * one with a dot or a digit ("monday.com") or any capital already is the company's own spelling and stays.
 */
export function companyAsWritten(company: string | undefined): string | undefined {
  const name = company?.trim();
  if (!name) return undefined;
  if (name !== name.toLowerCase() || /[.\d@]/.test(name)) return name;
  // Each word with its capital; a short word no dictionary knows is an acronym ("eastfield usd" → "Eastfield USD").
  const written = restoreCapitals(name).replace(/(^|[\s-])(\p{Ll})/gu, (_, at: string, c: string) => at + c.toUpperCase());
  // "the marlowe" is "the Marlowe" mid-sentence, as people write it ("the role at the Marlowe").
  return written.replace(/^The\s/, "the ");
}

/** Reads the facts a letter may state from the debrief, through the letter-ready gate. */
export function gatherFacts(ctx: LetterContext): LetterFacts {
  const d = ctx.debrief;
  const wantsFollowUp = d.interest !== "no" && parseCalendarDate(d.checkinDate) !== undefined;
  return {
    role: d.role?.trim() || undefined,
    company: companyAsWritten(d.company),
    day: formatInterviewDay(d.happenedAt, ctx.tz),
    date: formatInterviewDate(d.happenedAt, ctx.tz),
    checkinDay: wantsFollowUp ? formatCheckInDay(d.checkinDate!, d.happenedAt, ctx.tz) : undefined,
    interest: d.interest,
    material: readMaterial(d, ctx.rephrased),
    userName: ctx.userName?.trim() || undefined,
    greeting: ctx.greeting ?? "first",
    variant: normalizeVariant(ctx.variant),
    seed: seedOf(`${d.company ?? ""}|${d.role ?? ""}|${d.happenedAt ?? ""}`),
  };
}

/** The facts about one interviewer. */
export function personFacts(p: Interviewer, index: number, f: LetterFacts): PersonFacts {
  const name = p.name.trim();
  return { id: p.id, name, callName: greetingName(name, f.greeting), title: p.title?.trim() || undefined, email: p.email?.trim() || undefined, index };
}

/** "the Data Engineer role at Acme", dropping whatever the debrief does not know. */
export function describeRole(f: Pick<LetterFacts, "role" | "company">): string {
  // "Software Engineer II (Backend)": the posting's bracket is for the job board; a letter says the title.
  const title = f.role?.replace(/\s*\([^)]*\)\s*$/, "").trim() || f.role;
  const role = title ? (/\b(?:role|position|job)$/i.test(title) ? `the ${title}` : `the ${title} role`) : "the role";
  return f.company ? `${role} at ${f.company}` : role;
}

/** " on Tuesday", or nothing when the day is unknown. */
export function onDay(f: LetterFacts): string {
  return f.day ? ` on ${f.day}` : "";
}

/** Who a letter goes to when no interviewer is named. */
export function hiringTeam(f: Pick<LetterFacts, "company">): string {
  // "Dear Marlowe hiring team," not "Dear the Marlowe hiring team,".
  return f.company ? `${f.company.replace(/^the\s+/i, "")} hiring team` : "Hiring team";
}

/** The team as the one reader of a letter when the debrief names nobody. */
export function teamAsPerson(f: LetterFacts): PersonFacts {
  return { id: null, name: hiringTeam(f), callName: f.company ? `${f.company} hiring team` : "hiring team", index: 0 };
}

/** The name line under the sign-off, when the user's name is known. */
export function signOff(line: string, f: Pick<LetterFacts, "userName">): string {
  return f.userName ? `${line}\n${f.userName}` : line;
}

/** The role's bare title for subjects ("Data Engineer", not "Data Engineer role"). */
export function bareRole(role: string | undefined): string | undefined {
  return role?.replace(/\s+(?:role|position)$/i, "") || undefined;
}
