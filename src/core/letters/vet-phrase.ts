// The last check on a piece taken from the notes, against the frame it will fill ("about …", "that …", "I …", "I also
// have …"): a piece that would not read as English there is left out or asked about, never pasted into a letter.
import nlp from "compromise";
import { loadSpeller } from "./load-speller.js";

interface Term {
  text: string;
  lower: string;
  post: string;
  tags: Set<string>;
}

// Each check of a piece (as a phrase, a clause, the user's doing, an answer) reads the same words: tagged once.
const TAGGED_LIMIT = 500;
const tagged = new Map<string, Term[]>();

function termsOf(phrase: string): Term[] {
  const hit = tagged.get(phrase);
  if (hit) return hit;
  const terms = tag(phrase);
  tagged.set(phrase, terms);
  if (tagged.size > TAGGED_LIMIT) tagged.delete(tagged.keys().next().value!);
  return terms;
}

function tag(phrase: string): Term[] {
  const json = nlp(phrase).json() as { terms: { text: string; post?: string; tags: string[] }[] }[];
  const terms: Term[] = [];
  for (const t of json.flatMap((s) => s.terms)) {
    // compromise splits "I'd" and "you're" into the word and an empty "would" or "are": the verb's tags join the word.
    const last = terms[terms.length - 1];
    if (t.text === "" && last) for (const tag of t.tags) last.tags.add(tag);
    else if (t.text !== "") terms.push({ text: t.text, lower: t.text.toLowerCase(), post: t.post ?? "", tags: new Set(t.tags) });
  }
  return terms;
}

// Words a person says to a friend about an interview, never to the interviewer: the piece is an aside, not material.
const OFF_REGISTER = /\b(?:killing|kills|killed|sucks?|sucked|mess(?:y)?|nightmare|insane|crazy|dumpster|hated?|hates|lol|lmao|omg|wtf|brutal|awful|terrible|disaster|shit\w*|damn|hell|weird|meh|ugh|tbh|idk|lowkey|kinda|sorta|chill|vibes?)\b/i;
// What the user thinks to themself (a doubt, a hedge, what they forgot or did not ask, pay and perks) stays in the debrief.
const PRIVATE = /\?|-ish\b|\b(?:honestly|chicken(?:ed)? out|kicking myself|red flag|need to check|not sure|i think|i guess|idk|probably|maybe|whole thing for me|wanted to ask|didn'?t ask|never asked|forgot|never came up|did not say|didn'?t say|pay|salary|benefits?|pension|compensation|probation|pto|bonus|equity|nah|nope)\b/i;
// "he", "her": the reader (or their boss) in the third person inside a letter to them.
const THIRD_PERSON = /\b(?:he|him|his|she|her|hers|he's|she's)\b/i;
// "you were honest", "you seemed rushed": a judgement of the reader.
const JUDGES_READER = /\byou (?:were|are|seemed|seem|looked|sounded|kept)\b|\b(?:nice|great|cool|friendly|lovely|sweet|chill|tough|intense) (?:guy|lady|person|woman|man|folks|people)\b/i;

/** True when a phrase holds a word said to a friend, not to an interviewer ("brutal", "a mess", "lol"). */
export function isOffRegister(phrase: string): boolean {
  return OFF_REGISTER.test(phrase);
}

/** True when a phrase is for the user alone (a doubt, a hedge, pay), or speaks of the reader as "she" or judges them. */
export function isPrivate(phrase: string): boolean {
  if (PRIVATE.test(phrase) || THIRD_PERSON.test(phrase) || JUDGES_READER.test(phrase) || /(?:\(|,\s*)(?:yes|no|sure)\b/i.test(phrase)) return true;
  // "(some of it was)": an aside in brackets with a verb of its own.
  return [...phrase.matchAll(/\(([^)]*)\)/g)].some((m) => nlp(m[1]!).has("#Verb"));
}

