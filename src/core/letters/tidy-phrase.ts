// Spacing, casing and lists of a phrase taken from the notes, so it reads as written English in a letter.
import { hasFiniteVerb } from "./nlp.js";
import { loadSpeller } from "./load-speller.js";
import { polishProse } from "./polish-prose.js";
import { caseProperNouns, caseTechWords } from "./shift-to-reader.js";
import { hasClauseVerb, restoreCapitals } from "./vet-phrase.js";

/** "I SPEAK SPANISH" → "I speak spanish" (capitals come back after): a dictionary word in capitals is shouting, not an acronym. */
function unshout(text: string): string {
  const speller = loadSpeller();
  return text.replace(/\b\p{Lu}{4,}\b/gu, (w) => {
    const lower = w.toLowerCase();
    const known = speller.correct(lower) || speller.correct(lower.charAt(0).toUpperCase() + lower.slice(1));
    return known ? lower : w;
  });
}

/** A list item that says something ("builds break twice a week"); two or three words with no pronoun or "is" are a name for a thing. */
function isClause(item: string): boolean {
  const short = item.split(" ").length <= 3 && !/\b(?:is|are|was|were|I|we|you|they|he|she|it)\b/i.test(item);
  return !short && hasClauseVerb(item);
}

/** Spacing, casing, and a list of topics read as a list: "flaky DAGs, on-call fatigue" → "flaky DAGs and on-call fatigue". */
export function tidy(text: string): string {
  // "your labs are outdated, she said": who said it is already in the frame ("you mentioned that…").
  let t = text.replace(/~\s?(?=\d)/g, "about ").replace(/\bblack friday\b/gi, "Black Friday").replace(/\bcyber monday\b/gi, "Cyber Monday").replace(/\s+/g, " ").replace(/^[,\s]+|[,.\s]+$/g, "").replace(/,?\s+(?:you|she|he|they) (?:said|say|says|mentioned)$/i, "");
  const items = t.split(/,\s+/);
  // "my newsletter, the one that grew to 12k" is one thing described, not a list.
  const last = items[items.length - 1] ?? "";
  const described = /^(?:the one|one|which|who|where|that|a|an|the)\b/i.test(last);
  // "you're drowning, 3k open tickets": a clause and the count that shows it, not a list of two things.
  if (items.length === 2 && hasFiniteVerb(items[0]!) && /^\d/.test(last) && !hasFiniteVerb(last)) t = `${items[0]}, with ${last}`;
  else if (items.length > 1 && !described && !/\band\b/.test(last) && !items.some(isClause)) t = `${items.slice(0, -1).join(", ")} and ${last}`;
  // "say no to sales" is written with the word quoted, as a careful letter (and the grammar checker) wants it.
  t = t.replace(/\bsay (no|yes) to\b/gi, (_, w: string) => `say "${w}" to`);
  // The tagger can leave a closing bracket or quote behind with the punctuation it strips: put it back.
  if ((t.match(/\(/g) ?? []).length > (t.match(/\)/g) ?? []).length) t += ")";
  if ((t.match(/"/g) ?? []).length % 2 === 1) t = t.replace(/"/g, "");
  return polishProse(caseProperNouns(caseTechWords(restoreCapitals(unshout(t)))));
}
