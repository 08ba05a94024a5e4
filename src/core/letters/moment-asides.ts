// What a note says beside its topic and is not for the reader: an answer or aside in brackets, pay, a verdict on their team.
import nlp from "compromise";
import { isPrivate } from "./vet-phrase.js";

/** What they said of their own team's trouble ("your labs are outdated", "nobody there knows it"): never quoted back. */
export const THEIR_TROUBLE = /\b(?:outdated|nobody|no one|don't have|doesn't have|lack\w*|tired|behind|lost|losing|short on|understaffed|turnover|problems?|issues?|broken|bad|struggl\w*|funding|budget|money|backlog)\b/i;

/** The subject of a statement: "your team's design system is a mess" → "your team's design system". */
export function subjectOf(statement: string): string | undefined {
  const s = nlp(statement).sentences().json()[0] as { sentence?: { subject?: string } } | undefined;
  const subject = s?.sentence?.subject?.trim();
  return subject && !/^(?:you|I|we|they|it)$/i.test(subject) ? subject : undefined;
}

/** "salary range and remote policy" → "remote policy": pay and doubts leave a list, the rest of it stays. */
export function withoutPrivateItems(text: string): string {
  // "if I have my own tools and truck, yes", "(its bad)": an answer or an aside typed beside a topic is not part of it.
  const about = text.replace(/,\s*(?:yes|no|sure|yeah)$/i, "").replace(/\s*\([^)]*\)?/g, "");
  const items = about.split(/,\s*|\s+and\s+/);
  // "shorter, staffing and training": a lone describing word is a remark on the interview, not a topic.
  const aside = (x: string): boolean => isPrivate(x) || (/^\p{L}+$/u.test(x.trim()) && nlp(x).has("#Comparative"));
  if (!items.some(aside)) return about;
  const kept = items.filter((x) => !aside(x));
  return items.length > 1 && kept.length > 0 ? kept.join(" and ") : about;
}

/** What a verdict is about: "on-call load on your team is brutal" → "on-call load on your team". */
export function verdictSubject(statement: string): string | undefined {
  const before = /^(.+?)\s+(?:is|are|was|were|'s|'re|keeps?|kills?|killing)\b/i.exec(statement)?.[1];
  return before && !/^(?:you|I|we|they|it|he|she)$/i.test(before) ? before : subjectOf(statement);
}
