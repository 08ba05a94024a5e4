// The first pass of the letter-ready gate: a hurried note becomes plain clauses, with the self-talk set apart.
import { hasFiniteVerb, judgesAPerson } from "./nlp.js";
import { CHAT_PHRASES, CHAT_WORDS, FACT_WRAPPERS, ID_AS_I_WOULD, SELF_ASSESSMENT, SELF_NOTES, SHORTHAND } from "./note-lexicon.js";

/** Why a note cannot reach a letter as written. */
/** Why a note cannot reach a letter: nothing left after the emoji and chat, a paste too long, only "nothing", only self-talk. */
export type Refusal = "empty" | "long" | "nothing" | "self-talk";

/** A note read for letters: the clauses that may hold facts, and what was set apart. */
export interface CleanNote {
  clauses: string[];
  /** Clauses judging the interview or the user's own performance: for the coaching, never a letter. */
  selfAssessment: string[];
  /** Facts the user had wrapped in a note to self ("forgot to mention X"), also among `clauses`. */
  wrapped: string[];
  refusal?: Refusal;
}

// A pasted page is not a note: past these, the gate asks for one sentence instead of guessing.
const MAX_CHARS = 600;
const MAX_WORDS = 60;
const MAX_CLAUSES = 5;

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u20E3]/gu;
const EMOTICON = /(?:^|\s)(?:[:;=8xX]-?[()DPpOo/\\|3*]+|<3+|\^_?\^|[oO]_[oO]|T_T)(?=\s|$|[.,!?])/g;
const INTERJECTION_ALONE = /^(?:yes|yeah|yep|yup|nope|no|nah|ok|okay|so|and|but|also|plus|oh|ah|eh|um|uh|hm+|whatever|anyway|nothing|nothing really|not really|none|n\/?a|same|same as above|see above|idk|dunno)$/i;
const UNITS: Readonly<Record<string, string>> = { min: "minutes", mins: "minutes", sec: "seconds", secs: "seconds", hr: "hours", hrs: "hours", wk: "weeks", wks: "weeks", yr: "years", yrs: "years", mo: "months", mos: "months", k: "thousand" };
const NOT_I_WOULD = /^(?:the|a|an|user|my|your|their|our|session|customer|account|employee|photo|badge|student|tax)$/i;
const SUBJECT_START = /^(?:i|she|he|they|we|it|asked|said|told|also|plus|then|and then|but)\b/i;

