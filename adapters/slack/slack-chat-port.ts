import type { webApi } from "@slack/bolt";
import type { Config } from "../../src/config.js";
import type { Address, ChatPort, CredentialCheck, Outbound, SendMeta, UserRef } from "../../src/core/types.js";
import { SendError } from "../../src/core/types.js";
import type { Logger } from "../../src/logger.js";
import { decodeSlackAddress, encodeSlackAddress, type SlackAddress } from "./address.js";
import { CHANNEL_GONE, slackErrorCode, toSendError } from "./classify-slack-error.js";
import type { SlackOAuthStores } from "../../src/core/model/installation.js";
import { postOutbound } from "./post-outbound.js";
import { slackAccessFor, type SlackClients } from "./slack-clients.js";
import { openDm } from "./slack-user.js";
import type { SlackClientOptions } from "./web-client.js";

/**
 * Posts to the stored DM; when Slack says that channel is gone (not found, archived), opens the
 * DM with the recipient once more and posts there, handing the new address back to be stored.
 */
async function postToDm(web: webApi.WebClient, stored: SlackAddress, msg: Outbound, recipient?: UserRef): Promise<{ id: string; address?: Address }> {
  try {
    return { id: await postOutbound(web, stored.channel, msg) };
  } catch (err) {
    if (!CHANNEL_GONE.has(slackErrorCode(err) ?? "") || !recipient) throw err;
    const channel = await openDm(web, recipient.user);
    if (channel === stored.channel) throw err;
    return { id: await postOutbound(web, channel, msg), address: encodeSlackAddress({ team: stored.team, channel }) };
  }
}

/**
 * The Slack ChatPort: posts nudges to the user's DM with chat.postMessage. Needs no HTTP server,
 * so `afterword sweep` uses it too: with SLACK_BOT_TOKEN, or in OAuth mode with the installation
 * store (`stores`), where each send first asks for the workspace's valid token. Failures throw
 * SendError: a 429 is `retry` after Slack's Retry-After, a refused bot token is `credentials`
 * (the operator's to fix), a user who is really gone is `permanent`, a workspace without a usable
 * installation is `retry`.
 */
export function createSlackChatPort(config: Config, stores: SlackOAuthStores | undefined, logger: Logger, options: SlackClientOptions = {}): ChatPort {
  return slackChatPort(slackAccessFor(config, logger, options, () => new Date(), stores).clients, logger);
}

/** The ChatPort over clients the caller already has (the adapter shares its own, so refreshes are shared too). */
export function slackChatPort(clients: SlackClients, logger: Logger): ChatPort {
  const log = logger.child({ component: "slack-port" });
  return {
    platform: "slack",
    async send(to: Address, msg: Outbound, meta?: SendMeta): Promise<{ id: string; address?: Address }> {
      let stored: SlackAddress;
      try {
        stored = decodeSlackAddress(to);
      } catch (err) {
        throw new SendError((err as Error).message, "permanent");
      }
      try {
        return await postToDm(await clients.forTeam(stored.team), stored, msg, meta?.recipient);
      } catch (err) {
        const e = toSendError(err);
        log.warn({ kind: e.kind, retryAfterMs: e.retryAfterMs, reason: e.message, team: stored.team }, "slack send failed");
        throw e;
      }
    },
    /** Asks auth.test whether the workspace's bot token works; throws when Slack cannot be reached. */
    async checkCredentials(tenant: string): Promise<CredentialCheck> {
      try {
        await (await clients.forTeam(tenant)).auth.test();
        return { ok: true };
      } catch (err) {
        const e = toSendError(err);
        if (e.kind === "credentials") return { ok: false, error: e.message };
        throw err;
      }
    },
  };
}
