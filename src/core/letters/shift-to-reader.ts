// Notes speak about the interviewer and their company; a letter speaks to them. "she asked about their ETL" → "you asked about your ETL".
import nlp from "compromise";
import { infinitiveOf } from "./nlp.js";
import { TECH_CASING } from "./note-lexicon.js";

/** Who a letter is written to, as far as the shift needs to know. */
export interface Reader {
  /** Every way the notes may name them: full name, first name, surname. */
  names: string[];
}

const BE: Readonly<Record<string, string>> = { is: "are", was: "were", "isn't": "aren't", "wasn't": "weren't", has: "have", "hasn't": "haven't", does: "do", "doesn't": "don't", "'s": "'re" };

/** The verb after a new "you": "was" → "were", "runs" → "run"; past forms stay as they are. */
function agree(verb: string): string {
  const lower = verb.toLowerCase();
  if (BE[lower]) return BE[lower]!;
  const tagged = nlp(`she ${lower}`).terms().eq(1);
  if (!tagged.has("#PresentTense") || tagged.has("#Infinitive")) return verb;
  return infinitiveOf(lower) ?? verb;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Replaces the reader's own name with "you"/"your". */
function nameToYou(text: string, reader: Reader): string {
  let out = text;
  const names = [...new Set(reader.names.filter((n) => n.trim().length > 1))].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const n = escape(name.trim());
    out = out.replace(new RegExp(`(?<![\\p{L}])${n}['’]s(?![\\p{L}])`, "giu"), "your");
    out = out.replace(new RegExp(`(?<![\\p{L}])${n}\\s+([\\p{L}'’]+)`, "giu"), (_, verb: string) => `you ${agree(verb)}`);
    out = out.replace(new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, "giu"), "you");
  }
  return out;
}

/**
 * Speaks about the reader (and their company) to the reader: she/he/they → you, her/his/their → your.
 * With `team` the reader is the whole hiring team, so "they need" reads "the team needs".
 */
export function shiftToReader(text: string, reader: Reader): string {
  return nameToYou(text, reader)
    .replace(/\b(?:she|he|they)['’](?:s|re)\b/giu, "you're")
    .replace(/\b(?:she|he|they)\s+([\p{L}'’]+)/giu, (_, verb: string) => `you ${agree(verb)}`)
    .replace(/\b(?:she|he|they)\b/giu, "you")
    .replace(/\b(?:herself|himself|themselves|themself)\b/giu, "yourself")
    .replace(/\b(?:hers|theirs)\b/giu, "yours")
    .replace(/\bher(?=\s+(?:through|about|on|with|to|and|in|at|for|that|how|why|what|if|a|an|the)\b|\s*$|[,;:.])/giu, "you")
    .replace(/\b(?:her|his|their)\b/giu, "your")
    .replace(/\b(?:him|them)\b/giu, "you")
    .replace(/\byou and I\b/g, "you and I");
}

/** Tech and product words spelled as their makers do ("kafka" → "Kafka"); a word with capitals already is left alone. */
export function caseTechWords(text: string): string {
  return text.replace(/[\p{L}][\p{L}\p{N}.+#-]*/gu, (w) => {
    if (w !== w.toLowerCase()) return w;
    const bare = w.replace(/[.]+$/, "");
    const known = TECH_CASING[bare];
    return known ? known + w.slice(bare.length) : w;
  });
}

const COUNTABLE = new Set(
  `model process project migration system program programme checklist rotation plan service tool app dashboard pipeline platform
  study audit exercise problem case product feature launch move rewrite roadmap strategy framework budget menu review course
  newsletter indexer clinic council committee study survey campaign report deck portfolio prototype database warehouse integration api
  walkthrough call exercise presentation demo case-study interview tour switchover rollout go-live assessment test tasting`.split(/\s+/),
);

/** "readmission model" → "the readmission model": a bare singular thing reads wrong in a letter; a mass noun does not. */
export function withDeterminer(phrase: string): string {
  const words = phrase.split(" ");
  const last = words[words.length - 1]!.toLowerCase();
  if (words.length > 4 || !COUNTABLE.has(last)) return phrase;
  const first = nlp(phrase).terms().first();
  if (first.has("(#Determiner|#Possessive|#Value|#Pronoun|#Gerund)") || /^(?:my|your|our|the|a|an|this|that)$/i.test(words[0]!)) return phrase;
  return `the ${phrase}`;
}

/** Capitalizes places, languages and nationalities the tagger knows ("lisbon", "portuguese"). */
export function caseProperNouns(text: string): string {
  const doc = nlp(text);
  doc.match("(#Demonym|#Country|#City|#Region|#Language|#Month|#WeekDay)").toTitleCase();
  return doc.text();
}
