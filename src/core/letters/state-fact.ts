// A qualification that never came up, or a point to shore up, as one thing a letter can state after a colon.
import nlp from "compromise";
import { tidy } from "./tidy-phrase.js";
import { cleanNote, type Refusal } from "./clean-note.js";
import { startsWithVerb } from "./nlp.js";
import { asOwnDoing } from "./split-need.js";
import { asOwnQuality, isPrivate, readsAsOwnDoing, readsAsOwnThing } from "./vet-phrase.js";

/** A fact ready to follow a colon ("I shipped the search rewrite", "my AWS certification"), or why not. */
export type FactResult = { ok: true; fact: string } | { ok: false; reason: Refusal | "unclear" };

/** "aws cert" → "my AWS certification"; a phrase that already has a determiner or number keeps it. */
function asOwnThing(clause: string): string | undefined {
  const doc = nlp(clause);
  if (startsWithVerb(clause) || doc.match("^#Pronoun #Verb").found) return undefined;
  if (doc.terms().first().has("(#Determiner|#Possessive|#Value|#Pronoun)")) return clause;
  return `my ${clause}`;
}

/**
 * The one fact of a note, in the user's own voice. With `wrappedOnly`, only a fact the user wrapped in a note to self
 * counts ("should have said we sharded by tenant"): the rest of a "what would you say differently" answer is coaching.
 */
export function stateFact(note: string | undefined, wrappedOnly = false): FactResult {
  const clean = cleanNote(note);
  if (clean.refusal) return { ok: false, reason: clean.refusal };
  const clauses = wrappedOnly ? clean.wrapped : clean.clauses;
  for (const raw of clauses) {
    // "that I was a night auditor… so I get the overnight side too": the answer to "anything you wish you'd said?".
    // "i sign asl which they might need": the guess about them is the user's, the fact is for the letter.
    const clause = raw.replace(/^that\s+/i, "").replace(/\s+too$/i, "").replace(/,?\s+which (?:they|you|it) (?:might|may|could|would) \w+(?: \w+)?$/i, "");
    const quality = asOwnQuality(clause);
    if (quality) return { ok: true, fact: quality };
    const fact = asOwnDoing(clause) ?? (/^we\s/i.test(clause) ? clause : undefined) ?? asOwnThing(clause);
    // Said after "I also have" or as the user's own sentence, it must read as one; else it is asked about.
    const said = fact ? tidy(fact) : undefined;
    if (said && (/^(?:at\s.*\s)?(?:I|I'd|I'm|I've|we)\s/i.test(said) ? readsAsOwnDoing(said) : readsAsOwnThing(said))) return { ok: true, fact: said };
  }
  // Only pay, doubts or questions the user did not ask: nothing to put to anyone, so nothing is asked either.
  return { ok: false, reason: clauses.length > 0 && clauses.every(isPrivate) ? "nothing" : "unclear" };
}
