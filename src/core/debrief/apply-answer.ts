import type { DebriefField } from "../model/interview.js";
import type { Debrief } from "../model/interview.js";
import { quoteUser } from "../messages.js";
import { formatLocalDay } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import { findDecisionDate, readDate } from "../dates/read-date.js";
import { MAX_INTERVIEWERS, isPersonName, readPeople } from "./person-names.js";
import { questionFor, personOf } from "./questions.js";
import { applyReadBack, type AnswerResult } from "./read-back.js";
import { readFormat } from "./read-first-line.js";
import { MAX_LONG, MAX_SHORT, cleanAnswer, readEmail, yesNo } from "./read-answer.js";

export type { AnswerResult };

const TRIMMED = (max: number) => `That was a long one, so I kept the first ${max.toLocaleString("en-US")} characters.`;
const NO_DATE = /^(?:no|none|no date|not said|nothing|didn'?t say|did not say|unknown|they didn'?t say)\b/i;
// Words that say a decision has a time attached even when no day can be read from them.
const TIMING = /\b(?:soon|shortly|days?|weeks?|fortnight|months?|by|within|end of|next|couple|few|decid\w*|hear back|get back|let me know)\b/i;

/** True when an answer about next steps names timing, so a day is worth asking for if none could be read. */
export function namesTiming(text: string): boolean {
  return TIMING.test(text);
}

function decisionAck(date: string): string {
  return `Noted: a decision by ${formatLocalDay(date)}.`;
}

function setText(ctx: TurnContext, d: Debrief, field: DebriefField, raw: string, max: number): AnswerResult {
  const a = cleanAnswer(raw, max);
  ctx.store.interviews.setField(d.id, field, a.value);
  return { ack: a.trimmed ? TRIMMED(max) : undefined };
}

// "Acme, Staff Engineer", "Staff Engineer at Acme": a company and a role in one answer.
function applyBasics(ctx: TurnContext, d: Debrief, raw: string): AnswerResult {
  const t = cleanAnswer(raw, 400).value;
  if (d.company && !d.role) return setText(ctx, d, "role", t, MAX_SHORT);
  if (d.role && !d.company) return setText(ctx, d, "company", t, MAX_SHORT);
  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(t);
  const parts = at ? [at[2]!, at[1]!] : t.split(/\s*(?:,|;|\s[-–—]\s|\n)\s*/).filter(Boolean);
  if (parts[0]) ctx.store.interviews.setField(d.id, "company", parts[0].slice(0, MAX_SHORT));
  if (parts[1]) ctx.store.interviews.setField(d.id, "role", parts.slice(1).join(", ").slice(0, MAX_SHORT));
  return {};
}

function applyFormatStage(ctx: TurnContext, d: Debrief, raw: string): AnswerResult {
  const t = cleanAnswer(raw, 200).value;
  const format = readFormat(t);
  if (format) ctx.store.interviews.setField(d.id, "format", format);
  const stage = t
    .replace(/\b(?:by |on |over |via |in )?(?:phone|call|video|zoom|google meet|teams|remote|on[\s-]?site|in[\s-]person|office)\b/gi, "")
    .replace(/^[\s,;:.-]+|[\s,;:.-]+$/g, "")
    .trim();
  if (stage) ctx.store.interviews.setField(d.id, "stage", stage.slice(0, MAX_SHORT));
  if (!format && !stage) return { retry: "Phone, video or on site? And the stage if you know it, like _first round_. Or _skip_." };
  return {};
}

function applyNames(ctx: TurnContext, d: Debrief, raw: string): AnswerResult {
  const { people, other } = readPeople(raw);
  if (people.length === 0) {
    const why = other.length ? ` *${quoteUser(other[0]!)}* doesn't read as a name.` : "";
    return { retry: `I need at least one name there, like _Dana Li (CTO), Omar Haddad_.${why} Or _skip_.` };
  }
  if (people.length > MAX_INTERVIEWERS) return { retry: `That's more names than I can keep track of. List up to ${MAX_INTERVIEWERS}, the people you spoke with most.` };
  ctx.store.interviews.setInterviewers(d.id, people.map((p) => p.name));
  const stored = ctx.store.interviews.interviewers(d.id);
  people.forEach((p, i) => {
    const row = stored[i];
    if (row && (p.title || p.email)) ctx.store.interviews.updateInterviewer(d.id, row.id, { ...(p.title ? { title: p.title } : {}), ...(p.email ? { email: p.email } : {}) });
  });
  return {};
}

