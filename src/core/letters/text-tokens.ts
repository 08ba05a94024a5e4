// Words of a letter with where they stand: the common ground of the name, spelling and distinctness checks.

/** One word of a text, with the clause and sentence it belongs to. */
export interface Token {
  /** The word as written, apostrophes normalized to ' and a trailing possessive 's removed. */
  word: string;
  /** The word exactly as written. */
  raw: string;
  index: number;
  /** Words in one clause are not separated by punctuation or a line break. */
  clause: number;
  /** First word of a sentence or of a line. */
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‑-][\p{L}\p{M}\p{N}]+)*['’]?/gu;
const CLAUSE_BREAK = /[.,;:!?()"“”\n—–]|\s-\s/;
const SENTENCE_BREAK = /[.!?\n]/;
const ABBREVIATION = /^(?:mr|mrs|ms|mx|dr|prof|st|jr|sr|vs|etc)$/i;

/** Straight apostrophes and hyphens, so O’Neil and O'Neil compare equal. */
export function normalizeMarks(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/‑/g, "-");
}

/** Drops a possessive ending: "Acme's" → "Acme", "teams'" → "teams". */
export function stripPossessive(word: string): string {
  return word.replace(/'s$/i, "").replace(/'$/, "");
}

/** Splits text into words, keeping clause and sentence boundaries. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let sentenceStart = true;
  let last = 0;
  let previous = "";
  for (const m of text.matchAll(WORD)) {
    const gap = text.slice(last, m.index);
    // The full stop of "Dr." or "Ms." ends neither the clause nor the sentence.
    const abbreviation = ABBREVIATION.test(previous) && /^\.[ \t]+$/.test(gap);
    if (!abbreviation && CLAUSE_BREAK.test(gap)) clause++;
    if (!abbreviation && SENTENCE_BREAK.test(gap)) sentenceStart = true;
    const raw = m[0];
    tokens.push({ word: stripPossessive(normalizeMarks(raw)), raw, index: m.index, clause, sentenceStart });
    sentenceStart = false;
    previous = raw;
    last = m.index + raw.length;
  }
  return tokens;
}

/** Lower-case words of a text, for similarity measures. */
export function lowerWords(text: string): string[] {
  return tokenize(text).map((t) => t.word.toLowerCase());
}

const STOPWORDS = new Set(
  `a an the and or but of to in on at for with about from by as into over than that this these those it its is are was were be been
  being have has had do does did i i'm i've i'd i'll me my we our you your he she him her his they them their there here what which who
  how why when where whether if so not no yes very really just also some any more most much many can could would should will
  shall may might must up out all one asked ask talked talk said say mentioned raised discussed brought told wanted want need needs
  team role job work working`.split(/\s+/),
);

/** A rough stem that forgives paraphrase: "migrating" and "migration" share "migra". */
export function stemOf(word: string): string {
  return word.toLowerCase().slice(0, 5);
}

/** The stems of a text's content words (no stop words, nothing shorter than four letters unless an acronym: GCP, SOC). */
export function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const t of tokenize(text)) {
    const w = t.word.toLowerCase();
    const acronym = /^\p{Lu}{2,}\d*$/u.test(t.word) && t.word !== "I";
    if ((w.length >= 4 || acronym) && !STOPWORDS.has(w) && !/^\d+$/.test(w)) stems.add(stemOf(w));
  }
  return stems;
}
