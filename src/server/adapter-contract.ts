import type { Application } from "express";
import type { Config } from "../config.js";
import type { CoachApi } from "../core/coach-api.js";
import type { SlackOAuthStores } from "../core/model/installation.js";
import type { ChatPort, Clock } from "../core/types.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";

/** What `afterword serve` hands each chat adapter. */
export interface AdapterDeps {
  config: Config;
  coach: CoachApi;
  /** The store, for what is the adapter's own business (cached DM channel, conversation refs). */
  store: Store;
  logger: Logger;
  clock: Clock;
  /** Slack OAuth mode: the installation store and the OAuth state nonces (encrypted tokens, in the database). */
  slackOAuth?: SlackOAuthStores;
  /** The one express app of the server: mount routes on it (Slack /slack/events, Teams /api/messages). */
  http: Application;
}

/** A running chat adapter. */
export interface AdapterHandle {
  /** Delivers proactive nudges for this platform. */
  port: ChatPort;
  /** Connects (Socket Mode) or finishes set-up; called once the HTTP server listens. */
  start(): Promise<void>;
  /** Stops accepting new work and closes connections. */
  stop(): Promise<void>;
}
