import type { Debrief } from "../model/interview.js";
import {
  checkDistinct,
  checkLetter,
  composeCard,
  composeCheckIn,
  composeRejectionReply,
  composeThankYous,
  type CheckedLetter,
  type Draft,
  type Finding,
  type LetterContext,
} from "../letters/index.js";
import type { LetterRow } from "../model/letter.js";
import type { TurnContext } from "../turn-context.js";
import { signingNameOf } from "./letter-voice.js";
import { workedOut } from "./letter-work.js";

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

/** The letter context as a key: everything a draft is composed from. */
function contextKey(c: LetterContext): string {
  return JSON.stringify([c.debrief, c.userName ?? null, c.greeting, [...(c.rephrased ?? [])], c.variant, c.tz]);
}

/** The thank-you drafts for this debrief as it stands (worked out once per set of inputs when drafted ahead). */
function thankYouDrafts(ctx: TurnContext, d: Debrief): Draft[] {
  const context = letterContext(ctx, d);
  return workedOut(ctx, () => `thanks:${contextKey(context)}`, () => composeThankYous(context));
}

/** Each reader's thank-you letter, as stored or (for a reader with none yet) as it would be drafted; `save` stores the new drafts. */
function thankYouPlan(ctx: TurnContext, d: Debrief, save: (draft: Draft) => LetterRow): (LetterRow | Draft)[] {
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
  return thankYouDrafts(ctx, d).map((draft) => keptFor(draft.interviewerId) ?? save(draft));
}

/** The thank-you letters of an interview: the stored ones, drafting any that are missing. */
export function thankYouLetters(ctx: TurnContext, d: Debrief): LetterRow[] {
  return thankYouPlan(ctx, d, (draft) => store(ctx, d, draft, 0)) as LetterRow[];
}

/** The thank-you letters a nudge would show, unsent, worked out without storing anything (for drafting ahead). */
export function plannedThankYous(ctx: TurnContext, d: Debrief): CheckedLetter[] {
  return thankYouPlan(ctx, d, (draft) => draft as LetterRow).filter((l) => !("status" in l) || l.status !== "sent");
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

/** The check-in letter as stored, or as it would be drafted (worked out once per set of inputs when drafted ahead). */
export function plannedCheckIn(ctx: TurnContext, d: Debrief): LetterRow | Draft {
  const existing = ctx.store.letters.forInterview(d.id, ["checkin"])[0];
  if (existing) return existing;
  const context = letterContext(ctx, d);
  return workedOut(ctx, () => `checkin:${contextKey(context)}`, () => composeCheckIn(context));
}

/** The check-in letter, drafted once and kept. */
export function checkInLetter(ctx: TurnContext, d: Debrief): LetterRow {
  const letter = plannedCheckIn(ctx, d);
  return "status" in letter ? letter : store(ctx, d, letter, 0);
}

/** The gracious reply to a rejection, drafted once and kept. */
export function rejectionLetter(ctx: TurnContext, d: Debrief): LetterRow {
  const existing = ctx.store.letters.forInterview(d.id, ["rejection"])[0];
  return existing ?? store(ctx, d, composeRejectionReply(letterContext(ctx, d)), 0);
}

/** The checks' findings on a letter, grammar included when the checker was loaded at start-up (worked out once per letter when checked ahead). */
export function findingsFor(ctx: TurnContext, d: Debrief, letter: CheckedLetter): Finding[] {
  const checked: CheckedLetter = { kind: letter.kind, subject: letter.subject, body: letter.body, recipient: letter.recipient, interviewerId: letter.interviewerId };
  const userName = signingName(ctx);
  const key = () => `check:${JSON.stringify([checked, d, userName ?? null, Boolean(ctx.grammar)])}`;
  return workedOut(ctx, key, () => checkLetter(checked, d, { userName, ...(ctx.grammar ? { grammar: ctx.grammar } : {}) }));
}

/** The name that signs the user's letters. */
export function signingName(ctx: TurnContext): string | undefined {
  return signingNameOf(ctx.user);
}
