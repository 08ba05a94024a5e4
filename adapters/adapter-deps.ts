// What the composition root (afterword serve) hands each chat adapter: the engine, never the store.
import type { Application } from "express";
import type { Config } from "../src/config.js";
import type { AdapterBase } from "../src/core/adapter-contract.js";
import type { SlackOAuthStores } from "../src/core/model/installation.js";
import type { Logger } from "../src/logger.js";

/** The engine and the time, plus what only the host process knows. */
export interface AdapterDeps extends AdapterBase {
  config: Config;
  logger: Logger;
  /** Slack OAuth mode: the installation store and the OAuth state nonces (encrypted tokens, in the database). */
  slackOAuth?: SlackOAuthStores;
  /** The one express app of the server: mount routes on it (Slack /slack/events, Teams /api/messages). */
  http: Application;
}
