import type { Config } from "../../src/config.js";
import type { Address, ChatPort, Outbound } from "../../src/core/types.js";
import { SendError } from "../../src/core/types.js";
import type { Logger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.js";
import { decodeSlackAddress } from "./address.js";
import { toSendError } from "./classify-slack-error.js";
import { postOutbound } from "./post-outbound.js";
import { createWebClient, type SlackClientOptions } from "./web-client.js";

/**
 * The Slack ChatPort: posts nudges to the user's DM with chat.postMessage. Needs only the bot
 * token (no HTTP server), so `afterword sweep` uses it too. Failures throw SendError: a 429 is
 * `retry` after Slack's Retry-After, a gone user or revoked token is `permanent`.
 */
export function createSlackChatPort(config: Config, _store: Store, logger: Logger, options: SlackClientOptions = {}): ChatPort {
  const web = createWebClient(config, logger, options);
  const log = logger.child({ component: "slack-port" });
  return {
    platform: "slack",
    async send(to: Address, msg: Outbound): Promise<{ id: string }> {
      let channel: string;
      try {
        channel = decodeSlackAddress(to).channel;
      } catch (err) {
        throw new SendError((err as Error).message, "permanent");
      }
      try {
        return { id: await postOutbound(web, channel, msg) };
      } catch (err) {
        const e = toSendError(err);
        log.warn({ kind: e.kind, retryAfterMs: e.retryAfterMs, reason: e.message }, "slack send failed");
        throw e;
      }
    },
  };
}
