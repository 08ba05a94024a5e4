import { closeInterview } from "../follow-up/close-interview.js";
import type { Debrief } from "../model/interview.js";
import { compose, say } from "../messages.js";
import { letGoAt } from "../plan/index.js";
import type { LetterRow } from "../model/letter.js";
import type { TurnContext } from "../turn-context.js";
import type { Outbound } from "../types.js";
import { composeThankYous, countWords, LENGTH_RANGES } from "../letters/index.js";
import { findingsFor, letterContext, redraft, thankYouLetters } from "./draft-notes.js";
import { snapshotFollowUp, withUndo } from "../follow-up/undo-step.js";
import { letterBlocks } from "./letter-blocks.js";
import { cancelNudges, replaceNudge } from "../nudges/lifecycle.js";

const MAX_LETTER = 6000;

/** True when an edited card has grown into a letter: longer than a card holds, or written in several paragraphs. */
function readsAsLetter(body: string): boolean {
  const paragraphs = body.split(/\n\s*\n/).filter((p) => p.trim()).length;
  return countWords(body) > LENGTH_RANGES.card[1] || paragraphs >= 5;
}

/** The subject the thank-you letter to this person would have. */
function thankYouSubject(ctx: TurnContext, d: Debrief, letter: LetterRow): string {
  const draft = composeThankYous(letterContext(ctx, d)).find((x) => x.interviewerId === letter.interviewerId);
  return draft?.subject ?? "Thank you for your time";
}

/** Stores the user's edited version of a letter and shows what the checks found. */
export function saveEditedLetter(ctx: TurnContext, d: Debrief, letter: LetterRow, text: string): Outbound[] {
  const body = text.replace(/\r\n/g, "\n").trim();
  if (!body) return [say("That edit came through empty, so I kept the letter as it was.")];
  const kept = body.length > MAX_LETTER ? body.slice(0, MAX_LETTER) : body;
  ctx.store.letters.updateBody(letter.id, letter.subject, kept, ctx.now.getTime());
  // A card the user wrote out into a full letter is a letter now: checked as one, and it gets an email subject.
  if (letter.kind === "card" && readsAsLetter(kept)) ctx.store.letters.retype(letter.id, "thanks", thankYouSubject(ctx, d, letter), ctx.now.getTime());
  const saved = ctx.store.letters.get(ctx.user.id, letter.id)!;
  const findings = findingsFor(ctx, d, saved);
  const head =
    (body.length > MAX_LETTER ? `That was very long, so I kept the first ${MAX_LETTER.toLocaleString("en-US")} characters. ` : "") +
    (findings.length ? "Saved your version. A few things to check before you send it:" : "Saved your version. It reads well: names, tone and length all check out.");
  return [compose([{ type: "text", markdown: head }, ...letterBlocks(saved, findings)])];
}

/** Drafts another wording of a letter, or the short handwritten-card version. */
export function anotherVersion(ctx: TurnContext, d: Debrief, letter: LetterRow, as: "another" | "card"): Outbound[] {
  if (letter.status === "sent") return [say("That one is already marked sent, so I left it alone.")];
  const fresh = redraft(ctx, d, letter, as);
  const head = as === "card" ? "A short version for a handwritten card:" : "Here's another way to say it:";
  return [compose([{ type: "text", markdown: head }, ...letterBlocks(fresh, findingsFor(ctx, d, fresh))])];
}

/** Marks a letter sent and completes the plan step it belongs to. */
export function markLetterSent(ctx: TurnContext, d: Debrief, letter: LetterRow): Outbound[] {
  // Pressing "Mark sent" twice (two devices, an old message) must not move the plan again.
  if (letter.status === "sent") return [say(`That one to ${letter.recipient} is already marked sent.`)];
  const before = snapshotFollowUp(ctx, d.id);
  ctx.store.letters.markSent(letter.id, ctx.now.getTime());
  return withUndo(ctx, d.id, `Marked your letter to ${letter.recipient} sent`, before, afterLetterSent(ctx, d, letter));
}

function afterLetterSent(ctx: TurnContext, d: Debrief, letter: LetterRow): Outbound[] {
  if (letter.kind === "thanks" || letter.kind === "card") {
    const left = thankYouLetters(ctx, d).filter((l) => l.status !== "sent");
    if (left.length) return [say(`Marked sent to ${letter.recipient}. ${left.length} to go: ${left.map((l) => l.recipient).join(", ")}.`)];
    return completeThanks(ctx, d);
  }
  if (letter.kind === "checkin") return checkinSent(ctx, d);
  return [say(`Marked sent to ${letter.recipient}.`)];
}

/** Every thank-you is out: the step is done; without a check-in ahead, the interview closes quietly. */
export function completeThanks(ctx: TurnContext, d: Debrief): Outbound[] {
  for (const l of thankYouLetters(ctx, d)) if (l.status !== "sent") ctx.store.letters.markSent(l.id, ctx.now.getTime());
  cancelNudges(ctx, d.id, ["thanks", "thanks_again"]);
  // A check-in still to come, or one already sent and awaiting its let-go, keeps the interview open.
  const ahead = ctx.store.reminders.pendingFor(d.id).some((r) => r.kind === "checkin" || r.kind === "letgo");
  if (!ahead) {
    closeInterview(ctx, d.id);
    return [say("All thank-you notes are out. Nicely done. That wraps this one up; no more nudges about it.")];
  }
  return [say("All thank-you notes are out. Nicely done. Now comes the hard part: waiting. I'll be back once, for the check-in, if you haven't heard by then.")];
}

/** The check-in went out: one week of quiet, then the let-go. */
export function checkinSent(ctx: TurnContext, d: Debrief): Outbound[] {
  const now = ctx.now;
  for (const l of ctx.store.letters.forInterview(d.id, ["checkin"])) if (l.status !== "sent") ctx.store.letters.markSent(l.id, now.getTime());
  cancelNudges(ctx, d.id, ["checkin"]);
  replaceNudge(ctx, d.id, "letgo", letGoAt(now, ctx.tz, ctx.hours, ctx.place));
  return [say("Check-in sent. That's the last note to write for this one; the ball is in their court now.")];
}
