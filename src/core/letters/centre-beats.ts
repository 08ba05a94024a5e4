// The centre of a thank-you: what this reader raised, tied in ordinary linked sentences to the user's own facts (the
// example, the point that never came up, the shored-up answer). No colon pivots, no claimed reflection, no filler.
import type { Moment } from "./capture-moment.js";
import type { LetterFacts, PersonFacts } from "./letter-facts.js";
import type { LetterPlan } from "./plan-letters.js";
import { answerClause, askedAbout, isUsersOwn, needClause, placeFirst, withAlso, withoutRepeatedPlace } from "./shape-facts.js";
import { contentStems } from "./text-tokens.js";

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function shares(a: string, b: string | undefined): boolean {
  if (!b) return false;
  const x = contentStems(a);
  for (const s of contentStems(b)) if (x.has(s)) return true;
  return false;
}

/** True when most content words of the need are already in the moment: say the example, not the need again. */
function restates(moment: string, need: string): boolean {
  const a = contentStems(moment);
  const b = [...contentStems(need)];
  return b.length >= 2 && b.filter((x) => a.has(x)).length / b.length >= 0.6;
}

/** The facts this letter carries, in the order they are said. */
interface Carried {
  need?: string;
  example?: string;
  unsaid?: string;
  shoreUp?: string;
}

function carried(f: LetterFacts, plan: LetterPlan): Carried {
  const m = f.material;
  return {
    ...(plan.fit && m.need ? { need: needClause(m.need) } : {}),
    ...(plan.fit && m.example ? { example: m.example } : {}),
    ...(plan.unsaid && m.unsaid ? { unsaid: m.unsaid } : {}),
    ...(plan.shoreUp && m.shoreUp ? { shoreUp: m.shoreUp } : {}),
  };
}

const ASKED: ((x: string) => string)[] = [
  (x) => `I enjoyed your question about ${x}.`,
  (x) => `I'm glad you ${askedAbout(x)}.`,
  (x) => `You ${askedAbout(x)}, which I enjoyed talking through.`,
];
const TALKED: ((x: string) => string)[] = [
  (x) => `I enjoyed our conversation about ${x}.`,
  (x) => `I'm glad we got to talk about ${x}.`,
  (x) => `It was good to talk with you about ${x}.`,
];

/** The moment alone, when nothing of the user's is tied to it; the card says it this way too. */
export function recallMoment(m: Moment, variant: number): string {
  const n = ((variant % 3) + 3) % 3;
  if (m.kind === "question" && isUsersOwn(m.about)) return `I'm glad you asked about ${m.about}.`;
  if (m.kind === "question" && m.answer) return `When you ${askedAbout(m.about)}, ${answerClause(m.answer)}.`;
  if (m.kind === "question") return ASKED[n]!(m.about);
  if (m.kind === "topic") return TALKED[n]!(m.about);
  return `It was useful to hear that ${m.about}.`;
}

/** What they raised, as the start of a sentence: "You asked about X", "We talked about X", "You mentioned that X". */
function raised(m: Moment): string {
  const lead = m.kind === "question" ? `You ${askedAbout(m.about)}` : m.kind === "topic" ? `We talked about ${m.about}` : `You mentioned that ${m.about}`;
  if (!m.also || m.alsoKind !== "point") return lead;
  if (m.kind === "point") return `${lead} and that ${m.also}`;
  return m.kind === "question" ? `${lead} and mentioned that ${m.also}` : `${lead}, and you mentioned that ${m.also}`;
}

/** The fact of the user's this moment can carry: the example when the need is theirs, else what never came up. */
function factForMoment(m: Moment, c: Carried): "example" | "unsaid" | undefined {
  const topic = `${m.about} ${m.also ?? ""}`;
  if (c.example && (restates(topic, c.need ?? "") || (!c.need && shares(topic, c.example)))) return "example";
  if (c.unsaid && /^(?:I|we)\s/i.test(c.unsaid) && shares(topic, c.unsaid)) return "unsaid";
  return undefined;
}

/** The sentences recalling this reader's moment, carrying one of the user's facts when it belongs to that topic. */
function momentSentences(m: Moment, c: Carried, variant: number): string[] {
  if (isUsersOwn(m.about)) return [recallMoment(m, variant)];
  // A point to shore up on their own question says the question itself: "To add to my answer on X, …".
  if (m.kind === "question" && c.shoreUp && !m.answer) return [];
  const key = m.answer ? undefined : factForMoment(m, c);
  if (key) {
    const fact = c[key]!;
    delete c[key];
    if (key === "example") delete c.need;
    // With a second thing they said, the fact gets its own sentence rather than a third "and".
    if (m.also && m.alsoKind === "point") return [`${raised(m)}.`, `${capitalize(placeFirst(fact))}.`];
    return [`${raised(m)}, and ${placeFirst(fact)}.`];
  }
  if (m.answer && m.also && m.alsoKind === "point") return [`${raised(m)}.`, `${capitalize(answerClause(m.answer))}.`];
  if (m.also && m.alsoKind === "point") return [`${raised(m)}.`];
  return [recallMoment(m, variant)];
}

