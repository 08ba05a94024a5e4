// The letters' own turns: the signing-name answer, the gap answers, and the letter settings' buttons.
import { Actions } from "../actions.js";
import { describeSavedPlan } from "../follow-up/confirm-debrief.js";
import { say } from "../messages.js";
import type { ConversationState } from "../model/conversation.js";
import type { TurnContext } from "../turn-context.js";
import type { Outbound } from "../types.js";
import { answerLetterGaps } from "./letter-gaps.js";
import { askSigningName, saveSigningName, setGreetingStyle } from "./letter-voice.js";

type LetterFlow = Extract<ConversationState, { flow: "signing-name" | "letter-gaps" }>;

/** Ends the name question: thanks (or a note that letters go unsigned), then the plan if one was waiting. */
function afterName(ctx: TurnContext, state: Extract<LetterFlow, { flow: "signing-name" }>, said: string): Outbound[] {
  ctx.store.conversations.clear(ctx.user.id);
  const plan = state.interviewId ? describeSavedPlan(ctx, state.interviewId, `${said} `, state.movedPast) : [];
  return plan.length ? plan : [say(said)];
}

/** Answers typed while the coach waits for the signing name or for the gap sentences. */
export function answerLetterFlow(ctx: TurnContext, state: LetterFlow, text: string): Outbound[] {
  if (state.flow === "letter-gaps") return answerLetterGaps(ctx, state, text);
  if (/^\s*skip\s*$/i.test(text)) return afterName(ctx, state, "No problem: your letters go out without a name until you add one in settings.");
  const said = saveSigningName(ctx, text);
  if (!said) return [say("That doesn't look like a name. What name should I sign your letters with?", [{ action: Actions.signingName, label: "Skip", value: "skip" }])];
  return afterName(ctx, state, said);
}

/** The letter settings' buttons: ask for the name (or skip it), change the greeting. */
export function letterSettingAction(ctx: TurnContext, action: string, value: string | undefined): Outbound[] {
  if (action === Actions.greeting) return setGreetingStyle(ctx, value);
  const open = ctx.store.conversations.get(ctx.user.id);
  if (value === "skip") {
    if (open?.flow === "signing-name") return afterName(ctx, open, "No problem: your letters go out without a name until you add one in settings.");
    return [say("Nothing to skip right now.")];
  }
  return [askSigningName(ctx)];
}
