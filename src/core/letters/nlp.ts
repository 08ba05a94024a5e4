// The one door to compromise (part-of-speech tagging, contractions, verb forms), so the rest reads plain functions.
import nlp from "compromise";

/** The verb forms compromise knows for one verb, or undefined when the word is not a verb. */
function conjugations(verb: string): Record<string, string> | undefined {
  const forms = nlp(verb).verbs().conjugate()[0] as Record<string, string> | undefined;
  return forms && forms.Infinitive ? forms : undefined;
}

/** "move" → "moving", "walk" → "walking"; undefined when compromise cannot read the word as a verb. */
export function gerundOf(verb: string): string | undefined {
  return conjugations(verb.toLowerCase())?.Gerund;
}

/** "builds" → "build", "was" → "be"; undefined when the word is not a verb. */
export function infinitiveOf(verb: string): string | undefined {
  return conjugations(verb.toLowerCase())?.Infinitive;
}

/** True when the tagger reads the first word of a phrase as a verb ("move the ETL", "cut costs"). */
export function startsWithVerb(phrase: string): boolean {
  const first = nlp(phrase).terms().first();
  return first.has("#Verb") && !first.has("#Gerund") && !first.has("#Auxiliary");
}

/** True when the tagger reads a word as a past-tense verb ("shipped", "led", "built"). */
export function isPastVerb(word: string): boolean {
  return nlp(`I ${word}`).terms().eq(1).has("#PastTense");
}

/** True when a phrase has a finite verb: a clause ("their builds break"), not just a noun phrase ("kafka partitioning"). */
export function hasFiniteVerb(phrase: string): boolean {
  const verbs = nlp(phrase).match("#Verb");
  return verbs.found && verbs.not("#Gerund").found;
}

/** The words the tagger reads as interjections ("ugh", "lol", "wow"). */
export function interjections(text: string): string[] {
  return nlp(text).match("#Expression").out("array") as string[];
}

/** True when a word reads as a noun or adjective (a topic word), not a function word. */
export function isContentWord(word: string): boolean {
  const t = nlp(word).terms().first();
  return t.has("#Noun") || t.has("#Adjective") || t.has("#Verb") || t.has("#Acronym") || t.has("#Value");
}

/** The text a named capture group of a compromise match holds ("" when the group is absent). */
export function groupText(match: { groups(name: string): unknown }, name: string): string {
  const g = match.groups(name) as { text?: () => string } | undefined;
  return g && typeof g.text === "function" ? g.text() : "";
}

const JUDGED =
  "^(she|he|they|#Person+|#ProperNoun+) (was|were|is|are|seemed|seems|looked|looks|felt|feels|sounded|got|came across as) (a bit|a little|very|really|pretty|so|quite|rather|somewhat|super|extremely|totally|kind of|sort of)? (#Adjective|#Adverb|#Gerund|#PastTense)+ (to read|to please|at times|at first|on me|with me)?$";

/** True when a clause only judges a person ("he was tough", "she seemed bored", "she was hard to read"): an aside, never letter material. */
export function judgesAPerson(clause: string): boolean {
  return nlp(clause.replace(/[.,]+$/, "")).match(JUDGED).found;
}
