// What the user hears when the database could not take their turn: Slack may or may not send it again.
import type { Inbound, Outbound, UserRef } from "../../../src/core/types.js";
import type { SlackParts } from "../slack-parts.js";
import { isLockedStorage, isStorageFailure } from "../turn-runner.js";

/** Said in the DM on Slack's first redelivery of a message the database could not take. */
export const STORAGE_RETRYING = "I'm having trouble saving right now, so I haven't taken in your last message yet. Slack will hand it to me again in a few minutes; there's no need to type it again.";

/** Said when Slack's last redelivery could not be saved either. */
export const STORAGE_GAVE_UP = "I couldn't save your last message, and Slack has stopped resending it. Please send it again.";

/**
 * Tells the user, once, that a message could not be saved: on Slack's first redelivery (the
 * original failed a moment ago, so this is no blip) and when its last redelivery failed too.
 */
export function tellStorageTrouble(parts: SlackParts, from: UserRef, retryNum: number | undefined): void {
  const n = retryNum ?? 0;
  const text = n === 1 ? STORAGE_RETRYING : n >= 3 ? STORAGE_GAVE_UP : undefined;
  if (text) parts.replies.replyLater(from, [{ text, blocks: [] }]);
}

/**
 * The background half of a click whose turn could not be saved at once (`firstError`): retried
 * while the database is locked, then the replies posted; when it cannot be saved, the user is
 * told so in the DM (`failedText`) rather than left with a button that did nothing.
 */
export function applyLater(parts: SlackParts, from: UserRef, event: Inbound, firstError: unknown, failedText: string, then?: () => Promise<void>): void {
  parts.replies.run(from, async () => {
    let outs: Outbound[];
    try {
      if (!isLockedStorage(firstError)) throw firstError;
      outs = await parts.runner.applyPatiently(event);
    } catch (err) {
      if (!isStorageFailure(err)) throw err;
      parts.log.warn({ err, kind: event.kind }, "slack turn could not be saved; the user was told to try again");
      await parts.replies.reply(from.tenant, await parts.dms.dmChannel(from), [{ text: failedText, blocks: [] }]);
      return;
    }
    if (outs.length) await parts.replies.reply(from.tenant, await parts.dms.dmChannel(from), outs);
    if (then) await then();
  });
}
