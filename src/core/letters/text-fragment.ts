// Turns a user's short answer ("Asked about the migration to K8s.") into a phrase a letter can embed.
import { isCommonWord } from "./load-speller.js";

/** How an answer can be embedded: a question they asked, a topic they raised, a statement they made, or anything (after a colon). */
export type FragmentShape = "question" | "topic" | "that" | "open";

/** A cleaned answer, ready to embed mid-sentence. */
export interface Fragment {
  text: string;
  shape: FragmentShape;
}

const SUBJECT = String.raw`(?:(?:she|he|they|[\p{Lu}][\p{L}\p{M}'’-]*)(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*){0,3}\s+)?`;
const SPECIFIC_LEADS: [RegExp, FragmentShape][] = [
  [new RegExp(String.raw`^${SUBJECT}(?:asked|quizzed)\s+(?:me\s+)?(?:a\s+lot\s+)?(?:about|on|regarding)\s+`, "iu"), "question"],
  [new RegExp(String.raw`^${SUBJECT}(?:asked|wondered)\s+(?:me\s+)?(?=(?:how|why|what|whether|which|when|where|if)\b)`, "iu"), "question"],
  [new RegExp(String.raw`^${SUBJECT}(?:wanted\s+to\s+(?:know|hear|understand|learn)|was\s+(?:curious|interested))\s+(?:about\s+|in\s+)?`, "iu"), "question"],
  [/^(?:her|his|their)\s+question\s+(?:about|on)\s+/iu, "question"],
  [new RegExp(String.raw`^${SUBJECT}(?:said|told\s+me|mentioned|explained|noted|pointed\s+out|stressed)\s+that\s+`, "iu"), "that"],
  [new RegExp(String.raw`^${SUBJECT}(?:talked|spoke|went\s+on|was\s+talking|told\s+me)\s+(?:a\s+lot\s+)?about\s+`, "iu"), "topic"],
  [/^we\s+(?:talked|spoke|chatted)\s+(?:a\s+lot\s+)?about\s+/iu, "topic"],
  [/^we\s+(?:discussed|covered)\s+/iu, "topic"],
  [new RegExp(String.raw`^${SUBJECT}(?:mentioned|raised|brought\s+up|discussed|described|emphasi[sz]ed|focused\s+on|dug\s+into|pushed\s+on|probed)\s+`, "iu"), "topic"],
  [new RegExp(String.raw`^${SUBJECT}(?:said|told\s+me|thinks|believes|feels)\s+`, "iu"), "that"],
];

const NEEDS_LEAD =
  /^(?:(?:the\s+)?(?:team|company|group|they|she|he|we)\s+(?:really\s+|mostly\s+|urgently\s+)?(?:needs?|wants?|is\s+looking\s+for|are\s+looking\s+for|(?:is|are)\s+struggling\s+with|(?:has|have)\s+trouble\s+with)|needs?|looking\s+for|need\s+help\s+with)\s*[:\s]\s*/iu;

const EXAMPLE_LEAD =
  /^(?:(?:my|the)\s+(?:example|story|answer)\s+(?:of|about|on)\s+|(?:when\s+)?i\s+(?:explained|described|talked\s+about|spoke\s+about|shared|mentioned|showed|walked\s+(?:them|her|him)\s+through)\s+|(?:talking|explaining|describing)\s+(?:about\s+)?)/iu;

