// A message in the DM with the bot: one turn, committed before Slack gets its 200.
import type { App } from "@slack/bolt";
import type { SlackParts } from "../slack-parts.js";
import { messageToInbound, withFacts, type EventBody } from "../to-inbound.js";
import { isStorageFailure } from "../turn-runner.js";
import { tellStorageTrouble } from "./turn-failures.js";

/** Listens for the user's words in their DM. */
export function listenForMessages(app: App, parts: SlackParts): void {
  app.event("message", async ({ body, context }) => {
    const read = messageToInbound(body as unknown as EventBody, parts.clock(), context.botUserId);
    if (!read || parts.runner.isReplay(read.id, context.retryNum)) return;
    const profile = await parts.profiles.ifNeeded(read.from, false);
    const event = withFacts(read, profile);
    let outs;
    try {
      outs = await parts.runner.apply(event);
    } catch (err) {
      // Answered with a 500, so Slack delivers the message again; the user hears why if it drags on.
      if (isStorageFailure(err)) tellStorageTrouble(parts, event.from, context.retryNum);
      throw err;
    }
    parts.replies.replyLater(event.from, outs);
  });
}
