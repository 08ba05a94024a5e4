// What every button route shares: the event, its id, and the lines for a button that no longer applies.
import type { DebriefHooks } from "../debrief/debrief-flow.js";
import { say } from "../messages.js";
import type { ConversationState } from "../model/conversation.js";
import type { TurnContext } from "../turn-context.js";
import type { Inbound, Outbound } from "../types.js";

/** A button press, card submit or modal submission. */
export type ActionEvent = Extract<Inbound, { kind: "action" }>;

/** What a route is handed: the turn, the event, the id its value names, the open conversation. */
export interface ActionTurn {
  ctx: TurnContext;
  e: ActionEvent;
  id: number | undefined;
  open: ConversationState | undefined;
  hooks: DebriefHooks;
}

/** Handles one kind of button. */
export type ActionRoute = (t: ActionTurn) => Outbound[];

/** Said when a button names something that is gone or not the user's. */
export const GONE = say("I can't find that one. It may have been closed or deleted.");

/** Said when a nudge's step is already done. */
export const ALREADY_DONE = say("That step is already done, so there's nothing more to do with this nudge. I'll be in touch when the next one comes up.");

/** The numeric id at the start of a button's value ("12" or "12:offer"), if it is one. */
export function idOf(value: string | undefined): number | undefined {
  const n = Number((value ?? "").split(":")[0]);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
