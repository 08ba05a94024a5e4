// A button press: acknowledged at once, applied as a turn, replies (and App Home) posted after.
import type { App } from "@slack/bolt";
import { baseActionId, SlackActionIds } from "../render-block-kit.js";
import type { SlackParts } from "../slack-parts.js";
import { actionToInbound, deliveryId, interactionUser, withFacts, type ActionPayload, type InteractionBody } from "../to-inbound.js";
import { isStorageFailure } from "../turn-runner.js";
import { ACTION_FAILED } from "./lines.js";
import { applyLater } from "./turn-failures.js";

/** Listens for every button and select of Afterword's messages and App Home. */
export function listenForActions(app: App, parts: SlackParts): void {
  app.action(/.+/, async ({ body, action, ack, context }) => {
    await ack();
    const b = body as unknown as InteractionBody;
    const a = action as unknown as ActionPayload;
    const from = interactionUser(b);
    const actionId = baseActionId(typeof a.action_id === "string" ? a.action_id : "");
    if (!from || b.type !== "block_actions" || actionId === SlackActionIds.openEmail) return;
    if (actionId === SlackActionIds.letterEdit) {
      const trigger = deliveryId(b.trigger_id);
      if (trigger && typeof a.value === "string" && a.value) {
        const letterId = a.value;
        parts.replies.queues.now(() => parts.letters.open(from, letterId, trigger));
      }
      return;
    }
    const read = actionToInbound(b, a, parts.clock());
    if (!read || parts.runner.isReplay(read.id, context.retryNum)) return;
    // Replies go to the user's own DM (stored, or opened for them), never to the click's container.
    const event = withFacts(read, { ...parts.dms.cachedAddress(from), ...(await parts.profiles.ifNeeded(from, false)) });
    // App Home lists settings and interviews logged ahead: a change to either shows there at once.
    const touchesHome = b.container?.type === "view" || /^(settings|data|upcoming)\./.test(actionId);
    const then = touchesHome ? () => parts.home.publish(from) : undefined;
    let outs;
    try {
      outs = await parts.runner.apply(event);
    } catch (err) {
      // Slack does not resend clicks: finish it in the background, or tell the user it did not take.
      if (!isStorageFailure(err)) throw err;
      applyLater(parts, from, event, err, ACTION_FAILED, then);
      return;
    }
    parts.replies.replyLater(from, outs, then);
  });
}
