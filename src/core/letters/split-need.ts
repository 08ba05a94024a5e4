// "What does the team need most, and what have you done like it?" answered in one breath: the need and the example apart.
import nlp from "compromise";
import { tidy } from "./tidy-phrase.js";
import { cleanNote, type Refusal } from "./clean-note.js";
import { groupText, isPastVerb, startsWithVerb } from "./nlp.js";
import { shiftToReader, type Reader } from "./shift-to-reader.js";
import { isPrivate, readsAsClause, readsAsOwnDoing, readsAsPhrase } from "./vet-phrase.js";

/** The team's need, ready to follow "the team needs" (`wants`), or a statement about the team ("your pagers go off constantly"). */
export interface Need {
  shape: "wants" | "statement";
  text: string;
}

/** What the team needs and the user's own example, each letter-ready; either may be missing. */
export interface NeedAndExample {
  need?: Need;
  /** A first-person sentence without its full stop: "I did that at Stripe for three years". */
  example?: string;
}

/** The need and example, or why the answer cannot reach a letter. */
export type NeedResult = { ok: true; value: NeedAndExample } | { ok: false; reason: Refusal | "unclear" };

const NEED_LEAD =
  "^(they|the team|team|we|she|he|the company|company|#ProperNoun)? (really|mostly|urgently|badly|desperately|definitely)? (need|needs|want|wants|is looking for|are looking for|'re looking for|looking for|is hiring|are hiring|need help with|needs help with) [<x>.+]";
// "they're relaunching the brand in q2 and need someone who's done it": the need is said after what the team is doing.
const NEED_INSIDE = "(and|but|so) (really|urgently|badly)? (need|needs|want|wants|are looking for|is looking for) [<x>.+]";
const STRUGGLE_LEAD = "^(they|the team|team|she|he|the company)? (struggle|struggles|are struggling|is struggling|have trouble|has trouble) with [<x>.+]";
const SOMEONE = /^(?:someone|somebody|a|an|the|more|better|faster|help|to|people|engineers|folks)\b/i;
const VAGUE = /^(?:everything|anything|a lot|lots|help|stuff|things|it|that|this|idk|not sure|unclear)$/i;

