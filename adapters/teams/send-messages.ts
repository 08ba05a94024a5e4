import type { TurnContext } from "./bot-framework.js";
import type { Outbound } from "../../src/core/types.js";
import { renderOutbound } from "./render-adaptive-card.js";
import { sendWithRetry, type RetryPolicy } from "./send-with-retry.js";

/** Renders and sends messages in order, one activity at a time so a retry never repeats a part; returns the first activity id. */
export async function sendMessages(context: TurnContext, messages: Outbound[], retry?: RetryPolicy): Promise<string | undefined> {
  let first: string | undefined;
  for (const message of messages) {
    for (const activity of renderOutbound(message)) {
      const sent = await sendWithRetry(() => context.sendActivity(activity), retry);
      first ??= sent?.id;
    }
  }
  return first;
}
