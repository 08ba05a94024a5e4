// What Afterword keeps about one install of its Slack app (OAuth distribution), and the two small
// repositories the Slack adapter reaches them through. The store implements both; tokens cross this
// seam in the clear and are encrypted by the store on the way in.

/** Which install a row is: one workspace, or an Enterprise Grid organisation (org-wide install). */
export interface InstallationKey {
  kind: "team" | "enterprise";
  /** The team id (T…) for a workspace install, the enterprise id (E…) for an org-wide one. */
  id: string;
}

/** One installation: who installed the app where, and the bot's (possibly rotating) token. */
export interface SlackInstallationRecord extends InstallationKey {
  teamId?: string;
  teamName?: string;
  enterpriseId?: string;
  enterpriseName?: string;
  enterpriseUrl?: string;
  appId?: string;
  botId?: string;
  botUserId: string;
  botScopes: string[];
  botToken: string;
  /** Only with token rotation: the refresh token and when the bot token expires (epoch seconds). */
  botRefreshToken?: string;
  botExpiresAt?: number;
  /** The Slack user who installed the app. */
  installerUserId?: string;
}

/** Installations, one row per workspace and per organisation. */
export interface SlackInstallationsRepo {
  /** Creates or replaces the installation under its key. */
  save(record: SlackInstallationRecord, now: number): void;
  /** The installation under this key, tokens decrypted, or undefined. */
  find(key: InstallationKey): SlackInstallationRecord | undefined;
  /** Removes the installation; false when there was none (already removed). */
  delete(key: InstallationKey): boolean;
  /** How many installations there are. */
  count(): number;
}

/** OAuth `state` nonces handed out and not yet used: each is accepted once, before it expires. */
export interface OAuthStatesRepo {
  /** Records a nonce as handed out, valid until `expiresAt` (epoch ms); forgets expired ones. */
  remember(nonce: string, expiresAt: number, now: number): void;
  /** Uses the nonce up: true the first time, while it is still valid; false ever after. */
  consume(nonce: string, now: number): boolean;
}

/** Where OAuth mode keeps installations and state nonces; the composition root passes the store's. */
export interface SlackOAuthStores {
  installations: SlackInstallationsRepo;
  states: OAuthStatesRepo;
}