/** The need and the user's example in one sentence: "You're looking for X, and at Stripe I did that for three years." */
function fitSentence(c: Carried, asked: string | undefined, interested: boolean, before: string, seed = 0): string | undefined {
  const example = c.example ? placeFirst(withoutRepeatedPlace(c.example, before)) : undefined;
  // They asked about the very work the example is: the question is the reason to say it, not a second recall.
  if (c.need && example && asked) {
    // "my churn model at HubSpot" after "at HubSpot I shipped…": the place is said once.
    const place = / at \p{Lu}[\p{L}\p{N}&.'-]*$/u.exec(asked)?.[0];
    return `${c.need}, and ${example}, so I was glad you asked about ${place && example.includes(place.trim()) ? asked.slice(0, -place.length) : asked}.`;
  }
  // Two ways to tie the need to the example, so "You're looking for X, and I did Y" is not every letter's middle.
  if (c.need && example && seed % 2 === 1) return `Since ${c.need.charAt(0).toLowerCase()}${c.need.slice(1)}, it may help to know that ${example}.`;
  if (c.need && example) return `${c.need}, and ${example}.`;
  // Alone, "I did this at my last firm" points at nothing: the example stands alone only when it names its work.
  if (example && !/\b(?:this|that|it|them)\b/i.test(example)) return `${capitalize(example)}.`;
  // "That's work I'd take on" follows a person or a piece of work the team wants, not a bare noun ("drivers").
  if (c.need && interested && /(?:for|needs) (?:\S+\s+\S+|someone|somebody)/.test(c.need)) return `${c.need}, and that's work I'd be glad to take on.`;
  return undefined;
}

/** The point that never came up, as a second thing the user has done; said with the moment when it answers it. */
// Said in a sentence of its own: a "which" after a fact can attach to the fact's last noun ("…flu shots, which…").
const UNSAID: ((said: string, plain: string, first: boolean) => string)[] = [
  (said, plain, first) => `It didn't come up when we spoke, but ${first ? plain : said}.`,
  (_, plain, first) => `I should ${first ? "" : "also "}mention that ${plain.replace(/^(I|I'm|I've|I'd) also /, "$1 ")}.`,
];

function unsaidSentence(unsaid: string, before: string, linked: boolean, seed: number): string {
  const plain = withoutRepeatedPlace(unsaid, before).replace(/^I also\s+/, "I ");
  // "I also sign ASL" needs something before it to be "also" to; as the letter's first fact it is said plainly.
  const first = !before.trim();
  const said = withAlso(plain);
  const own = /^(?:I|I'm|I've|I'd)\s/.test(plain) ? plain : said.replace(/^I also (have|hold)/, "I $1");
  if (linked) return `That reminded me that ${said}, which didn't come up when we spoke.`;
  return UNSAID[((seed % UNSAID.length) + UNSAID.length) % UNSAID.length]!(said, own, first);
}

/** A letter's centre: the sentences recalling this reader's moment, then the user's facts this letter carries. */
export interface Centre {
  moment: string[];
  facts: string[];
}

/** The centre of one letter: the moment first, then the facts this letter carries, each in one linked sentence. */
export function centreBeats(f: LetterFacts, p: PersonFacts, plan: LetterPlan): Centre {
  const c = carried(f, plan);
  const m = p.id === null ? undefined : f.material.moments.get(p.id);
  const own = p.id === null ? undefined : f.material.sentences.get(`moment:${p.id}`);
  // They asked about the user's own work and the example is that work: one sentence says both.
  const asked = m && !own && m.kind === "question" && isUsersOwn(m.about) && c.need && shares(m.about, c.example) ? m.about : undefined;
  // One seed per letter picks every alternative wording in it.
  const seed = f.variant + p.index + f.seed;
  const moment = own ? [own] : m && !asked ? momentSentences(m, c, seed) : [];
  const facts: string[] = [];
  const said = (): string => [...moment, ...facts].join(" ");
  const fit = fitSentence(c, asked, f.interest === "yes", said(), Math.abs(seed));
  if (fit) facts.push(fit);
  if (c.unsaid) {
    const topic = m ? `${m.about} ${m.also ?? ""} ${m.answer ?? ""}` : own ?? "";
    facts.push(unsaidSentence(c.unsaid, said(), moment.length === 1 && facts.length === 0 && shares(topic, c.unsaid), seed));
  }
  if (c.shoreUp) {
    const on = m && m.kind === "question" && !isUsersOwn(m.about) ? `To add to my answer on ${m.about}` : "To add to one of my answers";
    facts.push(`${on}, ${c.shoreUp}.`);
  }
  return { moment, facts };
}
