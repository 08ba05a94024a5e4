import { InstallProvider, type InstallationQuery } from "@slack/oauth";
import type { webApi } from "@slack/bolt";
import type { Config } from "../../../src/config.js";
import type { InstallationKey, SlackInstallationsRepo, SlackOAuthStores } from "../../../src/core/model/installation.js";
import type { Clock } from "../../../src/core/types.js";
import type { Logger } from "../../../src/logger.js";
import { boltLogger } from "../bolt-logger.js";
import { SLACK_BOT_SCOPES } from "./bot-scopes.js";
import { SingleUseStateStore } from "./single-use-state-store.js";
import { keyOfQuery, SlackNotInstalledError, SqliteInstallationStore } from "./sqlite-installation-store.js";
import { AfterwordError, ErrorCode } from "../../../src/core/errors.js";

/** What authorize hands Bolt and the sweeper: a bot token that is good for at least a while. */
export interface WorkspaceAuth {
  botToken?: string;
  botId?: string;
  botUserId?: string;
  teamId?: string;
  enterpriseId?: string;
  botTokenExpiresAt?: number;
  [key: string]: unknown;
}

/** Afterword's OAuth side: Bolt's InstallProvider over the database, with refreshes done once per workspace. */
export interface SlackOAuth {
  installer: InstallProvider;
  /** The workspace's token, refreshed through oauth.v2.access when it expires within two hours; concurrent callers share one refresh. */
  authorize(source: InstallationQuery<boolean>): Promise<WorkspaceAuth>;
  /** The enterprise a team was last seen under in an org-wide install, so proactive sends find that installation. */
  enterpriseOf(team: string): string | undefined;
  /** Reads an installation without refreshing it. */
  find: SlackInstallationsRepo["find"];
  /** Removes an installation; false when it was already gone. */
  forget(key: InstallationKey): boolean;
}

/** Builds the OAuth side from SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET; every call goes to SLACK_API_URL. */
export function createSlackOAuth(config: Config, stores: SlackOAuthStores, logger: Logger, clientOptions: webApi.WebClientOptions, clock: Clock): SlackOAuth {
  if (!config.SLACK_CLIENT_ID || !config.SLACK_CLIENT_SECRET || !config.SLACK_STATE_SECRET) {
    throw new AfterwordError(ErrorCode.SlackOff, "OAuth mode needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET.");
  }
  const { logger: _omit, ...options } = clientOptions;
  const installer = new InstallProvider({
    clientId: config.SLACK_CLIENT_ID,
    clientSecret: config.SLACK_CLIENT_SECRET,
    stateStore: new SingleUseStateStore(config.SLACK_STATE_SECRET, stores.states, clock),
    installationStore: new SqliteInstallationStore(stores.installations, clock),
    installUrlOptions: {
      scopes: SLACK_BOT_SCOPES,
      ...(config.AFTERWORD_PUBLIC_URL ? { redirectUri: new URL("/slack/oauth_redirect", config.AFTERWORD_PUBLIC_URL).href } : {}),
    },
    // /slack/install sends the browser straight to Slack's consent page (Slack's "direct install").
    directInstall: true,
    logger: boltLogger(logger.child({ component: "slack-oauth" })),
    // The code exchange, auth.test and every refresh go to SLACK_API_URL, like the app's other calls.
    clientOptions: options,
  });
  const inflight = new Map<string, Promise<WorkspaceAuth>>();
  const orgTeams = new Map<string, string>();
  return {
    installer,
    async authorize(source) {
      const key = keyOfQuery(source);
      if (!key) throw new SlackNotInstalledError("Slack named no workspace or organisation for this request.");
      if (source.isEnterpriseInstall && source.teamId && source.enterpriseId) orgTeams.set(source.teamId, source.enterpriseId);
      const name = `${key.kind}:${key.id}`;
      let pending = inflight.get(name);
      if (!pending) {
        pending = (installer.authorize(source) as Promise<WorkspaceAuth>).finally(() => inflight.delete(name));
        inflight.set(name, pending);
      }
      const auth = await pending;
      // InstallProvider hands back the old token when a refresh fails; a token already expired would only be refused.
      if (auth.botTokenExpiresAt !== undefined && auth.botTokenExpiresAt * 1000 <= Date.now()) {
        throw new SlackNotInstalledError(`The bot token for ${name} has expired and refreshing it failed; it will be tried again.`);
      }
      // Bolt writes into the result it is given (userId, teamId): each caller gets its own copy.
      return { ...auth };
    },
    enterpriseOf: (team) => orgTeams.get(team),
    find: (key) => stores.installations.find(key),
    forget(key) {
      if (key.kind === "team") orgTeams.delete(key.id);
      else for (const [team, enterprise] of orgTeams) if (enterprise === key.id) orgTeams.delete(team);
      return stores.installations.delete(key);
    },
  };
}
