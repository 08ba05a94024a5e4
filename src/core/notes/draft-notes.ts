import type { Debrief } from "../model/interview.js";
import {
  checkDistinct,
  checkLetter,
  composeCard,
  composeCheckIn,
  composeRejectionReply,
  composeThankYous,
  type Draft,
  type LetterContext,
} from "../letters/index.js";
import type { LetterRow } from "../model/letter.js";
import type { TurnContext } from "../turn-context.js";
import { signingNameOf } from "./letter-voice.js";

function store(ctx: TurnContext, d: Debrief, draft: Draft, variant: number): LetterRow {
  const id = ctx.store.letters.save(
    {
      interviewId: d.id,
      interviewerId: draft.interviewerId,
      kind: draft.kind,
      variant,
      recipient: draft.recipient,
      email: draft.email ?? null,
      subject: draft.subject,
      body: draft.body,
    },
    ctx.now.getTime(),
  );
  return ctx.store.letters.get(ctx.user.id, id)!;
}

/** The user's answers to earlier gap questions, by slot ("" when they skipped one). */
export function rephrasedFor(ctx: TurnContext, interviewId: number): Map<string, string> {
  return new Map(ctx.store.letterGaps.forInterview(interviewId).flatMap((g) => (g.answer === null ? [] : [[g.slot, g.answer] as const])));
}

/** What the composers need from this turn: the debrief, the user's name and greeting, their answers, the version. */
export function letterContext(ctx: TurnContext, d: Debrief, variant = 0): LetterContext {
  const name = signingName(ctx);
  return { debrief: d, ...(name ? { userName: name } : {}), greeting: ctx.user.greetingStyle, rephrased: rephrasedFor(ctx, d.id), variant, tz: ctx.tz };
}

/** The thank-you letters of an interview: the stored ones, drafting any that are missing. */
export function thankYouLetters(ctx: TurnContext, d: Debrief): LetterRow[] {
  const existing = ctx.store.letters.forInterview(d.id, ["thanks", "card"]);
  // Prefer what the user already touched: a sent letter, then an edited or card version, then the draft.
  const keptFor = (interviewerId: number | null) => {
    const mine = existing.filter((l) => l.interviewerId === interviewerId);
    return mine.find((l) => l.status === "sent") ?? mine.find((l) => l.kind === "card") ?? mine.find((l) => l.kind === "thanks");
  };
  const people: (number | null)[] = d.interviewers.length ? d.interviewers.map((p) => p.id) : [null];
  const kept = people.map(keptFor);
  // Composing (the gate, the checks) is the costly part: only when some reader has no letter yet.
  if (kept.every((l) => l)) return kept as LetterRow[];
  const drafts = composeThankYous(letterContext(ctx, d));
  return drafts.map((draft) => keptFor(draft.interviewerId) ?? store(ctx, d, draft, 0));
}

/** Drafts a fresh version of a letter (another wording, or the short card). */
export function redraft(ctx: TurnContext, d: Debrief, letter: LetterRow, as: "another" | "card"): LetterRow {
  const others = ctx.store.letters.forInterview(d.id, ["thanks", "card"]).filter((l) => l.interviewerId !== letter.interviewerId);
  let variant = letter.variant;
  let draft: Draft | undefined;
  // Versions drafted at different variants can echo each other; skip one that reads too close to a colleague's letter.
  for (let attempt = 0; attempt < 4; attempt++) {
    variant += 1;
    draft = compose(ctx, d, letter, as, variant);
    if (!draft || letter.interviewerId === null) break;
    const pool = [draft, ...others].map((l) => ({ recipient: l.recipient, body: l.body }));
    if (checkDistinct(pool).length === 0) break;
  }
  if (!draft) return letter;
  return store(ctx, d, draft, variant);
}

function compose(ctx: TurnContext, d: Debrief, letter: LetterRow, as: "another" | "card", variant: number): Draft | undefined {
  const base = letterContext(ctx, d, variant);
  if (as === "card" && letter.interviewerId !== null) return composeCard(base, letter.interviewerId);
  if (letter.kind === "checkin") return composeCheckIn(base);
  if (letter.kind === "rejection") return composeRejectionReply(base);
  if (letter.kind === "card" && letter.interviewerId !== null) return composeCard(base, letter.interviewerId);
  return composeThankYous(base).find((x) => x.interviewerId === letter.interviewerId);
}

/** The check-in letter, drafted once and kept. */
export function checkInLetter(ctx: TurnContext, d: Debrief): LetterRow {
  const existing = ctx.store.letters.forInterview(d.id, ["checkin"])[0];
  return existing ?? store(ctx, d, composeCheckIn(letterContext(ctx, d)), 0);
}

/** The gracious reply to a rejection, drafted once and kept. */
export function rejectionLetter(ctx: TurnContext, d: Debrief): LetterRow {
  const existing = ctx.store.letters.forInterview(d.id, ["rejection"])[0];
  return existing ?? store(ctx, d, composeRejectionReply(letterContext(ctx, d)), 0);
}

/** The checks' findings on a stored letter, grammar included when the checker was loaded at start-up. */
export function findingsFor(ctx: TurnContext, d: Debrief, letter: LetterRow): { code: string; message: string }[] {
  return checkLetter(
    { kind: letter.kind, subject: letter.subject, body: letter.body, recipient: letter.recipient, interviewerId: letter.interviewerId },
    d,
    { userName: signingName(ctx), ...(ctx.grammar ? { grammar: ctx.grammar } : {}) },
  );
}

/** The name that signs the user's letters. */
export function signingName(ctx: TurnContext): string | undefined {
  return signingNameOf(ctx.user);
}
