// "What does the team need most, and what have you done like it?" answered in one breath: the need and the example apart.
import nlp from "compromise";
import { tidy } from "./capture-moment.js";
import { cleanNote, type Refusal } from "./clean-note.js";
import { groupText, isPastVerb, startsWithVerb } from "./nlp.js";
import { shiftToReader, type Reader } from "./shift-to-reader.js";

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
  const struggle = doc.match(STRUGGLE_LEAD);
  if (struggle.found) return { shape: "wants", text: `help with ${ownedByTeam(groupText(struggle, "x"))}` };
  const verb = doc.match("(#PresentTense|#Copula|#PastTense)").not("#Gerund");
  const stated = /^(?:their|they|they're|the team|our|she|he|your|on-call)\b/i.test(clause) && verb.found && !doc.terms().last().has("(#PresentTense|#Copula|#PastTense)");
  return stated ? { shape: "statement", text: shiftToReader(clause, reader) } : { shape: "wants", text: withArticle(ownedByTeam(clause)) };
}

/** The user's own doing: "did that at Stripe" → "I did that at Stripe"; undefined when the clause is not theirs. */
export function asOwnDoing(clause: string): string | undefined {
  const text = clause.replace(/^(?:and|also|plus|but)\s+/i, "");
  if (/(?:^|\s)(?:I|I'd|I've|I'm)\s/.test(` ${text} `) || /^(?:at|in|on|when|while|for)\s.*\sI\s/.test(text)) return text;
  if (/^my\s/i.test(text) && nlp(text).verbs().found) return text;
  const first = text.split(" ")[0] ?? "";
  if (isPastVerb(first) || /^(?:have|'ve)\s/.test(text)) return `I ${text.replace(/^'ve\s/, "have ")}`;
  return undefined;
}

/** Separates the team's need from the user's example, each in a letter's voice. */
export function splitNeed(answer: string | undefined, reader: Reader): NeedResult {
  const clean = cleanNote(answer);
  if (clean.refusal) return { ok: false, reason: clean.refusal };
  const value: NeedAndExample = {};
  for (const clause of clean.clauses) {
    const mine = asOwnDoing(clause);
    if (mine) {
      value.example = value.example ? `${value.example}, and ${mine.replace(/^I\s/, "")}` : tidy(mine);
      continue;
    }
    if (!value.need) {
      const need = readNeed(clause, reader);
      if (VAGUE.test(need.text.trim())) continue;
      value.need = { shape: need.shape, text: tidy(need.text) };
    }
  }
  if (value.example) value.example = value.example.replace(/^i\b/, "I");
  return value.need || value.example ? { ok: true, value } : { ok: false, reason: "unclear" };
}