// What a person did in the conversation ("you asked about…", "we talked…") is how the note was taken, not what was said.
const REPORTING = new Set(["showed", "asked", "asks", "talked", "talks", "said", "says", "told", "tells", "mentioned", "discussed", "spoke", "chatted", "grilled", "gave", "went", "wanted", "explained"]);
// Words that may join a second clause to the first ("I led X and cut Y", "the team I ran when…").
const JOINERS = new Set(["and", "or", "but", "so", "who", "that", "which", "when", "where", "because", "while", "after", "before", "until", "if", "how", "what", "why", "whether", "to", "than", "as", "since", "once", "then"]);
// Words that open a clause inside a noun phrase ("the time that…", "how the team…").
const INTRODUCERS = new Set(["who", "that", "which", "where", "when", "how", "what", "why", "whether", "if"]);
const COPULAS = new Set(["is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't", "'s", "'re"]);

// What may follow a verb that opens a phrase ("design a rate limiter", "move it"), where a noun could not follow.
const OBJECT_OPENERS = ["Determiner", "Possessive", "Pronoun", "Preposition", "Adverb"];

// The tagger reads nouns as verbs now and then ("the search rewrite", "how support feedback gets…", "works council"):
// a verb inside a noun compound, right after "how", or right after another verb is not counted as a new clause's verb.
function isFiniteVerb(t: Term, prev: Term | undefined, before?: Term, next?: Term): boolean {
  if (!t.tags.has("Verb") || t.tags.has("Gerund") || t.tags.has("Auxiliary") || t.tags.has("Modal")) return false;
  if (!prev) return t.tags.has("PastTense") || !next || OBJECT_OPENERS.some((tag) => next.tags.has(tag));
  if (prev.lower === "to" || prev.tags.has("Auxiliary") || prev.tags.has("Modal") || prev.tags.has("Verb") || prev.tags.has("QuestionWord") || prev.lower === "how") return false;
  // "SQL questions", "the search rewrite": a noun after a name or a determined noun is a compound, not a verb.
  if (prev.tags.has("Acronym") || (prev.tags.has("ProperNoun") && !prev.tags.has("Person"))) return false;
  return !(prev.tags.has("Noun") && !prev.tags.has("Pronoun") && before && (before.tags.has("Determiner") || before.tags.has("Possessive") || before.tags.has("Adjective")));
}

/** Two finite verbs in a row with nothing joining them: "I front desk keeps double booking". */
function hasRunOnVerbs(terms: Term[]): boolean {
  let seen = false;
  let joined = true;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (JOINERS.has(t.lower) || t.tags.has("Conjunction") || t.tags.has("Preposition")) joined = true;
    if (isFiniteVerb(t, terms[i - 1], terms[i - 2], terms[i + 1])) {
      if (seen && !joined) return true;
      seen = true;
      joined = false;
    }
    if (/[,;]/.test(t.post)) joined = true;
  }
  return false;
}

function common(phrase: string, maxWords: number): Term[] | undefined {
  if (!phrase.trim() || /(?<!\d):(?!\d)|[;!?]/.test(phrase) || isOffRegister(phrase) || isPrivate(phrase)) return undefined;
  // A bracket opened or closed alone is a note cut in the middle.
  if ((phrase.match(/\(/g) ?? []).length !== (phrase.match(/\)/g) ?? []).length) return undefined;
  const terms = termsOf(phrase);
  // "shorter, staffing and training": a lone describing word in a list is a remark, not a topic.
  if (/,/.test(phrase) && phrase.split(/,\s*|\s+and\s+/).some((item) => /^\p{L}+(?:er|est)$/u.test(item.trim()) && nlp(item).has("#Adjective"))) return undefined;
  return terms.length === 0 || terms.length > maxWords ? undefined : terms;
}

/** True when a phrase holds a clause's verb, read past the tagger's usual slips ("SQL questions" has none). */
export function hasClauseVerb(phrase: string): boolean {
  const terms = termsOf(phrase);
  return terms.some((t, i) => isFiniteVerb(t, terms[i - 1], terms[i - 2], terms[i + 1]) || t.tags.has("Copula"));
}