/** Removes emoji, emoticons and exclamation runs; dashes and semicolons become clause breaks. */
function stripMarks(raw: string): string {
  return raw
    // An emoji or emoticon usually ends a thought ("…without downtime 😅 tbh I rambled").
    .replace(/(?:\s*[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}][\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u20E3\p{Extended_Pictographic}]*)+\s*(?=\S)/gu, ". ")
    .replace(EMOJI, " ")
    .replace(EMOTICON, ". ")
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/^\s*(?:[-*•·]|\d+[.)])\s+/gmu, "")
    .replace(/[!?]*\?[!?]*/g, "?")
    .replace(/!+/g, ".")
    .replace(/\.{2,}|…/g, ".")
    .replace(/\s+[-–—]+\s+|\s*;\s*|\n+/g, ". ")
    .replace(/\(\s*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Spells out shorthand word by word; "id" becomes "I'd" only before a verb, and "i" is always "I". */
function spellOut(clause: string): string {
  const words = clause.split(" ");
  return words
    .map((w, i) => {
      const m = /^(["'(]*)(.*?)([.,:"')]*)$/.exec(w)!;
      const core = m[2]!;
      const lower = core.toLowerCase();
      let out = core;
      if (lower === "i") out = "I";
      // "12 min", "5 hr": a unit after a number is spelled out; "min" alone may be "minimum" and stays.
      else if (/^\d/.test(words[i - 1] ?? "") && UNITS[lower]) out = UNITS[lower]!;
      else if (lower === ID_AS_I_WOULD && words[i + 1] && !NOT_I_WOULD.test(words[i - 1] ?? "")) out = "I'd";
      // "HR", "QA", "PM" typed in capitals are acronyms the user meant, not shorthand to spell out.
      else if (SHORTHAND[lower] !== undefined && !/^\p{Lu}{2,}$/u.test(core)) out = SHORTHAND[lower]!;
      return `${m[1]}${out}${m[3]}`;
    })
    .join(" ");
}

function containsPhrase(lower: string, phrase: string): number {
  const at = ` ${lower} `.indexOf(` ${phrase} `);
  return at;
}

/** Drops chat register: interjections, hedges, "like 5 times", "kafka stuff" → "kafka". */
function dropChat(clause: string): string {
  let words = clause.split(" ");
  let lower = words.map((w) => w.toLowerCase().replace(/[.,:"')(]/g, ""));
  for (const phrase of CHAT_PHRASES) {
    const n = phrase.split(" ").length;
    for (let i = 0; i + n <= lower.length; i++) {
      if (lower.slice(i, i + n).join(" ") === phrase) {
        words.splice(i, n);
        lower.splice(i, n);
        i--;
      }
    }
  }
  const keep: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = lower[i]!;
    if (CHAT_WORDS.has(w)) continue;
    // "like 5 times", "like twice": a count meant for the user, not the reader; "like twice a week" is a rate: "about".
    if (w === "like" && /^(?:\d+|once|twice|a|an|three|four|five|ten|\d+x)$/.test(lower[i + 1] ?? "")) {
      const span = /^(?:times|minutes|hours|questions|x)$/.test(lower[i + 2] ?? "") || lower[i + 1] === "a" ? 2 : 1;
      // "like 600 flu shots": a count of real things is the fact, said as "about 600".
      if (span === 1 && /^\d+$/.test(lower[i + 1] ?? "") && /^\p{L}/u.test(lower[i + 2] ?? "")) {
        keep.push("about");
        continue;
      }
      if (/^(?:a|an|per|every|each)$/.test(lower[i + span + 1] ?? "") && lower[i + 1] !== "a") {
        keep.push("about");
        continue;
      }
      i += span;
      continue;
    }
    if (w === "like" && (i === 0 || /,$/.test(words[i - 1] ?? ""))) continue;
    if ((w === "stuff" || w === "things") && i > 0 && keep.length > 0) continue;
    // "super fast" is chat; "super user" is a role (the go-live's superuser).
    if (w === "super" && i + 1 < words.length && !/^users?$/.test(lower[i + 1] ?? "")) continue;
    keep.push(words[i]!);
  }
  words = keep;
  return words.join(" ").replace(/\s+([,.])/g, "$1").replace(/^[,.\s]+|[,\s]+$/g, "").trim();
}

/** Splits a sentence where a new subject or verb starts after a comma: "talked about X, she asked Y". */
function splitClauses(sentence: string): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  for (const piece of sentence.split(/,\s+/)) {
    const appositive = /^(?:the|a|an|which|who|that|this|one|incl|including|e\.g\.|i\.e\.)\b/i.test(piece);
    if (current.length > 0 && (SUBJECT_START.test(piece) || (!appositive && hasFiniteVerb(piece)))) {
      parts.push(current.join(", "));
      current = [];
    }
    current.push(piece);
  }
  if (current.length) parts.push(current.join(", "));
  return parts.flatMap((p) => p.split(/\s+(?:but|and then|and also|and|so|plus|tbh|lol|honestly)\s+(?=(?:i|I'm|I'd|she|he|they|we|asked|said|talked|told|mentioned|explained|wanted|grilled)\b)/i));
}

/** Returns the fact wrapped in a note to self ("forgot to mention X" → "X"), the clause itself, or undefined to drop it. */
function unwrap(clause: string): string | undefined {
  const lower = clause.toLowerCase();
  for (const note of SELF_NOTES) if (containsPhrase(lower, note) === 0 || lower === note) return undefined;
  for (const wrapper of FACT_WRAPPERS) {
    const at = containsPhrase(lower, wrapper);
    if (at < 0) continue;
    const after = clause.slice(at + wrapper.length).trim();
    return /^(?:it|that|this|them)?\.?$/i.test(after) ? undefined : after;
  }
  return clause;
}

function judgesTheInterview(clause: string): boolean {
  const lower = clause.toLowerCase().replace(/[.,]/g, "");
  return SELF_ASSESSMENT.some((p) => containsPhrase(lower, p) >= 0);
}

/** True when the words of a note only say there is nothing to say ("nothing really", "n/a"). */
function saidNothing(text: string): boolean {
  return /^(?:nothing|none|n\/?a|na|no|nope|nah|not really|nothing really|idk|dunno|-)\W*$/i.test(stripMarks(text).replace(/[.?]+$/, "").trim());
}

/** Reads a raw note into clauses a letter may draw on; refuses a paste too long for one sentence. */
export function cleanNote(raw: string | undefined): CleanNote {
  const text = (raw ?? "").trim();
  if (!text) return { clauses: [], selfAssessment: [], wrapped: [], refusal: "empty" };
  if (text.length > MAX_CHARS) return { clauses: [], selfAssessment: [], wrapped: [], refusal: "long" };
  const sentences = stripMarks(text)
    .split(/(?<=[.?])\s+/)
    .map((s) => s.replace(/[.?]+$/, "").trim())
    .filter((s) => s.length > 0);
  const clauses: string[] = [];
  const selfAssessment: string[] = [];
  const wrapped: string[] = [];
  for (const sentence of sentences) {
    for (const part of splitClauses(spellOut(sentence))) {
      const fact = unwrap(part);
      if (fact === undefined) continue;
      // A wrapped fact is kept even beside a judgement ("forgot to mention, ugh, I shipped X").
      if (fact === part && judgesTheInterview(part)) {
        selfAssessment.push(part);
        continue;
      }
      const plain = dropChat(fact);
      if (!plain || INTERJECTION_ALONE.test(plain)) continue;
      // "he was kinda tough": the user's impression of the interviewer, never something to tell them.
      if (judgesAPerson(plain)) {
        selfAssessment.push(plain);
        continue;
      }
      clauses.push(plain);
      if (fact !== part) wrapped.push(plain);
    }
  }
  const words = clauses.join(" ").split(/\s+/).filter(Boolean).length;
  const nothingLeft = (): Refusal => (selfAssessment.length ? "self-talk" : /\p{L}/u.test(stripMarks(text)) && saidNothing(text) ? "nothing" : "empty");
  if (words > MAX_WORDS || clauses.length > MAX_CLAUSES) return { clauses: [], selfAssessment, wrapped: [], refusal: "long" };
  return clauses.length ? { clauses, selfAssessment, wrapped } : { clauses: [], selfAssessment, wrapped, refusal: nothingLeft() };
}
