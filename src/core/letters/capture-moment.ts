// What the user talked about with one interviewer, captured as a topic a letter can recall, not as the raw note.
import nlp from "compromise";
import { cleanNote, type Refusal } from "./clean-note.js";
import { gerundOf, groupText, hasFiniteVerb, infinitiveOf, startsWithVerb } from "./nlp.js";
import { isPersonal } from "./shape-facts.js";
import { TECH_CASING } from "./note-lexicon.js";
import { shiftToReader, withDeterminer, type Reader } from "./shift-to-reader.js";
import { tidy } from "./tidy-phrase.js";
import { subjectOf, THEIR_TROUBLE, verdictSubject, withoutPrivateItems } from "./moment-asides.js";
import { isOffRegister, readsAsAnswer, readsAsClause, readsAsPhrase } from "./vet-phrase.js";

/** How the moment is recalled: a question they asked, a topic you covered, or a point they made. */
export type MomentKind = "question" | "topic" | "point";

/** One interviewer's moment, letter-ready: `about` follows "about" ("moving the nightly batch ETL to streaming"). */
export interface Moment {
  kind: MomentKind;
  /** A phrase that reads after "about" (question, topic) or after "that" (point), in the reader's voice. */
  about: string;
  /** What the user answered, as a first-person sentence, when the note says. */
  answer?: string;
  /** Another topic or point of the same conversation, for tying the user's example to this reader. */
  also?: string;
  alsoKind?: MomentKind;
}

/** A moment, or why the note cannot give one. */
export type MomentResult = { ok: true; moment: Moment } | { ok: false; reason: Refusal | "unclear" };

const SUBJECT = "(then|and|also|so)? (she|he|they|we|#Person+|#ProperNoun)? (both|also|then)?";
// Leads in order: the more specific first ("mentioned that" before "mentioned"). compromise match syntax, not regex.
const LEADS: [string, MomentKind][] = [
  [`^${SUBJECT} asked (me|us)? to (walk|talk) (you|her|him|them)? through [<x>.+]`, "question"],
  [`^${SUBJECT} asked (me|us)? to [<x>.+]`, "question"],
  [`^${SUBJECT} (asked|quizzed|grilled|pressed|pushed|probed|drilled) (me|us)? (a lot|a ton|lots|hard)? (about|on|regarding|into) [<x>.+]`, "question"],
  [`^${SUBJECT} (asked|wondered) (me|us)? [<x>(how|why|what|whether|if|which|when|where|who) .+]`, "question"],
  [`^${SUBJECT} (wanted|wants) to (know|hear|understand) (about)? [<x>.+]`, "question"],
  [`^${SUBJECT} (was|seemed) (curious|interested) (about|in) [<x>.+]`, "question"],
  [`^${SUBJECT} (dug|dove|drilled) into [<x>.+]`, "question"],
  [`^${SUBJECT} had (a|some)? questions? (about|on) [<x>.+]`, "question"],
  [`^(her|his|their) questions? (about|on) [<x>.+]`, "question"],
  [`^${SUBJECT} (said|mentioned|explained|noted|stressed|admitted) that [<x>.+]`, "point"],
  [`^${SUBJECT} (told|showed) (me|us) that [<x>.+]`, "point"],
  [`^${SUBJECT} pointed out (that)? [<x>.+]`, "point"],
  [`^${SUBJECT} (thinks|believes|feels|said) [<x>.+]`, "point"],
  [`^${SUBJECT} (talked|spoke|chatted|talk|went on) (a lot|mostly)? (about|through) [<x>.+]`, "topic"],
  [`^${SUBJECT} (talked|chatted) (a lot|mostly)? [<x>.+]`, "topic"],
  [`^${SUBJECT} (discussed|covered|explained|described|mentioned|raised|shared|presented) [<x>.+]`, "topic"],
  [`^${SUBJECT} (walked|took) (me|us) through [<x>.+]`, "topic"],
  [`^${SUBJECT} (went|ran) (over|through) [<x>.+]`, "topic"],
  [`^${SUBJECT} (told|showed) (me|us) about [<x>.+]`, "topic"],
  [`^${SUBJECT} (brought up|focused on|gave an overview of) [<x>.+]`, "topic"],
];
// compromise does not match a group nested in an alternation ("told (her|him)"), so each lead is its own pattern.
const ANSWER_LEADS = [
  "^i (said|answered|explained|suggested|proposed|replied) (that)? [<x>.+]",
  "^i told (her|him|them|you) (that)? [<x>.+]",
  "^(my answer|i answered) (was)? [<x>.+]",
];
// "I talked about how we fixed flaky CI": the answer is the whole clause, said as the user said it.
const TALKED_LEAD = "^i (talked|spoke) (about|through) [<x>.+]";