/** True when a phrase reads after "about" or "looking for": a noun phrase or a gerund ("keeping pickers longer"), not a clause. */
export function readsAsPhrase(phrase: string): boolean {
  const terms = common(phrase, 24);
  if (!terms) return false;
  const [first, second] = terms;
  if (isFiniteVerb(first!, undefined, undefined, second) && !/^(?:how|what|why|whether|which|when|where|who|help)$/i.test(first!.lower)) return false;
  if (first!.tags.has("Pronoun") && !first!.tags.has("Possessive") && second && second.tags.has("Verb")) return false;
  if (first!.tags.has("Determiner") && second?.tags.has("Pronoun") && !second.tags.has("Possessive")) return false;
  // "why only eight participants": a question word needs its verb after it.
  const asks = terms.findIndex((t) => /^(?:why|how|what|whether|if)$/.test(t.lower));
  if (asks >= 0 && !terms.slice(asks + 1).some((t) => t.tags.has("Verb"))) return false;
  // "60 hours you admitted": the reader doing something inside a topic is a clause cut from its sentence.
  if (/\byou \w+ed\b/i.test(phrase)) return false;
  // A copula with nothing introducing it makes a statement: "epic reporting is a mess there".
  for (let i = 1; i < terms.length; i++) {
    if (!COPULAS.has(terms[i]!.lower)) continue;
    if (!terms.slice(0, i).some((t) => INTRODUCERS.has(t.lower) || t.tags.has("QuestionWord"))) return false;
  }
  // "just chatted during the stage": a past verb with no subject before it is a clause cut from its sentence.
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const prev = terms[i - 1];
    if (!t.tags.has("PastTense") || !t.tags.has("Verb") || t.tags.has("Participle") || t.tags.has("Adjective")) continue;
    if (!prev || !(prev.tags.has("Pronoun") || prev.tags.has("Noun") || INTRODUCERS.has(prev.lower))) return false;
  }
  return !hasRunOnVerbs(terms);
}