/** "someone to untangle their DAGs" → "someone to untangle its DAGs": the need belongs to the team. */
function ownedByTeam(text: string): string {
  return text
    .replace(/\b(?:on their own|by themselves|on its own)\b/gi, "independently")
    .replace(/\btheir\b/gi, "its")
    .replace(/\bthem\b/gi, "it").replace(/\bthey(?:'re| are)\b/gi, "it is");
}

function withArticle(text: string): string {
  // "scaling the API": the team needs help with the work, not the work itself.
  if (/^\w+ing\b/.test(text) && nlp(text).terms().first().has("#Gerund")) return `help with ${text}`;
  if (startsWithVerb(text) && !/^(?:help|to)\b/i.test(text)) return `to ${text}`;
  if (SOMEONE.test(text) || !/\b(?:who|that)\b/.test(text)) return text;
  const first = nlp(text).terms().first();
  if (first.has("(#Determiner|#Possessive|#Value|#Plural)")) return text;
  return `${/^[aeiou]/i.test(text) ? "an" : "a"} ${text}`;
}

function readNeed(clause: string, reader: Reader): Need {
  const doc = nlp(clause);
  const led = doc.match(NEED_LEAD);
  if (led.found) return { shape: "wants", text: withArticle(ownedByTeam(groupText(led, "x"))) };
  const inside = doc.match(NEED_INSIDE);
  if (inside.found) return { shape: "wants", text: withArticle(ownedByTeam(groupText(inside, "x"))) };
  const struggle = doc.match(STRUGGLE_LEAD);
  if (struggle.found) return { shape: "wants", text: `help with ${ownedByTeam(groupText(struggle, "x"))}` };
  const verb = doc.match("(#PresentTense|#Copula|#PastTense)").not("#Gerund");
  const stated = /^(?:their|they|they're|the team|our|she|he|your|on-call)\b/i.test(clause) && verb.found && !doc.terms().last().has("(#PresentTense|#Copula|#PastTense)");
  return stated ? { shape: "statement", text: shiftToReader(clause, reader) } : { shape: "wants", text: withArticle(ownedByTeam(clause)) };
}

const SPAN = /(\s)((?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:years?|months?|weeks?))$/;

/** "I ran peak at Amazon two years" → "… for two years": a span at the end of a doing is how long it lasted. */
function withSpan(text: string): string {
  const before = text.replace(SPAN, "").split(" ").pop()?.toLowerCase() ?? "";
  return /^(?:for|over|in|within|after|last|past|about|around|nearly|almost|than|of|every|each|the)$/.test(before) ? text : text.replace(SPAN, "$1for $2");
}

/** The user's own doing: "did that at Stripe" → "I did that at Stripe"; undefined when the clause is not theirs. */
export function asOwnDoing(clause: string): string | undefined {
  const doing = ownDoing(clause);
  return doing ? withSpan(doing) : undefined;
}

function ownDoing(clause: string): string | undefined {
  const text = clause.replace(/^(?:and|also|plus|but)\s+/i, "");
  if (/(?:^|\s)(?:I|I'd|I've|I'm)\s/.test(` ${text} `) || /^(?:at|in|on|when|while|for)\s.*\sI\s/.test(text)) return text;
  if (/^my\s/i.test(text) && nlp(text).verbs().found) return text;
  const first = text.split(" ")[0] ?? "";
  // "experienced nights people who can precept": a describing word before its noun, not something the user did.
  if (nlp(text).terms().first().has("#Adjective")) return undefined;
  if (isPastVerb(first) || /^(?:have|'ve)\s/.test(text)) return `I ${text.replace(/^'ve\s/, "have ")}`;
  return undefined;
}

// Said back to the reader, a need is what the team wants ("someone to…", "a…", "help with…"), never its failure.
const NEED_OPENING = /^(?:someone|somebody|people|a|an|the|more|better|help|to|your|its|\d+|one|two|three)\s|^\p{L}+(?:ers|ists|ors|ians|ants|ents)\b/iu;
const FAILURE = /\b(?:lost|losing|behind|failing|failed|broken|bad|worse|worst|struggl\w*|down)\b/i;

function readsAsWant(text: string): boolean {
  // "someone to win it back": what "it" was (two accounts) is in the notes, not in the need.
  if (/\b(?:it|them) back\b/i.test(text)) return false;
  // "faster month-end close", "clean event tracking": a quality the team wants opens with its describing word.
  return (NEED_OPENING.test(text) || nlp(text).terms().first().has("(#Adjective|#Comparative)")) && readsAsPhrase(text);
}

function readsAsStatement(text: string): boolean {
  return !FAILURE.test(text) && readsAsClause(text);
}

/** Separates the team's need from the user's example, each in a letter's voice. */
export function splitNeed(answer: string | undefined, reader: Reader): NeedResult {
  const clean = cleanNote(answer);
  if (clean.refusal) return { ok: false, reason: clean.refusal };
  const value: NeedAndExample = {};
  for (const clause of clean.clauses) {
    // "maybe 20%? need to check": a note to self is neither the need nor the example.
    if (isPrivate(clause)) continue;
    const mine = asOwnDoing(clause);
    // A clause of the user's that would not read as their sentence is left out, not pasted.
    if (mine && !readsAsOwnDoing(tidy(mine))) continue;
    if (mine) {
      // "…for four years and trained three of our new workers": one "and", so the fit sentence's own "and" is not a third.
      value.example = value.example ? `${value.example} and ${tidy(mine).replace(/^I\s/, "")}` : tidy(mine);
      continue;
    }
    if (!value.need) {
      const need = readNeed(clause, reader);
      const text = tidy(need.text);
      if (VAGUE.test(need.text.trim()) || !(need.shape === "statement" ? readsAsStatement(text) : readsAsWant(text))) continue;
      value.need = { shape: need.shape, text };
    }
  }
  if (value.example) value.example = value.example.replace(/^i\b/, "I");
  // "I did this at my last firm" with no need said before it points at nothing: asked, not left dangling.
  if (!value.need && value.example && /\b(?:this|that|it|them)\b/i.test(value.example)) delete value.example;
  return value.need || value.example ? { ok: true, value } : { ok: false, reason: "unclear" };
}
