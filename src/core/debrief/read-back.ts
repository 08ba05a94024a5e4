// The read-back: every interviewer's name in one question, near-miss spellings flagged, and the
// answer read as a confirmation, a fix ("Omar Hadad"), "drop <name>", "add <name>", or titles and emails.
import type { Debrief, Interviewer } from "../model/interview.js";
import { quoteUser } from "../messages.js";
import { measureEditDistance } from "../letters/edit-distance.js";
import type { TurnContext } from "../turn-context.js";
import { MAX_INTERVIEWERS, isPersonName, personLabel, readPeople, type PersonInput } from "./person-names.js";
import { readEmail, yesNo } from "./read-answer.js";

/** What applying an answer did: an acknowledgement, a re-ask, or stay on this step. */
export interface AnswerResult {
  ack?: string;
  retry?: string;
  stay?: boolean;
}

const list = (names: string[]) => (names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);
const shown = (p: Interviewer) => `*${quoteUser(p.name)}*${p.title ? ` (${quoteUser(p.title)})` : ""}`;

/** Spellings worth a second look: a name all in lower case, two names that differ by a letter or two. */
export function nearMisses(people: Interviewer[]): string[] {
  const notes: string[] = [];
  for (const p of people) if (p.name === p.name.toLowerCase() && /\p{L}/u.test(p.name)) notes.push(`*${quoteUser(p.name)}* is all lower case: is that how they write it?`);
  people.forEach((p, i) =>
    people.slice(i + 1).forEach((q) => {
      if (measureEditDistance(p.name.toLowerCase(), q.name.toLowerCase()) <= 2) notes.push(`*${quoteUser(p.name)}* and *${quoteUser(q.name)}* look alike: two people, or one?`);
    }),
  );
  return notes;
}

/** The read-back question: all the names at once, with what looks off. */
export function readBackPrompt(d: Debrief): string {
  const people = d.interviewers;
  const last = people.at(-1)!;
  const notes = nearMisses(people);
  const flagged = notes.length ? `${notes.join(" ")}\n` : "";
  const hasAll = people.every((p) => p.title && p.email);
  return (
    `${flagged}I have ${list(people.map(shown))}. Spelled exactly right? Type a fix, or _drop ${quoteUser(last.name)}_.` +
    (hasAll ? "" : ` Titles and emails are welcome too: _${quoteUser(last.name)} (title) email_.`)
  );
}

// Which interviewer a typed name means: the same name, one a letter or two away, or one sharing a first or last name.
function closest(people: Interviewer[], name: string): Interviewer | undefined {
  const lower = name.toLowerCase();
  const exact = people.find((p) => p.name.toLowerCase() === lower);
  if (exact) return exact;
  const near = people.filter((p) => measureEditDistance(p.name.toLowerCase(), lower) <= Math.max(2, Math.floor(lower.length / 4)));
  if (near.length === 1) return near[0];
  const words = new Set(lower.split(/\s+/));
  const sharing = people.filter((p) => p.name.toLowerCase().split(/\s+/).some((w) => w.length > 1 && words.has(w)));
  return sharing.length === 1 ? sharing[0] : undefined;
}

function drop(ctx: TurnContext, d: Debrief, who: string): AnswerResult {
  const target = /^\d+$/.test(who) ? d.interviewers[Number(who) - 1] : closest(d.interviewers, who);
  if (!target) return { retry: `I don't have anyone called *${quoteUser(who)}*. ${readBackPrompt(d)}` };
  ctx.store.interviews.setInterviewers(d.id, d.interviewers.filter((p) => p.id !== target.id).map((p) => p.name));
  return { ack: `Dropped *${quoteUser(target.name)}*.`, stay: d.interviewers.length > 1 };
}

function addOrFix(ctx: TurnContext, d: Debrief, people: PersonInput[]): number {
  const { interviews } = ctx.store;
  let changed = 0;
  let names = d.interviewers.map((p) => p.name);
  for (const person of people) {
    const match = closest(d.interviewers, person.name);
    if (match) {
      const patch = { ...(match.name !== person.name ? { name: person.name } : {}), ...(person.title ? { title: person.title } : {}), ...(person.email ? { email: person.email } : {}) };
      if (Object.keys(patch).length) interviews.updateInterviewer(d.id, match.id, patch);
      names = names.map((n) => (n === match.name ? person.name : n));
      changed++;
    } else if (isPersonName(person.name) && names.length < MAX_INTERVIEWERS) {
      names.push(person.name);
      interviews.setInterviewers(d.id, names);
      const added = interviews.interviewers(d.id).find((p) => p.name === person.name && !d.interviewers.some((o) => o.id === p.id));
      if (added && (person.title || person.email)) interviews.updateInterviewer(d.id, added.id, { ...(person.title ? { title: person.title } : {}), ...(person.email ? { email: person.email } : {}) });
      changed++;
    }
  }
  return changed;
}

// A bare email: the only interviewer's, or the one whose first or last name is in it.
function emailOnly(ctx: TurnContext, d: Debrief, text: string): boolean {
  const email = readEmail(text);
  if (!email || text.replace(email, "").replace(/[<>\s]/g, "") !== "") return false;
  const local = email.split("@")[0]!.toLowerCase();
  const owners = d.interviewers.length === 1 ? d.interviewers : d.interviewers.filter((p) => p.name.toLowerCase().split(/\s+/).some((w) => w.length > 1 && local.includes(w)));
  if (owners.length !== 1) return false;
  ctx.store.interviews.updateInterviewer(d.id, owners[0]!.id, { email });
  return true;
}

/** Applies an answer to the read-back; a change stays on it so the new list is read back. */
export function applyReadBack(ctx: TurnContext, d: Debrief, raw: string): AnswerResult {
  const t = raw.trim().replace(/[.!]+$/, "");
  if (yesNo(t) === true || /^(?:all |yes,? )?(?:good|right|correct|fine|perfect|spot on|all right)\b/i.test(t)) return {};
  const dropped = /^(?:drop|remove|delete|scratch|take out|not)\s+(.+)$/i.exec(t) ?? /^(.+?)\s+(?:is not|isn't|is no) (?:a person|an interviewer|one of them|a name)$/i.exec(t);
  if (dropped) return drop(ctx, d, dropped[1]!.trim());
  if (emailOnly(ctx, d, t)) return { ack: "Added the email.", stay: true };
  const adding = /^add\s+/i.test(t);
  const { people, other } = readPeople(t.replace(/^add\s+/i, ""));
  // A sentence about the interview typed here is notes, not names: nothing in it becomes an interviewer.
  if (other.length && !adding) return { retry: `That reads like notes about the interview; I'll ask about each person next. First, the names: ${readBackPrompt(d)}` };
  const changed = addOrFix(ctx, d, people);
  if (!changed) return { retry: `I couldn't match that to a name. ${readBackPrompt(d)}` };
  return { ack: "Updated.", stay: true };
}

export { personLabel };