function applyNextSteps(ctx: TurnContext, d: Debrief, raw: string): AnswerResult {
  const result = setText(ctx, d, "nextSteps", raw, MAX_LONG);
  const date = findDecisionDate(raw, ctx.now, ctx.tz);
  ctx.store.interviews.setField(d.id, "decisionDate", date);
  if (date) return { ack: [result.ack, decisionAck(date)].filter(Boolean).join(" ") };
  return result;
}

function applyDecision(ctx: TurnContext, d: Debrief, raw: string): AnswerResult {
  if (yesNo(raw) === false || NO_DATE.test(raw.trim())) {
    ctx.store.interviews.setField(d.id, "decisionDate", undefined);
    return { ack: "No date, then. I'll plan around two weeks." };
  }
  const read = readDate(raw, "decision", ctx.now, ctx.tz);
  if (!read.ok) return { retry: read.reply };
  ctx.store.interviews.setField(d.id, "decisionDate", read.day);
  return { ack: decisionAck(read.day) };
}

function applyRecruiter(ctx: TurnContext, d: Debrief, raw: string): AnswerResult {
  const yn = yesNo(raw);
  if (yn === false) {
    ctx.store.interviews.setRecruiter(d.id, undefined);
    return {};
  }
  if (yn === true) return { retry: "What's the recruiter's name? Add their email too if you have it." };
  const email = readEmail(raw);
  const name = cleanAnswer(raw.replace(email ?? "", "").replace(/^(?:yes|yeah|yep)[,:]?\s+/i, "").replace(/[,;<>()]+/g, " ").replace(/\s+/g, " "), 100).value;
  if (!/\p{L}/u.test(name)) return { retry: "What's the recruiter's name?" };
  ctx.store.interviews.setRecruiter(d.id, email ? { name, email } : { name });
  return {};
}

function applyPerson(ctx: TurnContext, d: Debrief, step: string, raw: string): AnswerResult {
  const person = personOf(step, d);
  // A step about someone no longer on the list stores nothing; the flow moves past it.
  if (!person) return {};
  const { interviews } = ctx.store;
  const kind = questionFor(step)!.kind;
  if (kind === "long") {
    const a = cleanAnswer(raw, MAX_LONG);
    interviews.updateInterviewer(d.id, person.id, { specific: a.value });
    return { ack: a.trimmed ? TRIMMED(MAX_LONG) : undefined };
  }
  if (kind === "email") {
    const email = readEmail(raw);
    if (!email) return { retry: "That doesn't look like an email address. Try again, or _skip_." };
    interviews.updateInterviewer(d.id, person.id, { email });
    return {};
  }
  const value = cleanAnswer(raw, kind === "name" ? 100 : MAX_SHORT).value;
  if (kind === "name" && !isPersonName(value) && !/\p{L}/u.test(value)) return { retry: "Type the name exactly as it should be spelled." };
  interviews.updateInterviewer(d.id, person.id, kind === "name" ? { name: value } : { title: value });
  return {};
}

/** Stores the answer to `step` on the interview (or its interviewer); never loses what was stored. */
export function applyAnswer(ctx: TurnContext, d: Debrief, step: string, raw: string): AnswerResult {
  const q = questionFor(step);
  if (!q) return {};
  if (!raw.trim()) return { retry: "I didn't catch an answer there. Type it, or _skip_." };
  if (step.startsWith("person.")) return applyPerson(ctx, d, step, raw);
  switch (q.kind) {
    case "basics":
      return applyBasics(ctx, d, raw);
    case "company":
    case "role":
    case "stage":
      return setText(ctx, d, q.kind, raw, MAX_SHORT);
    case "format":
      ctx.store.interviews.setField(d.id, "format", readFormat(raw) ?? cleanAnswer(raw, 40).value);
      return {};
    case "formatStage":
      return applyFormatStage(ctx, d, raw);
    case "when": {
      const read = readDate(raw, "interview", ctx.now, ctx.tz);
      if (!read.ok) return { retry: read.reply };
      ctx.store.interviews.setField(d.id, "happenedAt", read.at.toISOString());
      return { ack: `Got it: ${read.label}.` };
    }
    case "names":
      return applyNames(ctx, d, raw);
    case "readback":
      return applyReadBack(ctx, d, raw);
    case "nextSteps":
      return applyNextSteps(ctx, d, raw);
    case "decision":
      return applyDecision(ctx, d, raw);
    case "recruiter":
      return applyRecruiter(ctx, d, raw);
    default:
      return setText(ctx, d, q.key as DebriefField, raw, MAX_LONG);
  }
}
