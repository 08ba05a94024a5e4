// The gate's facts shaped to sit inside a linked sentence: "at Carta I got ours…", "I also led…", "You're looking for…".
import nlp from "compromise";
import { TECH_CASING } from "./note-lexicon.js";
import type { Need } from "./split-need.js";

// A workplace the user names at the end of their example ("… at Carta", "… at my last job"), which reads best in front.
const PLACE_AT_END = /^(I|we)\s+(.+?)\s+(at (?:my|our) (?:last|previous|current|old) (?:job|company|place|hospital|team|employer|school)|at \p{Lu}[\p{L}\p{N}&.'-]*(?: \p{Lu}[\p{L}\p{N}&.'-]*)?)$/u;
const PERSON_NEED = /^(?:someone|somebody|people|a|an|more|[a-z]+(?:ers|ists|ors|ants|ents|ics|PMs|s)\b)/;
// Letters whose spoken name starts with a vowel sound: "an MPH", "an OSCP certification", "a CKA certification".
const VOWEL_SOUND_LETTER = /^[AEFHILMNORSX](?:[A-Z]|\d|$)/;

/** "I got ours from ten days to five at Carta" → "at Carta I got ours from ten days to five"; unchanged when no place ends it. */
export function placeFirst(example: string): string {
  const m = PLACE_AT_END.exec(example);
  return m ? `${m[3]} ${m[1]} ${m[2]}` : example;
}

const PLACE_IN_FRONT = /^(at (?:my|our) (?:last|previous|current|old) (?:job|company|place|hospital|team|employer|school)|at \p{Lu}[\p{L}\p{N}&.'-]*)\s+(?=(?:I|we)\b)/u;

/** The place an example names, at its end or in front ("at Carta"), so a second fact from there need not repeat it. */
export function placeOf(example: string | undefined): string | undefined {
  return example ? (PLACE_AT_END.exec(example)?.[3] ?? PLACE_IN_FRONT.exec(example)?.[1]) : undefined;
}

/** "a"/"an" for a phrase, by how its first word sounds ("an MPH", "a CKA", "an hour"). */
export function articleFor(phrase: string): string {
  const first = phrase.split(" ")[0] ?? "";
  if (/^[A-Z]{2,}/.test(first)) return VOWEL_SOUND_LETTER.test(first) ? "an" : "a";
  return /^(?:[aeiou]|hour|honest)/i.test(first) && !/^(?:uni|use|one|eu)/i.test(first) ? "an" : "a";
}

/** A fact said as a second thing: "I led the migration" → "I also led the migration"; "my CKA certification" → "I also hold a CKA certification". */
export function withAlso(fact: string): string {
  // The subject may follow a place: "at my last job I cut churn by 18%" → "at my last job I also cut churn by 18%".
  const m = /^((?:(?:at|in|during|when|while|on)\s[^,]*?\s)?)(I|we)(?:\s+(am|was|were)\b|('m|'ve|'re|'d)\b)?\s+(.*)$/i.exec(fact);
  if (m) {
    const [, before, who, be, contracted, rest] = m;
    const subject = who === "i" ? "I" : who!;
    if (contracted) return `${before}${subject}${contracted} also ${rest}`;
    return be ? `${before}${subject} ${be} also ${rest}` : `${before}${subject} also ${rest}`;
  }
  const thing = fact.replace(/^my\s+/i, "");
  if (/\b(?:certification|certificate|certified|degree|license|licence|diploma)$/i.test(thing)) return `I also hold ${articleFor(thing)} ${thing}`;
  return `I also have ${/^(?:a|an|the|\d|one|two|three|four|five|six|seven|eight|nine|ten|more)\b/i.test(thing) || /s$/.test(thing) ? "" : "my "}${thing}`.replace(/\s+/g, " ");
}

/** Drops a place already named in the letter: "at my last job I cut alerts" → "I also cut alerts" after "…at my last job". */
export function withoutRepeatedPlace(fact: string, before: string): string {
  const place = placeOf(fact);
  if (!place || !before.includes(place)) return fact;
  return withAlso(fact.startsWith(place) ? fact.slice(place.length).trim() : fact.slice(0, fact.length - place.length).trim());
}

/** The team's need as the start of a sentence to its reader: "You're looking for someone to…", "The team needs to…". */
export function needClause(need: Need): string {
  // "Faster month-end close" typed at the start of a note is not a name: mid-sentence it takes a small letter.
  const text = /^\p{Lu}\p{Ll}+\b/u.test(need.text) && !TECH_CASING[need.text.split(" ")[0]!.toLowerCase()] && !nlp(need.text.split(" ")[0]!.toLowerCase()).has("#ProperNoun")
    ? need.text.charAt(0).toLowerCase() + need.text.slice(1)
    : need.text;
  if (need.shape === "statement") return text.charAt(0).toUpperCase() + text.slice(1);
  if (/^to\s/i.test(text)) return `The team needs ${text}`;
  if (/^help\b/i.test(text)) return `The team needs ${text}`;
  // Said to the reader, the team's "its" is theirs: "someone to get it through SOC 2" → "to get you through SOC 2".
  return PERSON_NEED.test(text) ? `You're looking for ${text.replace(/\bits\b/g, "your").replace(/\b(get|help|take|bring|guide|lead|move|see) it\b/g, "$1 you")}` : `The team needs ${text}`;
}

/** The user's answer to a question, said after "When you asked about X,": "I said I'd…", "my answer was Kafka and CDC". */
export function answerClause(answer: string): string {
  // "audit the aging report and call the top claims": a plan said as what the user would do.
  const terms = nlp(`I would ${answer}`).terms();
  if (terms.eq(2).has("#Verb") && terms.eq(3).has("(#Determiner|#Possessive)")) return `I said I'd ${answer}`;
  if (/^I (?:talked|spoke|explained|described|walked)\b/.test(answer)) return answer;
  if (/^(?:I|I'd|I'm|I've|we|we'd)\b/.test(answer)) return `I said ${answer}`;
  return `my answer was ${answer}`;
}

/** "asked about X", or "asked what I'd do first" when X is itself a question. */
export function askedAbout(x: string): string {
  return /^(?:how|what|why|whether|which|when|where|if)\b/i.test(x) ? `asked ${x}` : `asked about ${x}`;
}

/** "my biggest deal", "the diary study I ran": the reader asked about the user's own work, recalled without "your question on my…". */
export function isUsersOwn(about: string): boolean {
  // "what I'd do first" is their question to the user, not the user's own work.
  return /^my\s|\bI(?:'ve|'d)?\s+(?!'m\b)/.test(about) && !/^(?:how|what|why|whether|which|when|where|if)\b/i.test(about) && !isPersonal(about);
}

/** "why I'm leaving my current job", salary, notice: asked about the user's circumstances, which a thank-you leaves be. */
export function isPersonal(about: string): boolean {
  return /^why I|\b(?:leaving|salary|notice period|visa|relocat\w*)\b/i.test(about);
}
