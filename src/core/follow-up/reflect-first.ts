import { Actions } from "../actions.js";
import { compose, say } from "../messages.js";
import type { Debrief } from "../model/interview.js";
import type { LetterRow } from "../model/letter.js";
import { findingsFor } from "../notes/draft-notes.js";
import { letterBlocks } from "../notes/letter-blocks.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Outbound } from "../types.js";

/** True before the reflect nudge was delivered, unless the user already chose to send early. */
export function beforeReflect(ctx: TurnContext, d: Debrief): boolean {
  if (ctx.store.interviews.earlySendAllowed(d.id)) return false;
  return ctx.store.reminders.pendingFor(d.id).some((r) => r.kind === "reflect");
}

/** Asks once before a letter goes out ahead of the reflect step, with the playbook's reason. */
export function askSendEarly(letter: LetterRow, how: "sent" | "open"): Outbound[] {
  return [
    say(
      "Send before you've slept on it? A note written in the rush right after an interview tends to gush or miss what mattered. " +
        "After a quiet look back this evening, and a night's sleep, it will read calmer and sharper, and tomorrow morning is still well within the day that counts.",
      [
        { action: Actions.sendEarly, label: how === "sent" ? "I've sent it already" : "Open it now anyway", value: `${letter.id}:${how}` },
        { action: Actions.home, label: "Wait until tomorrow", style: "primary" },
      ],
    ),
  ];
}

/** Letter blocks for a letter shown before the reflect step: no email link; "Open as email" asks first. */
export function reflectFirstBlocks(ctx: TurnContext, d: Debrief, letter: LetterRow): Block[] {
  const blocks = letterBlocks(letter, findingsFor(ctx, d, letter));
  if (!beforeReflect(ctx, d) || letter.status === "sent") return blocks;
  return blocks.map((b) => {
    if (b.type === "letter") return { ...b, mailto: undefined };
    if (b.type === "buttons") return { ...b, buttons: [{ action: Actions.letterOpen, label: "Open as email", value: String(letter.id) }, ...b.buttons] };
    return b;
  });
}

/** The letter again with its email link, once the user chose to open it (now, or after reflecting). */
export function openLetter(ctx: TurnContext, d: Debrief, letter: LetterRow): Outbound[] {
  return [compose([{ type: "text", markdown: `Here is your letter to ${letter.recipient}, ready to open as an email:` }, ...letterBlocks(letter, findingsFor(ctx, d, letter))])];
}
