import { webApi } from "@slack/bolt";
import type { Config } from "../../src/config.js";
import type { Logger } from "../../src/logger.js";
import { boltLogger } from "./bolt-logger.js";
import { FastWebClient } from "./fast-web-client.js";
import { keepAliveFetch } from "../http/keep-alive-fetch.js";
import { AfterwordError, ErrorCode } from "../../src/core/errors.js";

/** Knobs tests turn down; production keeps the defaults. */
export interface SlackClientOptions {
  /** Retries for network errors and 5xx (never for 429s: those are rescheduled by the caller). */
  retryConfig?: webApi.RetryOptions;
  /** Milliseconds before a Web API call is abandoned. */
  timeoutMs?: number;
}

/** What Afterword's clients are built with: a keep-alive transport and 429s always thrown. */
export type AfterwordClientOptions = webApi.WebClientOptions & { fetch: webApi.FetchFunction; rejectRateLimitedCalls: true };

/** The Web API client options Afterword uses everywhere: API URL, short retries, 429s thrown. */
export function webClientOptions(config: Pick<Config, "SLACK_API_URL">, logger: Logger, options: SlackClientOptions = {}): AfterwordClientOptions {
  return {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    logger: boltLogger(logger),
    // A 429 pauses a client's whole queue unless rejected; rejecting lets one user or
    // workspace wait without holding up the others.
    rejectRateLimitedCalls: true,
    retryConfig: options.retryConfig ?? { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 },
    // The transport times each call out itself (an abort signal per call costs more than the call).
    timeout: 0,
    fetch: keepAliveFetch(options.timeoutMs ?? 10_000),
  };
}

/** A Web API client with the bot token. */
export function createWebClient(config: Pick<Config, "SLACK_BOT_TOKEN" | "SLACK_API_URL">, logger: Logger, options: SlackClientOptions = {}): webApi.WebClient {
  if (!config.SLACK_BOT_TOKEN) throw new AfterwordError(ErrorCode.SlackOff, "SLACK_BOT_TOKEN is not set: Afterword cannot call Slack without its bot token (xoxb-…).");
  return new FastWebClient(config.SLACK_BOT_TOKEN, webClientOptions(config, logger, options));
}