/** True when a clause reads after "You mentioned that": its own subject (not "I" or "we"), a verb, and what was said, not how. */
export function readsAsClause(clause: string): boolean {
  const terms = common(clause, 30);
  if (!terms) return false;
  const first = terms[0]!;
  // "it cut report time…": a pronoun whose thing the note named elsewhere means nothing to the reader.
  if (/^(?:i|we|me|us|i'd|i'm|i've|it|this|that|these|those)$/.test(first.lower) || isFiniteVerb(first, undefined, undefined, terms[1])) return false;
  // "you showed me where was": the user inside the reader's remark, or a question word with nothing after its verb.
  if (terms.some((t) => t.lower === "me") || /\b(?:where|what|how|when) (?:was|is|were|are)$/i.test(clause)) return false;
  // "you want one": what "one" or "it" is was said in another sentence of the notes.
  if (terms.length <= 4 && /^(?:one|it|them|this|that)$/.test(terms[terms.length - 1]!.lower)) return false;
  const verbAt = terms.findIndex((t, i) => isFiniteVerb(t, terms[i - 1], terms[i - 2], terms[i + 1]) || t.tags.has("Copula"));
  if (verbAt < 0) return false;
  return !REPORTING.has(terms[verbAt]!.lower) && !hasRunOnVerbs(terms);
}

/** True when a first-person fact reads as one sentence of the user's: "I ran peak season at Amazon for two years". */
export function readsAsOwnDoing(fact: string): boolean {
  const terms = common(fact, 30);
  if (!terms) return false;
  const i = terms.findIndex((t) => /^(?:i|i'd|i've|i'm|we)$/.test(t.lower));
  if (i < 0) return false;
  const next = terms[i + 1];
  // "I'm a certified trainer", "I've led": the verb is inside the contraction.
  const contracted = terms[i]!.tags.has("Copula") || terms[i]!.tags.has("Auxiliary") || terms[i]!.tags.has("Modal");
  if (!next || (!contracted && !next.tags.has("Verb") && !next.tags.has("Adverb") && !/^(?:also|then|have|had)$/.test(next.lower))) return false;
  // "I saw it on the tour": what "it" was is in another sentence of the notes, not in the letter.
  if (terms.some((t) => t.lower === "it" || t.lower === "thing" || t.lower === "things" || t.lower === "stuff")) return false;
  return !hasRunOnVerbs(terms.slice(i));
}

/** True when the user's answer to a question says something: "shift bids and cross training", not "sure" or "yes". */
export function readsAsAnswer(answer: string): boolean {
  if (answer.split(/\s+/).length < 2 || /^(?:yes|no|sure|fine|ok|okay|yeah|yep)\b/i.test(answer) || /,\s*(?:yes|no|sure)$/i.test(answer)) return false;
  // "I'd dual-write and cut over table by table": said after "I said", a plan needs no more than to read as one sentence.
  const terms = /^(?:I|I'd|I'm|I've|we)\s/.test(answer) ? common(answer, 30) : undefined;
  if (terms && !terms.some((t) => t.lower === "it") && !hasRunOnVerbs(terms)) return true;
  return readsAsPhrase(answer) || readsAsOwnDoing(answer);
}

/** True when a thing the user has reads after "I also have": a noun phrase ending on its noun ("my AWS certification"). */
export function readsAsOwnThing(thing: string): boolean {
  const terms = common(thing, 16);
  if (!terms) return false;
  const last = terms[terms.length - 1]!;
  if (!last.tags.has("Noun") || (last.tags.has("Verb") && !last.tags.has("Noun"))) return false;
  // "my fluent French": a skill said with an adjective is not a thing one has.
  const afterMy = terms[0]!.lower === "my" ? terms[1] : undefined;
  return !(afterMy?.tags.has("Adjective") && terms.length <= 3) && readsAsPhrase(thing);
}

/** "fluent french" → "I'm fluent in French", "forklift certified" → "I'm forklift certified"; undefined when it is not a skill said so. */
export function asOwnQuality(note: string): string | undefined {
  const bare = note.trim().replace(/^(?:i'm|i am|im|my)\s+/i, "");
  const fluent = /^(fluent|native|conversational)(?:\s+in)?\s+(\p{L}+)$/iu.exec(bare);
  if (fluent) return `I'm ${fluent[1]!.toLowerCase()} in ${restoreCapitals(fluent[2]!.toLowerCase(), true)}`;
  if (/^(?:[\p{L}-]+\s+)?(?:certified|licensed|bilingual|trilingual|qualified)$/iu.test(bare)) return `I'm ${bare}`;
  return undefined;
}

/** Lower-case words the dictionary knows only with a capital ("reno", "madrid", "kafka") get it back; the rest as typed. */
export function restoreCapitals(text: string, always = false): string {
  const speller = loadSpeller();
  return text.replace(/(^|[\s(/"'-])(\p{Ll}[\p{Ll}']{2,})(?=$|[\s).,;:!?/"'-])/gu, (whole, before: string, word: string) => {
    // The end of a compound ("true-ish", "go-live") is not a word of its own.
    if (before === "-") return whole;
    const capital = word.charAt(0).toUpperCase() + word.slice(1);
    if ((always || !speller.correct(word)) && speller.correct(capital)) return `${before}${capital}`;
    // "aicp", "cch", "rsm": a short word no dictionary has in any case is an acronym typed in a hurry.
    const acronymLike = word.length <= 3 || !/[aeiouy]/.test(word);
    if (acronymLike && !speller.correct(word) && !speller.correct(capital) && !/^(?:ok|im|id|ive|ill|pt|pts|yr|hr)$/.test(word)) return `${before}${word.toUpperCase()}`;
    // "french", "german": a language or people is written with a capital though the dictionary has the small word too.
    if (isDemonym(word) && speller.correct(capital)) return `${before}${capital}`;
    return whole;
  });
}

// Asked for nearly every small word of every piece: the tagger's answer is kept per word.
const demonyms = new Map<string, boolean>();

function isDemonym(word: string): boolean {
  let known = demonyms.get(word);
  if (known === undefined) {
    known = nlp(word).has("#Demonym");
    if (demonyms.size > TAGGED_LIMIT * 4) demonyms.clear();
    demonyms.set(word, known);
  }
  return known;
}
