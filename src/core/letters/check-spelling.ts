// Spelling with a real Hunspell dictionary, forgiving the debrief's own words, names, numbers, acronyms and addresses.
import type { Debrief } from "../model/interview.js";
import type { Finding } from "./letter-types.js";
import { loadSpeller } from "./load-speller.js";
import { isBritishSpelling, WORKPLACE_WORDS } from "./spelling-allowances.js";
import { normalizeMarks, stripPossessive, tokenize } from "./text-tokens.js";

/** Every word the user or the debrief supplied, lower case: names, company, role, titles, answers. */
export function debriefVocabulary(d: Debrief, userName?: string): Set<string> {
  const texts = [
    d.company, d.role, d.format, d.stage, d.keyPoints, d.teamNeeds, d.theirAnswers, d.nextSteps, d.wentWell, d.differently,
    d.unsaid, d.pluses, d.minuses, d.reflection, d.recruiter?.name, userName,
    ...d.interviewers.flatMap((p) => [p.name, p.title, p.specific]),
  ];
  const vocabulary = new Set<string>();
  for (const t of texts) {
    for (const tok of tokenize(t ?? "")) {
      vocabulary.add(tok.word.toLowerCase());
      for (const part of tok.word.split("-")) vocabulary.add(part.toLowerCase());
    }
  }
  return vocabulary;
}

function isKnown(word: string, vocabulary: ReadonlySet<string>): boolean {
  const speller = loadSpeller();
  const correct = (w: string): boolean => speller.correct(w);
  const lower = word.toLowerCase();
  if (vocabulary.has(lower) || WORKPLACE_WORDS.has(lower) || correct(word)) return true;
  const bare = stripPossessive(word);
  if (bare !== word && (vocabulary.has(bare.toLowerCase()) || correct(bare))) return true;
  return isBritishSpelling(bare, correct);
}

/** Flags each unknown word once, with the dictionary's best suggestion. */
export function checkSpelling(text: string, d: Debrief, userName?: string, vocabulary = debriefVocabulary(d, userName)): Finding[] {
  // Addresses are not words: drop URLs and emails before looking at spelling.
  const plain = normalizeMarks(text)
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, " ")
    .replace(/\S+@\S+\.\S+/g, " ");
  const flagged = new Set<string>();
  const findings: Finding[] = [];
  for (const tok of tokenize(plain)) {
    const word = normalizeMarks(tok.raw).replace(/'$/, "");
    if (word.length < 2 || /\d/.test(word) || flagged.has(word.toLowerCase())) continue;
    // Acronyms, and capitalized words mid-sentence, are names and products: the name check's business, not the dictionary's.
    if (/^[\p{Lu}-]+s?$/u.test(word) || (!tok.sentenceStart && /^\p{Lu}/u.test(word))) continue;
    const parts = vocabulary.has(word.toLowerCase()) ? [] : word.split("-").filter((p) => p.length > 1);
    const wrong = parts.filter((p) => !isKnown(p, vocabulary));
    if (wrong.length === 0) continue;
    flagged.add(word.toLowerCase());
    const guess = loadSpeller().suggest(wrong[0]!)[0];
    findings.push({
      code: "spelling.unknown",
      message: guess ? `"${word}" looks misspelled; did you mean "${guess}"?` : `"${word}" is not in the dictionary; check its spelling.`,
    });
  }
  return findings;
}