/** "how I'd move X" → "moving X": a how-question reads best as the work it asks about. */
function asGerund(x: string): string {
  const doc = nlp(x);
  const m = doc.match("^how (i|we|you) (would|could|should|'d|might|will|'ll)? [<v>#Verb] [<rest>.*]");
  const to = doc.match("^how to [<v>#Verb] [<rest>.*]");
  const hit = m.found ? m : to.found ? to : undefined;
  if (!hit) return x;
  const verb = groupText(hit, "v");
  const gerund = gerundOf(verb);
  if (!gerund) return x;
  const rest = groupText(hit, "rest");
  return `${gerund}${rest ? ` ${rest}` : ""}`;
}

/** The clause a lead introduces, in the reader's voice; "asked me to design X" keeps the verb as "designing X". */
function shapeLead(clause: string, reader: Reader): { kind: MomentKind; about: string } | undefined {
  const doc = nlp(clause);
  for (const [pattern, kind] of LEADS) {
    const m = doc.match(pattern);
    if (!m.found) continue;
    let x = groupText(m, "x");
    if (!x) continue;
    if (pattern.includes("asked (me|us)? to [<x>")) {
      const first = x.split(" ")[0]!;
      const gerund = gerundOf(first);
      x = gerund ? `${gerund}${x.slice(first.length)}` : x;
    }
    // "asked about our mid market pipeline": the user quoting the interviewer, whose "our" is the reader's own.
    return { kind, about: shiftToReader(asGerund(x), reader).replace(/\bour\b/g, "your") };
  }
  return undefined;
}

/** The user's answer in a clause: "I said I'd dual-write" → "I'd dual-write"; a bare "said I'd …" only right after a question. */
function answerIn(clause: string, afterQuestion: boolean): string | undefined {
  const doc = nlp(clause);
  for (const pattern of ANSWER_LEADS) {
    const m = doc.match(pattern);
    if (m.found) return groupText(m, "x");
  }
  const talked = doc.match(TALKED_LEAD);
  if (talked.found && afterQuestion) return `I talked about ${groupText(talked, "x")}`;
  if (afterQuestion) {
    const said = doc.match("^(said|answered|suggested|explained|told (her|him|them)) (that)? [<x>.+]");
    if (said.found) return groupText(said, "x");
  }
  return undefined;
}

