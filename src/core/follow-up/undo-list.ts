// The steps of the last day that can still be undone, listed with one button each (App Home, the
// Teams settings card, /settings and /letters), as well as on the message that confirmed them.
import { Actions } from "../actions.js";
import { quoteUser } from "../messages.js";
import { formatLocal } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import type { Block } from "../types.js";
import { UNDO_WINDOW_MS } from "./undo-step.js";

const SHOWN = 5;
const LABEL_CHARS = 60;

/** The "Undo, for a day" section, or nothing when no step of the last 24 hours (the user's clock) is left to undo. */
export function undoBlocks(ctx: TurnContext): Block[] {
  const steps = ctx.store.undo.recent(ctx.user.id, ctx.now.getTime() - UNDO_WINDOW_MS).slice(0, SHOWN);
  if (!steps.length) return [];
  const lines = steps.map((s) => `• ${quoteUser(s.what)} (${formatLocal(new Date(s.createdAt), ctx.tz)})`);
  return [
    { type: "text", markdown: `*Undo, for a day*\n${lines.join("\n")}` },
    {
      type: "buttons",
      buttons: steps.map((s) => {
        const label = `Undo: ${s.what}`;
        return { action: Actions.undo, label: label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label, value: String(s.id) };
      }),
    },
  ];
}
