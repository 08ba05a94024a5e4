// The letter-ready gate over a whole debrief: every note becomes a fact a letter may state, or a gap to ask about once.
import type { Debrief } from "../model/interview.js";
import { captureMoment, type Moment } from "./capture-moment.js";
import { tidy } from "./tidy-phrase.js";
import { cleanNote, type Refusal } from "./clean-note.js";
import { callNameOf } from "./letter-names.js";
import { shiftToReader, type Reader } from "./shift-to-reader.js";
import { splitNeed, type Need } from "./split-need.js";
import { stateFact } from "./state-fact.js";

/** A piece of the letters the gate could not fill from the notes; the thank-you nudge asks for it once. */
export interface Gap {
  /** `moment:<interviewerId>`, `need`, `unsaid` or `shore-up`. */
  slot: string;
  interviewerId: number | null;
  /** Why: the note was refused, unclear, or there was no note about this person at all ("missing"). */
  reason: Refusal | "unclear" | "missing";
}

/** What the letters of one debrief may say, per person and for the team; nothing here is a raw note. */
export interface LetterMaterial {
  moments: Map<number, Moment>;
  /** The user's own sentence for a beat, given when the gate asked (keyed by slot). */
  sentences: Map<string, string>;
  need?: Need;
  example?: string;
  unsaid?: string;
  shoreUp?: string;
  gaps: Gap[];
  /** Self-assessment found in the notes: for the coaching, never a letter. */
  selfAssessment: string[];
}

/** The reader of a person's notes: their full name, first name and surname all mean "you". */
export function readerOf(name: string): Reader {
  const words = name.trim().split(/\s+/).filter((w) => !/^(?:dr|prof|mr|mrs|ms|mx)\.?$/i.test(w));
  return { names: [name.trim(), words.join(" "), callNameOf(name), ...(words.length > 1 ? [words[words.length - 1]!] : [])] };
}

const MAX_SENTENCE_WORDS = 40;

/** The user's answer to the gate's question, made letter-ready; undefined when it still cannot pass (the beat is left out). */
export function readySentence(text: string | undefined, reader: Reader): string | undefined {
  const clean = cleanNote(text);
  if (clean.refusal || clean.clauses.length === 0) return undefined;
  const joined = tidy(shiftToReader(clean.clauses.join(", "), reader));
  const words = joined.split(/\s+/).length;
  if (words < 3 || words > MAX_SENTENCE_WORDS) return undefined;
  const sentence = joined.charAt(0).toUpperCase() + joined.slice(1);
  return /[.?]$/.test(sentence) ? sentence : `${sentence}.`;
}

// The gate is a pure function of the notes, and a turn or a sweep asks for the same debrief's material several times
// (each letter, each check): the last results are kept, keyed by exactly what the gate reads.
const CACHE_SIZE = 200;
const cache = new Map<string, LetterMaterial>();

/** Runs the gate over every note of a debrief; `rephrased` holds the user's answers to earlier gap questions, by slot. */
export function readMaterial(d: Debrief, rephrased: ReadonlyMap<string, string> = new Map()): LetterMaterial {
  const key = JSON.stringify([d.interviewers.map((p) => [p.id, p.name, p.specific]), d.teamNeeds, d.unsaid, d.differently, [...rephrased]]);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const fresh = gate(d, rephrased);
  cache.set(key, fresh);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return fresh;
}

function gate(d: Debrief, rephrased: ReadonlyMap<string, string>): LetterMaterial {
  const m: LetterMaterial = { moments: new Map(), sentences: new Map(), gaps: [], selfAssessment: [] };
  const team: Reader = { names: [] };
  const gap = (slot: string, interviewerId: number | null, reason: Gap["reason"], reader: Reader): void => {
    const answer = rephrased.get(slot);
    if (answer === undefined) {
      if (reason !== "nothing") m.gaps.push({ slot, interviewerId, reason });
      return;
    }
    const sentence = readySentence(answer, reader);
    if (sentence) m.sentences.set(slot, sentence);
  };
  for (const p of d.interviewers) {
    const reader = readerOf(p.name);
    const slot = `moment:${p.id}`;
    // No note at all: the letter stays short and honest, and the nudge asks for one thing said with this person.
    if (!p.specific?.trim()) {
      gap(slot, p.id, "missing", reader);
      continue;
    }
    const got = captureMoment(p.specific, reader);
    m.selfAssessment.push(...cleanNote(p.specific).selfAssessment);
    if (got.ok && !rephrased.has(slot)) m.moments.set(p.id, got.moment);
    else gap(slot, p.id, got.ok ? "unclear" : got.reason, reader);
  }
  if (d.teamNeeds?.trim()) {
    const got = splitNeed(d.teamNeeds, team);
    if (got.ok && !rephrased.has("need")) Object.assign(m, { need: got.value.need, example: got.value.example });
    else gap("need", null, got.ok ? "unclear" : got.reason, team);
  }
  if (d.unsaid?.trim()) {
    const got = stateFact(d.unsaid);
    if (got.ok && !rephrased.has("unsaid")) m.unsaid = got.fact;
    else gap("unsaid", null, got.ok ? "unclear" : got.reason, team);
  }
  if (d.differently?.trim()) {
    // Only a fact the user said they should have said is letter material; the rest of the answer is coaching.
    const got = stateFact(d.differently, true);
    if (got.ok) m.shoreUp = got.fact;
    m.selfAssessment.push(...cleanNote(d.differently).selfAssessment);
  }
  return m;
}