/** Trims an answer to one clean phrase: first sentence, no bullet, no wrapping quotes, no trailing punctuation. */
export function cleanAnswer(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let t = text.replace(/\s+/g, " ").trim();
  t = t.replace(/^(?:[-*•·]|\d+[.)])\s+/u, "");
  t = t.split(/(?<=[.!?…])\s+(?=[\p{Lu}"“])/u)[0] ?? t;
  for (let i = 0; i < 3; i++) {
    t = t.replace(/^["“”'‘’]+|["“”'‘’]+$/gu, "").replace(/[\s.!?;:,…–—-]+$/u, "").trim();
  }
  return t.length > 0 ? t : undefined;
}

/** Lower-cases the first word when it is an ordinary word placed mid-sentence; names, acronyms and "I" keep their capitals. */
export function lowerFirst(text: string, keepCaps: ReadonlySet<string>): string {
  const m = /^([\p{L}\p{M}'’-]+)/u.exec(text);
  if (!m) return text;
  const first = m[1]!;
  const plain = /^\p{Lu}[\p{Ll}\p{M}'’-]*$/u.test(first);
  if (!plain || /^I(?:['’].*)?$/.test(first) || keepCaps.has(first) || !isCommonWord(first)) return text;
  return first.toLowerCase() + text.slice(first.length);
}

const PRONOUN_VERBS: Record<string, string> = { is: "are", was: "were", has: "have", does: "do", "doesn't": "don't", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't" };

function agree(verb: string): string {
  const lower = verb.toLowerCase();
  if (PRONOUN_VERBS[lower]) return PRONOUN_VERBS[lower]!;
  if (/(?:ss|us|is)$/.test(lower) || lower.length < 3) return verb;
  if (/ies$/.test(lower)) return verb.slice(0, -3) + "y";
  if (/(?:sh|ch|x|z|o)es$/.test(lower)) return verb.slice(0, -2);
  if (/s$/.test(lower)) return verb.slice(0, -1);
  return verb;
}

/** Speaks about the interviewer to the interviewer: "her team" → "your team", "she thinks" → "you think". */
export function addressDirectly(text: string): string {
  return text
    .replace(/\b(?:she|he)['’]s\b/giu, "you're")
    .replace(/\b(?:she|he)\s+([\p{L}'’]+)/giu, (_, verb: string) => `you ${agree(verb)}`)
    .replace(/\b(?:she|he)\b/giu, "you")
    .replace(/\b(?:herself|himself)\b/giu, "yourself")
    .replace(/\bhers\b/giu, "yours")
    .replace(/\bher(?=\s+(?:through|about|on|with|to|and|in|at|for|that|how|why|what|if)\b|[\s]*$|[,;:])/giu, "you")
    .replace(/\b(?:her|his)\b/giu, "your")
    .replace(/\bhim\b/giu, "you");
}

function shape(text: string, leads: [RegExp, FragmentShape][], fallback: FragmentShape): Fragment {
  for (const [lead, kind] of leads) {
    const m = lead.exec(text);
    if (m && m[0].length < text.length) return { text: text.slice(m[0].length), shape: kind };
  }
  return { text, shape: fallback };
}

/** The thing an interviewer raised, shaped for embedding; addressed to them unless the letter goes to someone else. */
export function readSpecific(answer: string | undefined, keepCaps: ReadonlySet<string>, direct = true): Fragment | undefined {
  const clean = cleanAnswer(answer);
  if (!clean) return undefined;
  const f = shape(clean, SPECIFIC_LEADS, /^(?:how|why|what|whether|which|when|where)\b/i.test(clean) ? "topic" : "open");
  return { text: lowerFirst(direct ? addressDirectly(f.text) : f.text, keepCaps), shape: f.shape };
}

/** What the team needs, without the "they need" lead-in, ready to follow a colon. */
export function readNeeds(answer: string | undefined, keepCaps: ReadonlySet<string>): string | undefined {
  const clean = cleanAnswer(answer);
  if (!clean) return undefined;
  const m = NEEDS_LEAD.exec(clean);
  return lowerFirst(m && m[0].length < clean.length ? clean.slice(m[0].length) : clean, keepCaps);
}

/** The user's own example (what went well, a key point), ready to follow "about". */
export function readExample(answer: string | undefined, keepCaps: ReadonlySet<string>): string | undefined {
  const clean = cleanAnswer(answer);
  if (!clean) return undefined;
  const m = EXAMPLE_LEAD.exec(clean);
  return lowerFirst(m && m[0].length < clean.length ? clean.slice(m[0].length) : clean, keepCaps);
}

/** Any other answer, cleaned and ready to follow a colon. */
export function readPlain(answer: string | undefined, keepCaps: ReadonlySet<string>): string | undefined {
  const clean = cleanAnswer(answer);
  return clean ? lowerFirst(clean, keepCaps) : undefined;
}
