import type { Debrief } from "../interview.js";
import {
  checkLetter,
  composeCard,
  composeCheckIn,
  composeRejectionReply,
  composeThankYous,
  type Draft,
} from "../letters/index.js";
import type { LetterRow } from "../../store/letters.js";
import type { TurnContext } from "../turn-context.js";

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

/** The thank-you letters of an interview: the stored ones, drafting any that are missing. */
export function thankYouLetters(ctx: TurnContext, d: Debrief): LetterRow[] {
  const existing = ctx.store.letters.forInterview(d.id, ["thanks", "card"]);
  const drafts = composeThankYous({ debrief: d, userName: ctx.user.displayName ?? undefined, variant: 0 });
  const letters: LetterRow[] = [];
  for (const draft of drafts) {
    const mine = existing.filter((l) => l.interviewerId === draft.interviewerId);
    // Prefer what the user already touched: a sent letter, then an edited or card version, then the draft.
    const kept = mine.find((l) => l.status === "sent") ?? mine.find((l) => l.kind === "card") ?? mine.find((l) => l.kind === "thanks");
    letters.push(kept ?? store(ctx, d, draft, 0));
  }
  return letters;
}

/** Drafts a fresh version of a letter (another wording, or the short card). */
export function redraft(ctx: TurnContext, d: Debrief, letter: LetterRow, as: "another" | "card"): LetterRow {
  const variant = letter.variant + 1;
  const base = { debrief: d, userName: ctx.user.displayName ?? undefined, variant };
  let draft: Draft | undefined;
  if (as === "card" && letter.interviewerId !== null) draft = composeCard(base, letter.interviewerId);
  else if (letter.kind === "checkin") draft = composeCheckIn(base);
  else if (letter.kind === "rejection") draft = composeRejectionReply(base);
  else if (letter.kind === "card" && letter.interviewerId !== null) draft = composeCard(base, letter.interviewerId);
  else draft = composeThankYous(base).find((x) => x.interviewerId === letter.interviewerId);
  if (!draft) return letter;
  return store(ctx, d, draft, variant);
}

/** The check-in letter, drafted once and kept. */
export function checkInLetter(ctx: TurnContext, d: Debrief): LetterRow {
  const existing = ctx.store.letters.forInterview(d.id, ["checkin"])[0];
  return existing ?? store(ctx, d, composeCheckIn({ debrief: d, userName: ctx.user.displayName ?? undefined }), 0);
}

/** The gracious reply to a rejection, drafted once and kept. */
export function rejectionLetter(ctx: TurnContext, d: Debrief): LetterRow {
  const existing = ctx.store.letters.forInterview(d.id, ["rejection"])[0];
  return existing ?? store(ctx, d, composeRejectionReply({ debrief: d, userName: ctx.user.displayName ?? undefined }), 0);
}

/** The checks' findings on a stored letter. */
export function findingsFor(d: Debrief, letter: LetterRow, userName?: string): { code: string; message: string }[] {
  return checkLetter(
    { kind: letter.kind, subject: letter.subject, body: letter.body, recipient: letter.recipient, interviewerId: letter.interviewerId },
    d,
    { userName },
  );
}
