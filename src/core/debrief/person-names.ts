// Telling a person's name from any other phrase ("12 person startup", "first round"), and reading
// "Dana Li (CTO) dana@acme.example" into a name, a title and an email.
import nlp from "compromise";
import { isCommonWord } from "../letters/load-speller.js";
import { readEmail } from "./read-answer.js";

/** The most interviewers one debrief holds (the form has this many rows). */
export const MAX_INTERVIEWERS = 8;

/** One interviewer as typed: the name exactly as spelled, and what came with it. */
export interface PersonInput {
  name: string;
  title?: string;
  email?: string;
}

// Tags compromise gives to words that are never part of a name: numbers, verbs, job nouns, "the".
// Parsed once: compromise parses a match string again on every call otherwise (a third of a short phrase's cost).
const NOT_A_NAME = nlp.parseMatch("#Value|#Verb|#Adjective|#Determiner|#Pronoun|#Preposition|#Conjunction|#Adverb|#Actor|#Organization|#Date|#Plural|#Uncountable|#Negative|#QuestionWord");
const PERSON = nlp.parseMatch("#Person");
/** Small words inside a family name ("de la Cruz", "van Dijk"): part of a name, and written small. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "da", "das", "dos", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "binti", "ibn", "al", "el", "ter", "ten", "y"]);
const TITLE_WORDS =
  /\b(?:ceo|cto|cfo|coo|cio|cpo|vp|svp|evp|head|lead|manager|director|engineer|developer|recruiter|founder|co-founder|partner|principal|staff|senior|president|officer|designer|scientist|analyst|architect|hr|talent|product|owner|chief|consultant|specialist|coordinator|associate|researcher|intern|sourcer|people|team)\b/i;

/** True when a phrase reads as someone's name: a person compromise knows, or capitalised words that are not ordinary ones. */
export function isPersonName(text: string): boolean {
  const name = text.trim();
  if (!name || name.length > 100 || /\d|[@#/\\<>{}[\]|=+*_~^$%]/.test(name) || !/\p{L}/u.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  // Tagged only when a rule needs it: a name of words no dictionary knows is settled without it.
  let tagged: ReturnType<typeof nlp> | undefined;
  const doc = () => (tagged ??= nlp(name));
  // An acronym (CDC, ETL) is a thing, not a person, unless compromise knows it as a name.
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w)) && !doc().has(PERSON)) return false;
  // Typed in a hurry, in lower case: two words or more that no dictionary knows ("priya ramaswamy").
  // The dictionary is asked before the tagger: tagging one word costs a hundred dictionary lookups.
  if (words.length >= 2 && words.every((w) => NAME_PARTICLES.has(w.toLowerCase()) || !w.split(/[-'’]/).some((part) => isCommonWord(part)) || nlp(w).has(PERSON))) return true;
  if (doc().has(NOT_A_NAME)) return false;
  if (TITLE_WORDS.test(name) && !doc().has(PERSON)) return false;
  const terms = doc().terms().length;
  if (terms > 0 && doc().match(PERSON).terms().length === terms) return true;
  const capitalised = words.every((w) => NAME_PARTICLES.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
  if (!capitalised) return false;
  // "Tech Lead", "Great Team": every word an ordinary dictionary word is a phrase, not a name.
  return !words.filter((w) => !NAME_PARTICLES.has(w.toLowerCase())).every((w) => w.split(/[-'’]/).every((part) => isCommonWord(part)));
}

/** True when a phrase looks like a job title ("CTO", "Engineering Manager"). */
export function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 100 && TITLE_WORDS.test(t) && !/\d{3,}/.test(t);
}

/** Reads one "Name (Title) email" or "Name: Title, email" or "Name - Title" entry; undefined when no name is there. */
export function readPerson(entry: string): PersonInput | undefined {
  let rest = entry.replace(/\s+/g, " ").trim();
  const email = readEmail(rest);
  if (email) rest = rest.replace(email, " ").replace(/[<>]/g, " ").replace(/\s+/g, " ").trim();
  let title: string | undefined;
  const paren = /\(([^()]{1,100})\)/.exec(rest);
  if (paren) {
    title = paren[1]!.trim();
    rest = rest.replace(paren[0], " ").trim();
  } else {
    const split = /^([^:,–—]+?)\s*(?::|,|\s[-–—]\s)\s*(.+)$/.exec(rest);
    if (split && looksLikeTitle(split[2]!)) [rest, title] = [split[1]!.trim(), split[2]!.trim()];
  }
  const name = rest.replace(/^(?:with|and|by)\s+/i, "").replace(/[.,;:]+$/, "").trim();
  if (!name) return undefined;
  return { name: name.slice(0, 100), ...(title ? { title: title.slice(0, 150) } : {}), ...(email ? { email } : {}) };
}

/**
 * Splits a list of interviewers ("Dana Li (CTO), Omar Haddad and Zoë O'Neil-Brandt") into people;
 * a title standing alone after a name ("Dana Li, CTO") goes to that name. Phrases that are not
 * names come back in `other`, never as people.
 */
export function readPeople(text: string): { people: PersonInput[]; other: string[] } {
  const people: PersonInput[] = [];
  const other: string[] = [];
  const entries = text
    .slice(0, 2000)
    .replace(/^\s*(?:with|by)\s+/i, "")
    .split(/\s*(?:,(?![^()]*\))|;|\n|&|\+|\band\b(?![^()]*\)))\s*/i)
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const person = readPerson(entry);
    const last = people.at(-1);
    if (person && isPersonName(person.name)) people.push(person);
    else if (last && !last.title && looksLikeTitle(entry) && !readEmail(entry)) last.title = entry.slice(0, 150);
    else if (last && !last.email && readEmail(entry) && readEmail(entry) === entry.replace(/[<>]/g, "").trim()) last.email = readEmail(entry);
    else other.push(entry.slice(0, 200));
  }
  return { people, other };
}

/** How a name reads back: "Dana Li (CTO)". */
export function personLabel(p: { name: string; title?: string }): string {
  return p.title ? `${p.name} (${p.title})` : p.name;
}
