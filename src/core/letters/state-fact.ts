// A qualification that never came up, or a point to shore up, as one thing a letter can state after a colon.
import nlp from "compromise";
import { tidy } from "./capture-moment.js";
import { cleanNote, type Refusal } from "./clean-note.js";
import { startsWithVerb } from "./nlp.js";
import { asOwnDoing } from "./split-need.js";

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
  for (const clause of clauses) {
    const fact = asOwnDoing(clause) ?? (/^we\s/i.test(clause) ? clause : undefined) ?? asOwnThing(clause);
    if (fact) return { ok: true, fact: tidy(fact) };
  }
  return { ok: false, reason: "unclear" };
}
