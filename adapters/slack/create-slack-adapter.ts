import { App, type Authorize } from "@slack/bolt";
import type { AdapterHandle } from "../../src/core/adapter-contract.js";
import type { AdapterDeps } from "../adapter-deps.js";
import { boltLogger } from "./bolt-logger.js";
import { createSlackReceiver } from "./create-slack-receiver.js";
import { registerListeners } from "./register-listeners.js";
import { slackAccessFor } from "./slack-clients.js";
import { slackChatPort } from "./slack-chat-port.js";
import { createSlackParts } from "./slack-parts.js";
import { webClientOptions, type SlackClientOptions } from "./web-client.js";
import { AfterwordError, ErrorCode } from "../../src/core/errors.js";

export { createSlackChatPort } from "./slack-chat-port.js";

export { SLACK_EVENTS_PATH } from "./create-slack-receiver.js";

/** Options beyond the environment; tests shorten retries and Socket Mode timeouts. */
export interface SlackAdapterOptions extends SlackClientOptions {
  socket?: { autoReconnect?: boolean; clientPingTimeoutMs?: number; serverPingTimeoutMs?: number };
  /** Longest Retry-After an interactive reply waits for (default 30 s). */
  maxRateLimitWaitMs?: number;
  /** How long a slash command or click keeps retrying while the database is locked (default 20 s). */
  storageRetryMs?: number;
}

/** A running Slack adapter; `idle()` waits for replies still being posted (tests, shutdown). */
export interface SlackAdapterHandle extends AdapterHandle {
  idle(): Promise<void>;
  /** The bot's user id, once `start()` has asked Slack. */
  botUserId(): string | undefined;
}

/**
 * Builds Afterword's Slack app: Bolt over HTTP at POST /slack/events on the server's express
 * app (turns committed before the 200), or over Socket Mode when SLACK_APP_TOKEN is set. In OAuth
 * mode the same port also serves GET /slack/install and /slack/oauth_redirect, and every request
 * and nudge uses its workspace's own installation.
 */
export async function createSlackAdapter(deps: AdapterDeps, options: SlackAdapterOptions = {}): Promise<SlackAdapterHandle> {
  const { config } = deps;
  const token = config.SLACK_BOT_TOKEN;
  if (config.slack === "off" || (config.slack !== "oauth" && !token)) throw new AfterwordError(ErrorCode.SlackOff, "Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode), or the OAuth variables.");
  const log = deps.logger.child({ adapter: "slack", mode: config.slack });
  const clientOptions = webClientOptions(config, log, options);
  const slackLogger = boltLogger(log);
  const bot: { userId?: string; id?: string } = {};
  const { clients, oauth } = slackAccessFor(config, log, options, deps.clock, deps.slackOAuth, () => bot.userId);

  const receiver = createSlackReceiver({ config, http: deps.http, log, slackLogger, clientOptions, oauth, socket: options.socket });

  // A fixed authorize never calls auth.test per request or at construction (which would crash the
  // process if Slack were unreachable); start() asks once and fills these in. OAuth mode reads the
  // workspace's installation and refreshes its token first when it expires within two hours.
  const authorize: Authorize<boolean> = oauth ? (source) => oauth.authorize(source) : async () => ({ botToken: token, botUserId: bot.userId, botId: bot.id });
  const app = new App({
    receiver,
    authorize,
    logger: slackLogger,
    clientOptions,
    ignoreSelf: false,
    convoStore: false,
  });
  const parts = createSlackParts({
    coach: deps.coach,
    logger: log,
    clock: deps.clock,
    clients,
    ...(options.maxRateLimitWaitMs !== undefined ? { maxRateLimitWaitMs: options.maxRateLimitWaitMs } : {}),
    ...(options.storageRetryMs !== undefined ? { storageRetryMs: options.storageRetryMs } : {}),
  });
  registerListeners(app, parts);

  return {
    port: slackChatPort(clients, deps.logger),
    async start() {
      if (oauth) {
        log.info({ installations: deps.slackOAuth?.installations.count() }, "slack OAuth mode: install at /slack/install");
        return;
      }
      try {
        const me = await (await clients.forTeam("")).auth.test();
        bot.userId = me.user_id;
        bot.id = me.bot_id;
        log.info({ botUserId: bot.userId, team: me.team_id }, "slack bot identified");
      } catch (err) {
        log.warn({ err }, "auth.test failed; the bot's own messages are still skipped by their bot_id");
      }
      if (config.slack === "socket") await app.start();
    },
    async stop() {
      if (config.slack === "socket") await app.stop();
      await parts.replies.idle();
    },
    idle: () => parts.replies.idle(),
    botUserId: () => bot.userId,
  };
}
