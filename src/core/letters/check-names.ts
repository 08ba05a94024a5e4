// Names, the company and the role exactly as confirmed: near misses ("Dana Lee" for "Dana Li", "Acme Corp" for "Acme",
// "ACME") are found word by word with an edit distance, anchored on the words that did match.
import { companyAsWritten } from "./letter-facts.js";
import { nameAsWritten } from "./letter-names.js";
import type { Debrief } from "../model/interview.js";
import { measureEditDistance } from "./edit-distance.js";
import type { CheckedLetter, Finding } from "./letter-types.js";
import { isCommonWord } from "./load-speller.js";
import { tokenize, type Token } from "./text-tokens.js";

type EntityKind = "person" | "company" | "role";
interface Entity {
  kind: EntityKind;
  text: string;
  words: string[];
}
type Match = "exact" | "case" | "strong" | "weak" | "none";

const CODES: Record<EntityKind, string> = { person: "name.misspelled", company: "company.misspelled", role: "role.misspelled" };
const LABELS: Record<EntityKind, string> = { person: "the name is confirmed as", company: "the company is confirmed as", role: "the role is confirmed as" };
const SUFFIXES = /^(?:inc|corp|corporation|co|company|ltd|limited|llc|plc|gmbh|ag|sa|bv|pty|group|holdings)$/i;
const HONORIFIC = /^(?:mr|mrs|ms|mx|dr|prof)$/i;
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** How close a written word is to a confirmed one: equal, only the capitals differ, one typo away, or loosely alike. */
function compare(written: string, confirmed: string): Match {
  if (written === confirmed) return "exact";
  const a = written.toLowerCase();
  const b = confirmed.toLowerCase();
  if (a === b) return "case";
  const distance = measureEditDistance(a, b);
  const shorter = Math.min([...a].length, [...b].length);
  if ((distance <= 1 && shorter >= 4) || (distance <= 2 && shorter >= 7)) return "strong";
  // Loose likeness only counts beside a word that matched exactly: "Dana Lee" for "Dana Li".
  // Names are capitalized, so "Dana led" is not a slip for "Dana Li" while "Dana Lee" is.
  const capitalLike = !/^\p{Lu}/u.test(confirmed) || /^\p{Lu}/u.test(written);
  if (distance <= 2 && a[0] === b[0] && shorter >= 2 && capitalLike) return "weak";
  return "none";
}

/** Every word of the debrief's answers as written. */
function debriefWords(d: Debrief): string[] {
  const texts = [d.format, d.stage, d.keyPoints, d.teamNeeds, d.theirAnswers, d.nextSteps, d.wentWell, d.differently, d.unsaid, d.pluses, d.minuses, d.reflection];
  return [...texts, ...d.interviewers.flatMap((p) => [p.title, p.specific])].flatMap((t) => tokenize(t ?? "").map((x) => x.word));
}

/** The people, company and role a letter must spell as confirmed. */
function entitiesOf(d: Debrief): Entity[] {
  const make = (kind: EntityKind, text: string | undefined): Entity[] => {
    const words = tokenize(text ?? "").map((t) => t.word);
    return words.length > 0 ? [{ kind, text: text!.trim(), words }] : [];
  };
  return [
    // A name typed all in small letters is written with capitals in letters, as the greeting does.
    ...d.interviewers.flatMap((p) => make("person", nameAsWritten(p.name))),
    ...make("person", d.recruiter?.name ? nameAsWritten(d.recruiter.name) : undefined),
    // A company typed all in lower case is written with its capitals in letters; that spelling is the one to keep.
    ...make("company", companyAsWritten(d.company)),
    ...make("role", d.role),
  ];
}

function excerpt(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.index, tokens[to]!.index + tokens[to]!.raw.length);
}

/** A lone near-miss word with no exact neighbour: skip ordinary words, weekdays and words the debrief itself uses. */
function isPlausibleSlip(t: Token, known: ReadonlySet<string>): boolean {
  if (known.has(t.word) || CALENDAR.test(t.word)) return false;
  const ordinary = isCommonWord(t.word);
  return !(ordinary && (t.sentenceStart || /^\p{Ll}/u.test(t.word)));
}

