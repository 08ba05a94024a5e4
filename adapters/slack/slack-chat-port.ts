import type { Config } from "../../src/config.js";
import type { Address, ChatPort, Outbound } from "../../src/core/types.js";
import { SendError } from "../../src/core/types.js";
import type { Logger } from "../../src/logger.js";
import { decodeSlackAddress } from "./address.js";
import { toSendError } from "./classify-slack-error.js";
import type { SlackOAuthStores } from "../../src/core/model/installation.js";
import { postOutbound } from "./post-outbound.js";
import { slackAccessFor, type SlackClients } from "./slack-clients.js";
import type { SlackClientOptions } from "./web-client.js";

/**
 * The Slack ChatPort: posts nudges to the user's DM with chat.postMessage. Needs no HTTP server,
 * so `afterword sweep` uses it too: with SLACK_BOT_TOKEN, or in OAuth mode with the installation
 * store (`stores`), where each send first asks for the workspace's valid token. Failures throw
 * SendError: a 429 is `retry` after Slack's Retry-After, a gone user or revoked token is
 * `permanent`, a workspace without a usable installation is `retry`.
 */
export function createSlackChatPort(config: Config, stores: SlackOAuthStores | undefined, logger: Logger, options: SlackClientOptions = {}): ChatPort {
  return slackChatPort(slackAccessFor(config, logger, options, () => new Date(), stores).clients, logger);
}

/** The ChatPort over clients the caller already has (the adapter shares its own, so refreshes are shared too). */
export function slackChatPort(clients: SlackClients, logger: Logger): ChatPort {
  const log = logger.child({ component: "slack-port" });
  return {
    platform: "slack",
    async send(to: Address, msg: Outbound): Promise<{ id: string }> {
      let team: string;
      let channel: string;
      try {
        ({ team, channel } = decodeSlackAddress(to));
      } catch (err) {
        throw new SendError((err as Error).message, "permanent");
      }
      try {
        return { id: await postOutbound(await clients.forTeam(team), channel, msg) };
      } catch (err) {
        const e = toSendError(err);
        log.warn({ kind: e.kind, retryAfterMs: e.retryAfterMs, reason: e.message, team }, "slack send failed");
        throw e;
      }
    },
  };
}
