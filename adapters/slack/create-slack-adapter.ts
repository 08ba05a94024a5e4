import { App, ExpressReceiver, HTTPModuleFunctions, type Authorize, type Receiver } from "@slack/bolt";
import express from "express";
import type { AdapterHandle } from "../../src/core/adapter-contract.js";
import type { AdapterDeps } from "../adapter-deps.js";
import { boltLogger } from "./bolt-logger.js";
import { MAX_BODY_BYTES, slackEdgeGuard } from "./edge-guard.js";
import { MalformedSlackPayloadError, slackPayloadProblem } from "./payload-shape.js";
import { registerListeners } from "./register-listeners.js";
import { mountInstallRoutes } from "./oauth/install-routes.js";
import { slackAccessFor } from "./slack-clients.js";
import { slackChatPort } from "./slack-chat-port.js";
import { createSlackParts } from "./slack-parts.js";
import { isStorageFailure } from "./turn-runner.js";
import { DeferredAckSocketModeReceiver } from "./socket-mode-receiver.js";
import { webClientOptions, type SlackClientOptions } from "./web-client.js";
import { AfterwordError, ErrorCode } from "../../src/core/errors.js";

export { createSlackChatPort } from "./slack-chat-port.js";

/** The path Slack posts commands, events and interactions to (HTTP mode). */
export const SLACK_EVENTS_PATH = "/slack/events";

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

  let receiver: Receiver;
  if (config.slack === "socket") {
    receiver = new DeferredAckSocketModeReceiver({ appToken: config.SLACK_APP_TOKEN!, logger: slackLogger, clientOptions, ...options.socket });
  } else {
    const router = express.Router();
    router.post(SLACK_EVENTS_PATH, slackEdgeGuard(log));
    if (oauth) mountInstallRoutes(router, oauth, log);
    receiver = new ExpressReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET!,
      app: deps.http,
      router,
      endpoints: SLACK_EVENTS_PATH,
      processBeforeResponse: true,
      bodyLimit: MAX_BODY_BYTES,
      logger: slackLogger,
      // A turn the database could not take is answered 500 (Slack redelivers it) and was logged
      // already; Bolt's own handler would add an error line per request.
      // Runs once the signature is verified and the body parsed, before Bolt reads it: a payload
      // shaped so Bolt would throw on it is refused with a 400 (through express's error handler).
      customPropertiesExtractor: (req) => {
        const problem = slackPayloadProblem(req.body);
        if (problem) {
          log.warn({ problem }, "slack request refused: malformed payload");
          throw new MalformedSlackPayloadError(problem);
        }
        return {};
      },
      // Payloads Bolt cannot place (malformed, or nothing listens) are not acknowledged; Bolt
      // answers 404 after 3 s. Said at warn, in words, rather than as Bolt's error line.
      unhandledRequestHandler: ({ response }) => {
        log.warn("slack request not handled: no listener took it (malformed or unknown payload); answered 404");
        if (!response.headersSent) {
          response.writeHead(404);
          response.end();
        }
      },
      processEventErrorHandler: async (args) => {
        if (!isStorageFailure(args.error) || args.response.headersSent) return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
        args.response.writeHead(500);
        args.response.end();
        return false;
      },
    });
  }

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
