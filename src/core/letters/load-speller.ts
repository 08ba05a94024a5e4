// The Hunspell en-US dictionary, read once on first use: a pure read-only lookup shared by the composers and the checks.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import nspell from "nspell";

type Speller = ReturnType<typeof nspell>;

let speller: Speller | undefined;

/** The shared spell checker; the first call reads dictionary-en from disk (about a tenth of a second). */
export function loadSpeller(): Speller {
  if (!speller) {
    // dictionary-en only offers an async top-level-await export; reading its two files directly keeps callers synchronous.
    const dir = dirname(createRequire(import.meta.url).resolve("dictionary-en"));
    speller = nspell({ aff: readFileSync(join(dir, "index.aff")), dic: readFileSync(join(dir, "index.dic")) });
  }
  return speller;
}

/** True when a lower-case word is an ordinary dictionary word (not only a proper noun). */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return /^[a-z'’-]+$/.test(lower) && loadSpeller().correct(lower.replace(/’/g, "'"));
}