/** A clause about the user's own doing ("I cut pager alerts by 60%"): not a moment of the reader's. */
function isOwnClause(clause: string): boolean {
  return /^(?:I|I'd|I've|I'm|my|at my|in my)\s/i.test(clause);
}

/**
 * A clause that states something of its own ("your builds break twice a week", "they're moving to GraphQL") is a
 * point; a noun phrase, even with a clause inside ("the checklist she built"), is a topic.
 */
function bareShape(clause: string, reader: Reader): { kind: MomentKind; about: string } {
  const shifted = shiftToReader(clause.replace(/^(?:also|and|plus|then|but)\s+/i, ""), reader);
  const doc = nlp(shifted);
  // "design a rate limiter": the task they set, read as the work it names ("designing a rate limiter").
  const verb = shifted.split(" ")[0]!;
  // Only a verb with its object after it ("design a rate limiter"); "budget questions" is a noun phrase.
  if (startsWithVerb(shifted) && infinitiveOf(verb) === verb.toLowerCase() && doc.match("^. (#Determiner|#Possessive|#Pronoun)").found) {
    const gerund = gerundOf(verb);
    if (gerund) return { kind: "topic", about: `${gerund}${shifted.slice(verb.length)}` };
  }
  // "how I'd cut logistics costs" with no lead is still a question they put to the user.
  if (/\b(?:how|why|what|whether|which|when|where)\s+(?:I|I'd|I'm|I've)\b/.test(shifted)) return { kind: "question", about: asGerund(shifted) };
  // "the office move in March", "React performance": a thing named, not a statement, whatever the tagger says of "move".
  if (doc.match("^#Determiner #Noun (move|change|shift|launch|push|rollout|build|release|hire|plan|update|cut|spend)").found || TECH_CASING[verb.toLowerCase()]) {
    return { kind: "topic", about: asGerund(shifted) };
  }
  const first = doc.terms().first();
  const pronounFirst = first.has("#Pronoun") && !first.has("#Possessive");
  const verbs = doc.match("(#PresentTense|#Copula)").not("#Gerund");
  // A statement has something after its verb ("builds break twice a week"); "Terraform questions" ends on its noun.
  const present = verbs.found && !doc.terms().last().has("(#PresentTense|#Copula)");
  const question = /^(?:how|why|what|whether|which|when|where|who)\b/i.test(shifted);
  const point = !question && (pronounFirst || present);
  return { kind: point ? "point" : "topic", about: asGerund(shifted) };
}


const RANK: Record<MomentKind, number> = { question: 0, topic: 1, point: 2 };

const MAX_ABOUT_WORDS = 18;

/** "readmission model. asked how I'd explain it to clinicians" → "explaining the readmission model to clinicians". */
function resolveIt(found: { kind: MomentKind; about: string }[]): void {
  const q = found.find((f) => f.kind !== "point" && /\bit\b/.test(f.about));
  const other = found.find((f) => f !== q);
  if (!q || !other) return;
  const short = other.about.split(" ").length <= 3;
  const subject = other.kind === "point" && !short ? subjectOf(other.about) : withDeterminer(other.about);
  if (!subject || subject.split(" ").length > 6) return;
  q.about = q.about.replace(/\bit\b/, subject);
  found.splice(found.indexOf(other), 1);
}

/** A lone verb or adjective ("rushed", "intense") is a remark about the interview, not a topic. */
function isLoneRemark(clause: string): boolean {
  if (clause.trim().split(/\s+/).length > 1) return false;
  const t = nlp(clause).terms().first();
  return (t.has("#Verb") || t.has("#Adjective") || t.has("#Adverb")) && !t.has("#Noun");
}

/** One or two capitalized words: a product or tech name ("Kafka") that can stand before a short topic ("partitioning"). */
function isNameLike(text: string): boolean {
  return /^\p{Lu}[\p{L}\p{N}.+#-]*(?:\s\p{Lu}[\p{L}\p{N}.+#-]*)?$/u.test(text);
}

/** Two topics: short ones are one subject ("SQL live coding and window functions"); else the more specific leads. */
function pickTopics(all: { kind: MomentKind; about: string }[]): { kind: MomentKind; about: string }[] {
  // After the first, a statement of theirs ("your pagers go off constantly") says more than a one-word heading.
  const [head, ...rest] = all;
  const sorted = head ? [head, ...rest.sort((x, y) => Number(y.kind === "point") - Number(x.kind === "point"))] : all;
  const [a, b] = sorted;
  // Two questions or two topics: "A/B testing" then "how I'd size a test for a small funnel" is one subject, said once.
  if (!a || !b || a.kind !== b.kind || a.kind === "point") return sorted;
  const size = (x: { about: string }): number => x.about.split(" ").length;
  if (size(a) <= 3 && size(b) <= 3) return [{ kind: a.kind, about: `${a.about} and ${b.about}` }, ...sorted.slice(2)];
  return size(b) > size(a) ? [b, a, ...sorted.slice(2)] : sorted;
}

/** Captures one interviewer's moment from the note about them; refuses what cannot be recalled in one clause. */
export function captureMoment(note: string | undefined, reader: Reader): MomentResult {
  const clean = cleanNote(note);
  if (clean.refusal) return { ok: false, reason: clean.refusal };
  const found: { kind: MomentKind; about: string }[] = [];
  let answer: string | undefined;
  for (const clause of clean.clauses) {
    const reply = answerIn(clause, found.some((f) => f.kind === "question"));
    if (reply || isOwnClause(clause)) {
      if (reply && found.length > 0 && readsAsAnswer(tidy(reply))) answer ??= tidy(reply);
      continue;
    }
    const led = shapeLead(clause, reader);
    if (!led && isLoneRemark(clause)) continue;
    const shaped = led ?? bareShape(clause, reader);
    const about = withoutPrivateItems(tidy(shaped.about));
    // What would not read as English after "about" or "that" is left out of the letter, never pasted into it.
    // A "point" the tagger misread ("works council") is a topic when it reads as one.
    const short = about.split(" ").length <= 3 && !/\b(?:twice|once|a week|a day|every|always|never)\b/i.test(about);
    const kind = shaped.kind === "point" && short && !readsAsClause(about) && readsAsPhrase(about) ? "topic" : shaped.kind;
    const reads = kind === "point" ? readsAsClause(about) : readsAsPhrase(about);
    // "your event tracking is a mess": what they spoke of is the subject, recalled as a topic, never the verdict.
    const subject = kind === "point" && !reads && isOffRegister(about) ? verdictSubject(about) : undefined;
    if (subject && readsAsPhrase(subject)) found.push({ kind: "topic", about: withDeterminer(subject) });
    if (about && reads && about.split(" ").length <= MAX_ABOUT_WORDS) found.push({ kind, about: kind === "point" ? about : withDeterminer(about) });
  }
  if (found.length === 0) return { ok: false, reason: "unclear" };
  resolveIt(found);
  // A question they asked is the most personal thing to recall, then a topic, then a point they made.
  // A question about the user's own circumstances ("why I'm leaving") is the last thing a thank-you recalls.
  const rank = (x: { kind: MomentKind; about: string }): number => (isPersonal(x.about) ? 3 : RANK[x.kind]);
  // A yes-or-no question quoted without the answer leaves the reader asking "well, do you?": it is not recalled.
  const answered = found.filter((x) => !(x.kind === "question" && /^(?:if|whether)\b/i.test(x.about) && !answer));
  // What they said of their own team's trouble ("your labs are outdated", "nobody there knows it") is not quoted back.
  // Nor is a question about the user's own circumstances ("why I'm leaving", salary): the answer is theirs to keep.
  const usable = answered.filter((x) => (x.kind !== "point" || !THEIR_TROUBLE.test(x.about)) && !isPersonal(x.about));
  if (usable.length === 0) return { ok: false, reason: "unclear" };
  const [first, second] = pickTopics([...usable].sort((a, b) => rank(a) - rank(b)));
  const moment: Moment = { kind: first!.kind, about: first!.about };
  if (second && isNameLike(second.about) && first!.about.split(" ").length <= 3 && first!.kind === "question") moment.about = `${second.about} ${first!.about}`;
  // A second remark of theirs is not echoed; a second topic or question may carry the user's example.
  else if (second && second.kind !== "point") Object.assign(moment, { also: second.about, alsoKind: second.kind });
  // With two questions in one note, which one the answer belongs to is a guess: it is left out.
  if (answer && found.filter((x) => x.kind === "question").length === 1) moment.answer = answer;
  return { ok: true, moment };
}