function checkEntity(text: string, tokens: Token[], e: Entity, known: ReadonlySet<string>, typed: ReadonlySet<string>, out: Map<string, Finding>): void {
  const n = e.words.length;
  const flag = (from: number, to: number): void => {
    const written = excerpt(text, tokens, from, to);
    out.set(`${e.kind}:${written}`, { code: CODES[e.kind], message: `The letter says "${written}", but ${LABELS[e.kind]} "${e.text}".` });
  };
  for (let p = 0; p < tokens.length; p++) {
    for (let k = 0; k < n; k++) {
      const at = compare(tokens[p]!.word, e.words[k]!);
      if (at === "none" || (at !== "exact" && known.has(tokens[p]!.word))) continue;
      const start = p - k;
      const matches: Match[] = e.words.map((w, j) => {
        const t = tokens[start + j];
        if (!t || t.clause !== tokens[p]!.clause) return "none";
        const m = compare(t.word, w);
        return m !== "exact" && known.has(t.word) ? "none" : m;
      });
      // A title right before a surname anchors it too: "Ms. Lee" for "Dana Li".
      const before = tokens[start + k - 1];
      const titled = e.kind === "person" && k > 0 && !!before && before.clause === tokens[p]!.clause && HONORIFIC.test(before.word);
      const anchored = matches.includes("exact") || titled;
      // The run of alike words around position k; loose likeness only extends a run that has an exact anchor.
      const ok = (m: Match): boolean => m !== "none" && (anchored || m !== "weak");
      if (!ok(matches[k]!)) continue;
      let lo = k;
      let hi = k;
      while (lo > 0 && ok(matches[lo - 1]!)) lo--;
      while (hi < n - 1 && ok(matches[hi + 1]!)) hi++;
      const run = matches.slice(lo, hi + 1);
      const exactRun = run.every((m) => m === "exact");
      if (exactRun) {
        checkCompanySuffix(tokens, e, start, lo, hi, flag);
        continue;
      }
      const full = hi - lo + 1 === n;
      const hasExact = run.includes("exact") || titled;
      const lone = !full && !hasExact && run.every((_, j) => isPlausibleSlip(tokens[start + lo + j]!, typed));
      if ((full && n > 1) || hasExact || lone || (full && isPlausibleSlip(tokens[start + lo]!, typed))) flag(start + lo, start + hi);
    }
  }
}

/** "Acme Corp" written for "Acme", or "Acme" for "Acme Corp": a legal suffix added or dropped. */
function checkCompanySuffix(tokens: Token[], e: Entity, start: number, lo: number, hi: number, flag: (from: number, to: number) => void): void {
  if (e.kind !== "company" || lo !== 0) return;
  const next = tokens[start + hi + 1];
  const sameClause = next && next.clause === tokens[start]!.clause;
  if (hi === e.words.length - 1 && sameClause && SUFFIXES.test(next.word)) flag(start, start + hi + 1);
  else if (hi === e.words.length - 2 && SUFFIXES.test(e.words[hi + 1]!) && !(sameClause && next.word === e.words[hi + 1])) flag(start, start + hi);
}

/** Checks every person's name, the company and the role, in the body and the subject. */
export function checkNames(letter: CheckedLetter, d: Debrief, userName?: string): Finding[] {
  const entities = entitiesOf(d);
  const known = new Set([...entities.flatMap((e) => e.words), ...tokenize(userName ?? "").map((t) => t.word)]);
  // A word the user typed into the debrief (a title, a product, a place) is not a lone slip; beside a name it still can be.
  const typed = new Set([...known, ...debriefWords(d)]);
  const out = new Map<string, Finding>();
  for (const text of [letter.subject, letter.body]) {
    const tokens = tokenize(text);
    for (const e of entities) checkEntity(text, tokens, e, known, typed, out);
  }
  const findings = [...out.values()];
  const person = letter.interviewerId === null ? undefined : d.interviewers.find((p) => p.id === letter.interviewerId);
  if (person) {
    if (letter.recipient.trim() !== person.name.trim()) {
      findings.push({ code: "name.recipient-mismatch", message: `This letter is addressed to "${letter.recipient}", but the interviewer is confirmed as "${person.name}".` });
    }
    if ((letter.kind === "thanks" || letter.kind === "card") && !mentions(letter.body, nameAsWritten(person.name))) {
      findings.push({ code: "name.recipient-missing", message: `Address ${person.name} by name; the letter never says "${tokenize(person.name)[0]?.word ?? person.name}".` });
    }
  }
  return findings;
}

/** True when the body names the person: the whole name, the first name, or a title before a later name. */
function mentions(body: string, name: string): boolean {
  const words = tokenize(name).map((t) => t.word);
  const said = tokenize(body);
  return said.some((t, i) => {
    if (t.word === words[0]) return true;
    const later = words.slice(1).includes(t.word);
    return later && HONORIFIC.test(said[i - 1]?.word ?? "");
  });
}
