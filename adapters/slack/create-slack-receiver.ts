// How Slack's requests reach Bolt: Socket Mode, or HTTP on the server's express app behind the edge guard.
import { ExpressReceiver, HTTPModuleFunctions, type Receiver, type webApi } from "@slack/bolt";
import express, { type Application } from "express";
import type { Config } from "../../src/config.js";
import type { Logger } from "../../src/logger.js";
import type { boltLogger } from "./bolt-logger.js";
import { MAX_BODY_BYTES, slackEdgeGuard } from "./edge-guard.js";
import { mountInstallRoutes } from "./oauth/install-routes.js";
import type { SlackOAuth } from "./oauth/slack-oauth.js";
import { MalformedSlackPayloadError, slackPayloadProblem } from "./payload-shape.js";
import { DeferredAckSocketModeReceiver, type SocketModeSettings } from "./socket-mode-receiver.js";
import { isStorageFailure } from "./turn-runner.js";

/** The path Slack posts commands, events and interactions to (HTTP mode). */
export const SLACK_EVENTS_PATH = "/slack/events";

/** What a receiver is built from. */
export interface ReceiverDeps {
  config: Config;
  http: Application;
  log: Logger;
  slackLogger: ReturnType<typeof boltLogger>;
  clientOptions: webApi.WebClientOptions;
  oauth?: SlackOAuth;
  socket?: Pick<SocketModeSettings, "autoReconnect" | "clientPingTimeoutMs" | "serverPingTimeoutMs">;
}

/** The receiver for the configured mode; in HTTP mode its routes are mounted on `http`. */
export function createSlackReceiver({ config, http, log, slackLogger, clientOptions, oauth, socket }: ReceiverDeps): Receiver {
  if (config.slack === "socket") {
    return new DeferredAckSocketModeReceiver({ appToken: config.SLACK_APP_TOKEN!, logger: slackLogger, clientOptions, ...socket });
  } else {
    const router = express.Router();
    router.post(SLACK_EVENTS_PATH, slackEdgeGuard(log));
    if (oauth) mountInstallRoutes(router, oauth, log);
    return new ExpressReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET!,
      app: http,
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
}
