// The buttons and the form of interviews logged ahead: a new time, cancelled (asked first), kept.
import { Actions } from "../actions.js";
import { say } from "../messages.js";
import type { TurnContext } from "../turn-context.js";
import type { Outbound, UserRef } from "../types.js";
import { askCancelUpcoming, askNewTime, cancelUpcoming, moveUpcoming } from "./change-upcoming.js";
import { submitUpcomingForm } from "./upcoming-form.js";

const GONE = say("That interview isn't among the ones coming up any more: it may have been debriefed or cancelled already.");

/** Routes an `upcoming.*` action; every id is checked against the user and must still be upcoming. */
export function routeUpcoming(ctx: TurnContext, action: string, value: string | undefined, fields: unknown, from: UserRef): Outbound[] {
  if (action === Actions.upcomingForm) return submitUpcomingForm(ctx, value, fields, from);
  const [idText, atText] = (value ?? "").split(":");
  const id = Number(idText);
  const d = Number.isSafeInteger(id) && id > 0 ? ctx.store.interviews.load(ctx.user.id, id) : undefined;
  if (d?.status !== "upcoming") return [GONE];
  switch (action) {
    case Actions.upcomingMove: {
      const at = Number(atText);
      return atText && Number.isSafeInteger(at) && at > ctx.now.getTime() ? moveUpcoming(ctx, d, new Date(at)) : askNewTime(ctx, d);
    }
    case Actions.upcomingCancel:
      return askCancelUpcoming(ctx, d);
    case Actions.upcomingCancelConfirm:
      return cancelUpcoming(ctx, d);
    case Actions.upcomingKeep: {
      if (ctx.store.conversations.get(ctx.user.id)?.flow === "move") ctx.store.conversations.clear(ctx.user.id);
      return [say("Kept as it is.")];
    }
    default:
      return [say("I don't recognise that button. It may belong to an older message.")];
  }
}
