import type { InterviewSummary } from "../model/interview.js";

/** What the user heard back, when the words say it. */
export type HeardOutcome = "next_round" | "offer" | "rejected";

// A job given to someone else is a rejection even when the sentence says "offered", so the
// rejection patterns are tried first.
const REJECTED =
  /\b(reject(ed|ion)?|turned (me )?down|not (moving|going) (forward|ahead)|no longer (considering|in the running)|(went|go|going|gone) with (someone|somebody|another|a different|an internal)|(picked|chose|chosen|selected|hired|offered (it|the (job|role|position)) to) (someone|somebody|another|a different)|someone else|somebody else|(didn'?t|did not|won'?t) get (it|the (job|role|offer|position))|position (has been |was |is )?filled|unsuccessful|not (a|the right) fit|not this time|(?<!\bi )(said|says|told me) no(?! (to|one|problem|more|longer|worries)\b)|(it'?s|was) a no|passed on me)\b/i;
const OFFER = /\b(offer(ed)?( me)?|got the (job|role|position)|(job|role) is mine|hired me|i'?m hired)\b/i;
const NEXT_ROUND =
  /\b((second|2nd|third|3rd|next|another|final|further|follow-?up) (round|interview|stage|conversation)|(invit(e|ed)|asked|want(s|ed)?) me (back|to come (back|in)|in again|for (another|a second|the next))|want(s|ed)? to see me again|moved? me (forward|on)|on-?site)\b/i;
const HEARD = /\b(heard (back|from)|wrote (back|to me)|got back to me|replied|got a (reply|response|call|message|mail|email)|(called|emailed|messaged|rang) me|news from|update from|(they|recruiter|hr) (called|emailed|wrote|replied|answered))\b/i;

/** Reads plain words for news about an interview: which way, if the words say so; undefined when they are not news. */
export function readHeardBack(text: string): { outcome?: HeardOutcome } | undefined {
  const t = text.replace(/[’‘]/g, "'").slice(0, 500);
  if (/\?\s*$/.test(t) && !HEARD.test(t)) return undefined;
  if (REJECTED.test(t)) return { outcome: "rejected" };
  if (NEXT_ROUND.test(t)) return { outcome: "next_round" };
  if (OFFER.test(t)) return { outcome: "offer" };
  if (HEARD.test(t)) return {};
  return undefined;
}

// Words that name no interview in particular.
const COMMON = new Set(
  "the and for with inc ltd llc plc gmbh corp corporation company group limited labs team role job position interview they them back from heard about"
    .split(" "),
);
// Words of many job titles: they name an interview only where they tell the candidates apart
// ("the designer one" when one interview is for a designer and another for an engineer).
const TITLE = new Set("senior junior lead principal staff head chief associate manager engineer engineering developer designer analyst intern".split(" "));

function words(text: string | null | undefined): string[] {
  return (text ?? "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !COMMON.has(w));
}

/**
 * The interviews the words point at: those sharing a distinctive word of the company's name or the
 * role with the text, best first (company words count most). Empty when no word matches.
 */
export function matchInterviews(text: string, candidates: InterviewSummary[]): InterviewSummary[] {
  const said = new Set(words(text));
  const roles = candidates.map((c) => new Set(words(c.role)));
  const telling = (w: string) => !TITLE.has(w) || roles.filter((r) => r.has(w)).length < candidates.length;
  const count = (ws: Iterable<string>) => [...ws].filter((w) => said.has(w) && telling(w)).length;
  const scored = candidates
    .map((c, i) => ({ c, score: count(new Set(words(c.company))) * 2 + count(roles[i]!) }))
    .filter((x) => x.score > 0);
  const best = Math.max(0, ...scored.map((x) => x.score));
  return scored.filter((x) => x.score === best).map((x) => x.c);
}
