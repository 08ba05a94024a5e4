import { webApi } from "@slack/bolt";
import type { Config } from "../../src/config.js";
import type { Clock } from "../../src/core/types.js";
import type { Logger } from "../../src/logger.js";
import type { SlackOAuthStores } from "../../src/core/model/installation.js";
import { createSlackOAuth, type SlackOAuth } from "./oauth/slack-oauth.js";
import { createWebClient, webClientOptions, type AfterwordClientOptions, type SlackClientOptions } from "./web-client.js";
import { FastWebClient } from "./fast-web-client.js";
import { AfterwordError, ErrorCode } from "../../src/core/errors.js";

/** Web API clients by workspace: one bot token for all (single-workspace mode), or each installation's own (OAuth). */
export interface SlackClients {
  /** A client with a valid bot token for this workspace; in OAuth mode refreshed first when it expires within two hours. */
  forTeam(team: string): Promise<webApi.WebClient>;
  /** This app's bot user in the workspace, when known without calling Slack. */
  botUserId(team: string): string | undefined;
  /** Removes the workspace's installation (and the organisation's, for an org-wide install); false when none was stored. */
  forget(team: string, enterpriseId?: string): boolean;
}

/** Single-workspace mode: SLACK_BOT_TOKEN for every call; the bot's id is learnt by auth.test at start. */
export function singleTokenClients(web: webApi.WebClient, botUserId: () => string | undefined): SlackClients {
  return { forTeam: async () => web, botUserId: () => botUserId(), forget: () => false };
}

/** OAuth mode: each workspace's installation, authorized (and refreshed) before every use. */
export function oauthClients(oauth: SlackOAuth, options: AfterwordClientOptions): SlackClients {
  const cache = new Map<string, { token: string; client: webApi.WebClient }>();
  return {
    async forTeam(team) {
      const enterpriseId = oauth.enterpriseOf(team);
      const auth = await oauth.authorize(enterpriseId ? { teamId: team, enterpriseId, isEnterpriseInstall: true } : { teamId: team, enterpriseId: undefined, isEnterpriseInstall: false });
      if (!auth.botToken) throw new AfterwordError(ErrorCode.SlackNotInstalled, `The installation for workspace ${team} holds no bot token.`);
      const hit = cache.get(team);
      if (hit?.token === auth.botToken) return hit.client;
      const client = new FastWebClient(auth.botToken, options);
      cache.set(team, { token: auth.botToken, client });
      return client;
    },
    botUserId(team) {
      const enterpriseId = oauth.enterpriseOf(team);
      return oauth.find(enterpriseId ? { kind: "enterprise", id: enterpriseId } : { kind: "team", id: team })?.botUserId;
    },
    forget(team, enterpriseId) {
      cache.delete(team);
      const org = enterpriseId ? oauth.forget({ kind: "enterprise", id: enterpriseId }) : false;
      return oauth.forget({ kind: "team", id: team }) || org;
    },
  };
}

/** What the Slack adapter or `afterword sweep` builds from the configuration: clients, and the OAuth side in OAuth mode. */
export interface SlackAccess {
  clients: SlackClients;
  oauth?: SlackOAuth;
}

/** Builds the clients for the configured mode; OAuth mode needs the stores (the composition root passes them). */
export function slackAccessFor(config: Config, logger: Logger, options: SlackClientOptions, clock: Clock, stores?: SlackOAuthStores, botUserId: () => string | undefined = () => undefined): SlackAccess {
  if (config.slack !== "oauth") return { clients: singleTokenClients(createWebClient(config, logger, options), botUserId) };
  if (!stores) throw new AfterwordError(ErrorCode.SlackOff, "OAuth mode needs the installation store; start Afterword through `afterword serve` or `afterword sweep`.");
  const clientOptions = webClientOptions(config, logger, options);
  const oauth = createSlackOAuth(config, stores, logger, clientOptions, clock);
  return { clients: oauthClients(oauth, clientOptions), oauth };
}
