// The bar every drafted letter must clear, as named rules: the corpus test runs them on every draft, and the seeded
// defects test proves each one fails on a letter that breaks it.
import {
  checkLetter,
  countWords,
  greetingName,
  LENGTH_RANGES,
  measureSimilarity,
  readMaterial,
  type Draft,
  type GrammarChecker,
} from "../../../src/core/letters/index.js";
import { cleanNote } from "../../../src/core/letters/clean-note.js";
import { CHAT_WORDS } from "../../../src/core/letters/note-lexicon.js";
import type { TypedCase } from "./typed-debriefs.js";

/** What a rule sees: the draft, its case, and the grammar checker loaded once for the run. */
export interface RuleInput {
  draft: Draft;
  c: TypedCase;
  grammar: GrammarChecker;
}

/** A rule returns why the draft fails it, or undefined. */
export type Rule = (x: RuleInput) => string | undefined;

/** The prose between greeting and sign-off, as sentences. */
export function proseSentences(body: string): string[] {
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim());
  return paragraphs
    .slice(1, -1)
    .flatMap((p) => p.split(/(?<=[.!?])\s+(?=\S)/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The prose paragraphs between greeting and sign-off. */
function proseParagraphs(body: string): string[] {
  return body.split(/\n\s*\n/).map((p) => p.trim()).slice(1, -1);
}

function count(text: string, word: string): number {
  return text.toLowerCase().split(word.toLowerCase()).length - 1;
}

const REFLECTION = /\b(?:kept thinking|keep thinking|been thinking about|thinking about your|thought about most|stayed with me|has stayed|thought about since)\b/i;
const FILLER = /\b(?:(?:learn|hear)\w* (?:more )?about (?:the|how the|your) (?:team|work|company)|(?:better|clearer|fuller) (?:sense|picture|understanding) of|chance to learn|helpful to learn|helped to hear)\b/i;
const OFFERS = /\b(?:anything else I can|anything more I can|if there's anything else|let me know if I can)\b/i;
const RAW = /\bAB test|\bmid market\b|\bmonth end\b|\bw\/o\b|\s\+\s|\b\d+k\b|\b\d+\+/i;
// A numeral one to nine in prose ("3 years"), in a clause with no larger number ("from 45 to 12" keeps numerals);
// names with numbers ("SOC 2"), data (60%, $5) and dates ("Tuesday 1 December") excepted.
const SMALL_NUMERAL = /(?<![$£€\d.,:/-])(?<!\b[A-Z]{2,} )\b[1-9]\b(?![\d.,:/%-]| (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;

function smallNumeral(prose: string): string | undefined {
  for (const clause of prose.split(/[,;.]\s+/)) {
    const numbers = [...clause.matchAll(/(?<![$£€\d.,:/-])\b(\d+)\b(?![\d.,:/%])/g)].map((m) => Number(m[1]));
    if (numbers.some((n) => n > 10)) continue;
    const hit = SMALL_NUMERAL.exec(clause)?.[0];
    if (hit) return `${hit} in "${clause}"`;
  }
  return undefined;
}
const JUDGED = /\byou (?:were|seemed|looked|sounded) (?:\w+ )?(?:tough|hard|rude|bored|cold|distant|distracted|intimidating|grumpy|nice|friendly|impressed|busy|tired)\b/i;

const HYPERBOLE = /\b(?:thrilled|amazing|awesome|incredibl[ey]|fantastic|dream (?:job|role|team)|perfect fit|can't wait|so excited|extremely|absolutely|love (?:the|this|your))\b/i;
const ASIDE = /\b(?:forgot to|should have said|should've|note to self|remember to|tbh|lol|ugh|haha|like \d+ times|i rambled|went well|came across|i think i)\b/i;
const THIRD_PERSON_NOTE = /\b(?:she|he|her|his|him|their)\b/i;

/** Every rule of the bar, by name. */
export const RULES: Record<string, Rule> = {
  "no emoji": ({ draft }) => (/\p{Extended_Pictographic}/u.test(draft.body) ? "has an emoji" : undefined),
  "no exclamation run": ({ draft }) => (/!{2,}|!\?|\?!/.test(draft.body) ? "has an exclamation run" : undefined),
  "no hyperbole": ({ draft }) => HYPERBOLE.exec(draft.body)?.[0],
  "no private aside": ({ draft }) => {
    const hit = ASIDE.exec(draft.body)?.[0];
    if (hit) return `aside "${hit}"`;
    const chat = proseSentences(draft.body).join(" ").toLowerCase().split(/[^a-z']+/).find((w) => CHAT_WORDS.has(w));
    return chat ? `chat word "${chat}"` : undefined;
  },
  "no self-assessment from the notes": ({ draft, c }) => {
    const notes = [c.debrief.differently, c.debrief.wentWell, ...c.debrief.interviewers.map((p) => p.specific)];
    const judged = notes.flatMap((n) => cleanNote(n).selfAssessment);
    return judged.find((j) => draft.body.toLowerCase().includes(j.toLowerCase()));
  },
  "no reader in the third person, no note pronoun": ({ draft, c }) => {
    if (draft.kind !== "thanks" && draft.kind !== "card") return undefined;
    const prose = proseSentences(draft.body).join(" ");
    const pronoun = THIRD_PERSON_NOTE.exec(prose)?.[0];
    if (pronoun) return `note pronoun "${pronoun}"`;
    const p = c.debrief.interviewers.find((x) => x.id === draft.interviewerId);
    const first = p?.name.replace(/^(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+/, "").split(" ")[0];
    return first && new RegExp(`(?:with|to|from|and|about) ${first}\\b|\\b${first}(?:'s| said| asked)`).test(prose) ? `talks about ${first}` : undefined;
  },
  "greeting in the chosen style": ({ draft, c }) => {
    const first = draft.body.split("\n")[0]!;
    const person = c.debrief.interviewers.find((p) => p.id === draft.interviewerId);
    const to = person?.name ?? (draft.recipient.endsWith("hiring team") ? undefined : draft.recipient);
    if (!to) return first.startsWith("Dear ") && first.endsWith(" hiring team,") ? undefined : `greeting "${first}"`;
    const want = `Dear ${greetingName(to, c.greeting)},`;
    return first === want ? undefined : `greeting "${first}", want "${want}"`;
  },
  "signed with the person's name": ({ draft, c }) => {
    const last = draft.body.trim().split("\n").pop()!;
    return !c.userName || last === c.userName ? undefined : `last line "${last}"`;
  },
  "sentences start with a capital and end with punctuation": ({ draft }) =>
    proseSentences(draft.body).find((s) => !/^["'(]?[\p{Lu}\p{N}]/u.test(s) || !/[.!?]["')]?$/.test(s)),
  "no finding from the checks, grammar included": ({ draft, c, grammar }) => {
    // The issue excepts findings on names and tech words: a name typed in small letters is pointed out to the user.
    const findings = checkLetter(draft, c.debrief, { userName: c.userName, grammar }).filter((f) => f.code !== "casing.small-name");
    return findings.length ? findings.map((f) => `${f.code}: ${f.message}`).join("; ") : undefined;
  },
  "length for its kind": ({ draft }) => {
    const words = countWords(draft.body);
    // A thank-you reads best short: a strong one is often 60–120 words, and one whose notes hold nothing about its
    // reader is a short, honest note (25 and up) rather than padding.
    const [min, max] = draft.kind === "thanks" ? [25, 150] : draft.kind === "card" ? [12, 59] : LENGTH_RANGES[draft.kind];
    return words < min || words > max ? `${words} words, want ${min}–${max}` : undefined;
  },
  "recalls what its reader raised": ({ draft, c }) => {
    if (draft.kind !== "thanks" || draft.interviewerId === null) return undefined;
    const word = c.recall.get(draft.interviewerId);
    const asked = readMaterial(c.debrief).gaps.some((g) => g.slot === `moment:${draft.interviewerId}`);
    if (word === null || word === undefined) return asked ? undefined : "the unusable or missing note was not asked about";
    return word && !draft.body.toLowerCase().includes(word.toLowerCase()) ? `does not recall "${word}"` : undefined;
  },
  "the point that never came up is in the letter it fits": ({ draft, c }) => {
    if (draft.kind !== "thanks" || !c.unsaidIn) return undefined;
    const has = draft.body.includes(c.unsaidIn.word);
    const should = c.unsaidIn.to === "all" || c.unsaidIn.to === draft.recipient;
    return has === should ? undefined : should ? `misses "${c.unsaidIn.word}"` : `carries "${c.unsaidIn.word}", which fits ${c.unsaidIn.to}`;
  },
  "no colon pivot": ({ draft }) => proseSentences(draft.body).find((s) => /:\s/.test(s)),
  "no claimed reflection without content": ({ draft }) => REFLECTION.exec(draft.body)?.[0],
  "no learned-about-the-team filler": ({ draft }) => FILLER.exec(draft.body)?.[0],
  "never the reader's own title echoed back": ({ draft, c }) => {
    const title = c.debrief.interviewers.find((p) => p.id === draft.interviewerId)?.title;
    if (!title || (c.debrief.role ?? "").toLowerCase().includes(title.toLowerCase())) return undefined;
    return proseParagraphs(draft.body).join(" ").toLowerCase().includes(title.toLowerCase()) ? `echoes "${title}"` : undefined;
  },
  "never 'your question on my X'": ({ draft }) => /\bquestions? (?:on|about) my\b/i.exec(draft.body)?.[0],
  "thanks once, one closing line, no stacked offers": ({ draft }) => {
    if (draft.kind !== "thanks") return undefined;
    const thanks = proseSentences(draft.body).filter((s) => /\b(?:thank|thanks|appreciate|appreciated|grateful)\b/i.test(s));
    if (thanks.length > 1) return `thanks ${thanks.length} times`;
    const last = proseParagraphs(draft.body).pop() ?? "";
    if (proseParagraphs(draft.body).length > 1 && last.split(/(?<=[.!?])\s+/).length > 1) return `closing paragraph "${last}"`;
    return OFFERS.exec(draft.body)?.[0];
  },
  "company once, role title once and not in the subject": ({ draft, c }) => {
    if (draft.kind !== "thanks") return undefined;
    const prose = proseParagraphs(draft.body).join(" ");
    const { company, role } = c.debrief;
    if (company && count(prose, company) > 1) return `names ${company} ${count(prose, company)} times`;
    if (role && count(prose, role) > 1) return `says "${role}" ${count(prose, role)} times`;
    return role && draft.subject.toLowerCase().includes(role.toLowerCase()) ? `subject repeats "${role}"` : undefined;
  },
  "no judgement of the interviewer": ({ draft, c }) => {
    const hit = JUDGED.exec(draft.body)?.[0];
    if (hit) return hit;
    const notes = c.debrief.interviewers.map((p) => p.specific);
    const judged = notes.flatMap((n) => cleanNote(n).selfAssessment).filter((j) => /^(?:she|he|they)\b/i.test(j));
    const words = judged.map((j) => j.split(" ").pop()!.toLowerCase());
    return words.find((w) => w.length > 3 && new RegExp(`\\b${w}\\b`, "i").test(proseParagraphs(draft.body).join(" ")));
  },
  "no raw input in the prose": ({ draft, c }) => {
    const prose = proseParagraphs(draft.body).join(" ");
    const raw = RAW.exec(prose)?.[0] ?? smallNumeral(prose);
    if (raw) return `raw "${raw}"`;
    const ours = proseSentences(draft.body).find((s) => /\bours\b/.test(s) && !/\b(?:your|needs|looking for|about)\b/.test(s));
    if (ours) return `"ours" with nothing to point at: ${ours}`;
    const company = c.debrief.company;
    return company && company === company.toLowerCase() && /\p{L}/u.test(company) && !/[.\d]/.test(company) && prose.includes(company) ? `company as typed: ${company}` : undefined;
  },
  "the interview's date is unambiguous in a check-in": ({ draft, c }) => {
    if (draft.kind !== "checkin" || !c.debrief.happenedAt) return undefined;
    return /\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+\b/.test(draft.body) ? undefined : "no weekday, day and month";
  },
  "a note to a recruiter names the notes sent to the interviewers": ({ draft, c }) => {
    if (draft.kind !== "checkin" || !c.debrief.recruiter || c.debrief.interviewers.length === 0) return undefined;
    const missing = c.debrief.interviewers.find((p) => !draft.body.includes(p.name));
    return missing ? `does not name ${missing.name}` : /my thank-you note (?:found|reached)/.test(draft.body) ? "speaks of one note" : undefined;
  },
};

/** Rules over the letters of one debrief together: distinct sentences and low similarity. */
export function checkPanel(thanks: Draft[]): string | undefined {
  for (let i = 0; i < thanks.length; i++) {
    for (let j = i + 1; j < thanks.length; j++) {
      const a = proseSentences(thanks[i]!.body);
      const b = new Set(proseSentences(thanks[j]!.body).slice(1, -1));
      // The thanks (first sentence) and the closing thanks (last) may be shared; nothing between them.
      const shared = a.slice(1, -1).find((s) => b.has(s));
      if (shared) return `"${shared}" is in the letters to ${thanks[i]!.recipient} and ${thanks[j]!.recipient}`;
      const sim = measureSimilarity(thanks[i]!, thanks[j]!);
      if (sim >= 0.3) return `letters to ${thanks[i]!.recipient} and ${thanks[j]!.recipient} are ${sim.toFixed(2)} alike`;
    }
  }
  return undefined;
}
