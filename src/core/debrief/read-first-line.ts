// Reading everything a one-line start says: "/interview-done Acme, Lead Data Engineer, yesterday at
// 4pm, on site, with Dana Li (CTO), first round, not sure I want it".
import type { Interest } from "../model/interview.js";
import { safeZone } from "../plan/local-time.js";
import { chronoParse } from "../dates/chrono-parse.js";
import { findInterviewTime, findUpcomingTime } from "../dates/read-date.js";
import { MAX_INTERVIEWERS, readPeople, type PersonInput } from "./person-names.js";

/** What the text after `/interview-done` told us; anything absent is asked for in the chat. */
export interface FirstLine {
  company?: string;
  role?: string;
  when?: { at: Date; label: string; endAt?: Date };
  /** Read ahead only: a day was named without a time ("Thursday"), so the time is still to ask. */
  dayOnly?: string;
  format?: string;
  stage?: string;
  people: PersonInput[];
  interest?: Interest;
  /** Phrases that are facts about the interview but fit no field ("12 person startup"). */
  remarks: string[];
  /** Names beyond the most a debrief holds, left out. */
  tooMany: number;
}

const FILLER = /^(?:at|on|in|via|by|over|the|a|an|and|it|was|,|\s)*$/i;
const FORMAT_WORDS: [RegExp, string][] = [
  [/\b(?:phone|call|phone call|by phone)\b/i, "phone"],
  [/\b(?:video|zoom|google meet|meet|teams call|remote|webex)\b/i, "video"],
  [/\b(?:on[\s-]?site|in[\s-]person|at (?:the|their) office|office|in the office)\b/i, "on site"],
];
const STAGE =
  /^(?:(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th|\d)(?:\s+(?:round|stage|interview))?|(?:recruiter|phone|hr|hiring manager|technical|tech|culture|panel|team|system design|coding)\s+(?:screen|round|interview|chat)|screening|onsite loop|take[\s-]home(?: review)?|final round|panel)$/i;
const INTEREST: [RegExp, Interest][] = [
  [/\b(?:don'?t (?:really )?want|not interested|not for me|no longer (?:want|interested)|pass on (?:it|this))\b/i, "no"],
  [/\b(?:not sure|unsure|on the fence|undecided|mixed feelings|don'?t know if)\b/i, "unsure"],
  [/\b(?:really want|want it|excited|keen|loved it|love (?:it|them)|dream job)\b/i, "yes"],
];

/** The format a short phrase names ("video", "on site"), or undefined. */
export function readFormat(phrase: string): string | undefined {
  return FORMAT_WORDS.find(([re]) => re.test(phrase))?.[1];
}

/** The stage a short phrase names ("first round", "final"), or undefined. */
export function readStage(phrase: string): string | undefined {
  const t = phrase.trim().replace(/[.!]+$/, "");
  return STAGE.test(t) ? t : undefined;
}

/** Whether a remark says how the user feels about the job ("not sure I want it"). */
export function readInterestRemark(phrase: string): Interest | undefined {
  return INTEREST.find(([re]) => re.test(phrase))?.[1];
}

/** Splits at commas and semicolons that are not inside parentheses. */
function segments(text: string): string[] {
  return text
    .split(/\s*(?:[,;](?![^()]*\))|\s[-–—]\s)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The date phrase chrono finds in a segment, when it is all the segment says (besides "at", "on", a format); `ahead` reads the future. */
function dateIn(segment: string, now: Date, tz: string, line: FirstLine, ahead: boolean): { rest: string; when: FirstLine["when"] } | undefined {
  const found = chronoParse(segment, now, safeZone(tz, "UTC"), false)[0];
  if (!found) return undefined;
  const read = ahead ? findUpcomingTime(found.text, now, tz) : findInterviewTime(found.text, now, tz);
  if (read && "day" in read) line.dayOnly = read.day;
  const when = read && "at" in read ? read : undefined;
  if (!when && !line.dayOnly) return undefined;
  const rest = (segment.slice(0, found.index) + " " + segment.slice(found.index + found.text.length)).replace(/\s+/g, " ").trim();
  return { rest, when };
}

// One segment of the head or tail: a date, a format, a stage, a remark about wanting the job.
function readFact(segment: string, line: FirstLine, now: Date, tz: string, ahead: boolean): boolean {
  const dated = line.when || line.dayOnly ? undefined : dateIn(segment, now, tz, line, ahead);
  let rest = segment;
  if (dated) {
    if (dated.when) line.when = dated.when;
    rest = dated.rest;
  }
  if (FILLER.test(rest)) return Boolean(dated);
  const stripped = rest.replace(/^(?:at|via|over|by)\s+/i, "");
  const format = readFormat(stripped);
  const stage = readStage(stripped);
  if (stage) {
    line.stage ??= stage;
    if (format) line.format ??= format;
    return true;
  }
  if (format && stripped.split(/\s+/).length <= 4) {
    line.format ??= format;
    return true;
  }
  const interest = readInterestRemark(rest);
  if (interest) {
    line.interest ??= interest;
    line.remarks.push(segment.slice(0, 200));
    return true;
  }
  if (dated) line.remarks.push(rest.slice(0, 200));
  return Boolean(dated);
}

/** Reads company, role, when, format, stage, interviewers (titles in parentheses) and remarks from one line; `ahead` reads when as a time to come. */
export function readFirstLine(args: string, now: Date, tz: string, ahead = false): FirstLine {
  const line: FirstLine = { people: [], remarks: [], tooMany: 0 };
  const text = args.replace(/\s+/g, " ").trim().slice(0, 500);
  if (!text) return line;
  const withAt = text.search(/(?:^|[\s,])with\s/i);
  const head = withAt >= 0 ? text.slice(0, withAt) : text;
  const tail = withAt >= 0 ? text.slice(withAt).replace(/^[\s,]*with\s/i, "") : "";
  const plain: string[] = [];
  for (const segment of segments(head)) if (!readFact(segment, line, now, tz, ahead)) plain.push(segment);
  readCompanyAndRole(plain, line);
  if (tail) readTail(tail, line, now, tz, ahead);
  return line;
}

function readCompanyAndRole(plain: string[], line: FirstLine): void {
  const [first, second, ...more] = plain;
  if (!first) return;
  // "Staff Engineer at Acme", "Acme for the Staff Engineer role".
  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(first);
  const forRole = /^(.+?)\s+(?:for|as)\s+(?:the\s+|an?\s+)?(.+?)(?:\s+(?:role|position|job))?$/i.exec(first);
  if (!second && at) [line.role, line.company] = [at[1]!, at[2]!];
  else if (!second && forRole) [line.company, line.role] = [forRole[1]!, forRole[2]!];
  else {
    line.company = first;
    if (second) line.role = second;
  }
  line.company = line.company?.slice(0, 150);
  line.role = line.role?.slice(0, 150);
  line.remarks.push(...more.map((m) => m.slice(0, 200)));
}

function readTail(tail: string, line: FirstLine, now: Date, tz: string, ahead: boolean): void {
  const { people, other } = readPeople(tail);
  for (const phrase of other) {
    if (!readFact(phrase, line, now, tz, ahead)) line.remarks.push(phrase.slice(0, 200));
  }
  // readPeople keeps only names (each checked once: the check runs a tagger over the phrase).
  line.people = people.slice(0, MAX_INTERVIEWERS);
  line.tooMany = Math.max(0, people.length - MAX_INTERVIEWERS);
}
