// The letter's voice: no private asides, chat register or self-assessment, the reader spoken to (never about), and
// sentences a reader recognizes as sentences. Run on drafts and on the user's edits alike.
import type { Debrief } from "../model/interview.js";
import { CHAT_WORDS, FACT_WRAPPERS, SELF_ASSESSMENT } from "./note-lexicon.js";
import type { CheckedLetter, Finding } from "./letter-types.js";
import { readerOf } from "./read-material.js";

// Words of the lexicons that are ordinary in a letter ("definitely", "landed", "awkward" stay the user's call).
const LETTER_SAFE = new Set(["landed", "vibe", "vibes", "nervous", "awkward", "strongest", "weakest", "froze", "google", "look up", "to do"]);
// Notes to self as a letter would never say them; "I should mention" is fine English in a letter, so it is not here.
const ASIDES = [...FACT_WRAPPERS.filter((p) => !p.includes("should mention")), "note to self", "remember to", "todo"];
// "them" or "they" may be the deploys or the tests the user fixed; "she", "his" or "their team" in a letter to one
// person is the notes speaking about the reader.
const NOTE_PRONOUN = /\b(?:she|he|her|his|him|hers|their|theirs)\b/i;
const THIRD_PERSON_CUE = /^(?:'s|’s|said|asked|mentioned|explained|thinks|was|is|has|seemed|told)\b/i;
const BEFORE_NAME_CUE = /\b(?:with|to|from|by|for|and|about|asked|told|thanks|met)\s+$/i;

function phraseHits(lower: string, phrases: readonly string[]): string[] {
  return phrases.filter((p) => !LETTER_SAFE.has(p) && ` ${lower} `.includes(` ${p} `));
}

/** The body between the greeting and the sign-off: the part that must read as the user's own prose. */
function prose(body: string): string[] {
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return paragraphs.slice(1, -1);
}

function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=\S)/).map((s) => s.trim()).filter(Boolean);
}

/** True when the reader's name stands in the body as someone talked about ("landed well with Dana"). */
function talksAboutReader(text: string, names: string[]): string | undefined {
  for (const name of names.filter((n) => n.length > 1)) {
    let at = text.indexOf(name);
    while (at >= 0) {
      const after = text.slice(at + name.length).trimStart();
      if (THIRD_PERSON_CUE.test(after) || BEFORE_NAME_CUE.test(text.slice(0, at))) return name;
      at = text.indexOf(name, at + name.length);
    }
  }
  return undefined;
}

/** Flags asides, chat register, self-assessment, the reader in the third person, note pronouns and broken sentences. */
export function checkVoice(letter: CheckedLetter, d: Debrief): Finding[] {
  const findings: Finding[] = [];
  const paragraphs = prose(letter.body);
  const text = paragraphs.join(" ");
  const lower = text.toLowerCase().replace(/[.,;:!?()"]/g, " ").replace(/\s+/g, " ");
  const chat = lower.split(" ").filter((w) => CHAT_WORDS.has(w) && !LETTER_SAFE.has(w));
  if (chat.length) findings.push({ code: "voice.chat", message: `"${[...new Set(chat)].join('", "')}" is how notes talk, not letters; leave it out.` });
  const aside = phraseHits(lower, ASIDES);
  if (aside.length) findings.push({ code: "voice.aside", message: `"${aside[0]}" is a note to yourself; say the fact itself, or leave it out.` });
  const judged = phraseHits(lower, SELF_ASSESSMENT);
  if (judged.length) findings.push({ code: "voice.self-assessment", message: `"${judged[0]}" judges the interview; keep that for your own reflection, not the letter.` });
  const person = d.interviewers.find((p) => p.id === letter.interviewerId);
  if (person && (letter.kind === "thanks" || letter.kind === "card")) {
    const named = talksAboutReader(text, readerOf(person.name).names);
    if (named) findings.push({ code: "voice.third-person", message: `The letter talks about ${named} to ${named}; speak to them directly ("you").` });
    const pronoun = NOTE_PRONOUN.exec(text)?.[0];
    if (pronoun) findings.push({ code: "voice.note-pronoun", message: `"${pronoun}" reads like your notes; in a letter to ${person.name}, their team is "your team".` });
  }
  const broken = paragraphs.flatMap(sentencesOf).find((s) => !/^["'(]?[\p{Lu}\p{N}]/u.test(s) || !/[.!?]["')]?$/.test(s));
  if (broken) findings.push({ code: "form.sentence", message: `"${broken.length > 60 ? `${broken.slice(0, 57)}…` : broken}" should start with a capital and end with a full stop.` });
  return findings;
}
