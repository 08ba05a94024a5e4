// A nudge's letters drafted and checked before the sweeper's write, outside the commit that turns
// share: composing and checking two letters takes tens of milliseconds, and inside a shared commit
// it would hold every chat turn waiting on that commit. Reads only; the event loop gets a turn
// between letters, so a turn arriving meanwhile waits for one letter's checks at most.
import type { Reminder, ReminderKind } from "../model/reminder.js";
import { findingsFor, plannedCheckIn, plannedThankYous } from "../notes/draft-notes.js";
import type { TurnContext } from "../turn-context.js";
import { dueWith } from "./due-together.js";

const WITH_LETTERS = new Set<ReminderKind>(["thanks", "thanks_again", "checkin"]);

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** True when the nudge shows letters, so drafting them ahead is worth it (a reflect nudge that finds a thank-you due with it drafts inside its write, as before). */
export function showsLetters(kind: ReminderKind): boolean {
  return WITH_LETTERS.has(kind);
}

/** Drafts and checks, into `ctx.letterWork`, the letters the nudge `r` (and any nudge due with it) will show. */
export async function composeAhead(ctx: TurnContext, r: Reminder): Promise<void> {
  const d = ctx.store.interviews.load(ctx.user.id, r.interviewId);
  if (!d || d.status !== "active") return;
  const kinds = new Set([r.kind, ...dueWith(ctx, r).map((x) => x.kind)]);
  if (kinds.has("thanks") || kinds.has("thanks_again")) {
    const letters = plannedThankYous(ctx, d);
    for (const letter of letters) {
      await breathe();
      findingsFor(ctx, d, letter);
    }
  }
  if (kinds.has("checkin") && d.interest !== "no") {
    await breathe();
    findingsFor(ctx, d, plannedCheckIn(ctx, d));
  }
}
