import type { Installation, InstallationQuery, InstallationStore } from "@slack/oauth";
import type { InstallationKey, SlackInstallationRecord, SlackInstallationsRepo } from "../../../src/core/model/installation.js";
import type { Clock } from "../../../src/core/types.js";
import { AfterwordError, ErrorCode, hasCode } from "../../../src/core/errors.js";

/** No installation answers this query: the app is not (or no longer) installed there. */
export class SlackNotInstalledError extends AfterwordError {
  constructor(message: string) {
    super(ErrorCode.SlackNotInstalled, message);
    this.name = "SlackNotInstalledError";
  }
}

/** True when `err` (or what it wraps: Bolt and InstallProvider wrap authorize failures) says no installation answers. */
export function isNotInstalled(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 4; e = (e as { original?: unknown; cause?: unknown }).original ?? (e as { cause?: unknown }).cause, depth++) {
    if (hasCode(e, ErrorCode.SlackNotInstalled)) return true;
  }
  return false;
}

/** The row an installation query points at: the organisation's for an org-wide install, else the workspace's. */
export function keyOfQuery(query: Pick<InstallationQuery<boolean>, "teamId" | "enterpriseId" | "isEnterpriseInstall">): InstallationKey | undefined {
  if (query.isEnterpriseInstall && query.enterpriseId) return { kind: "enterprise", id: query.enterpriseId };
  return query.teamId ? { kind: "team", id: query.teamId } : undefined;
}

/** Bolt's installation, as Afterword keeps it: the bot's token, identity and scopes, and who installed it. */
export function toRecord(installation: Installation): SlackInstallationRecord {
  const bot = installation.bot;
  const org = Boolean(installation.isEnterpriseInstall && installation.enterprise?.id);
  const id = org ? installation.enterprise!.id : installation.team?.id;
  if (!bot || !id) throw new AfterwordError(ErrorCode.SlackNotInstalled, "Slack's answer holds no bot token or workspace: Afterword needs its bot scopes to be granted.");
  const record: SlackInstallationRecord = { kind: org ? "enterprise" : "team", id, botUserId: bot.userId, botScopes: bot.scopes, botToken: bot.token };
  const optional: Partial<SlackInstallationRecord> = {
    teamId: installation.team?.id,
    teamName: installation.team?.name,
    enterpriseId: installation.enterprise?.id,
    enterpriseName: installation.enterprise?.name,
    enterpriseUrl: installation.enterpriseUrl,
    appId: installation.appId,
    botId: bot.id,
    botRefreshToken: bot.refreshToken,
    botExpiresAt: bot.expiresAt,
    installerUserId: installation.user?.id,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined && v !== null) (record as unknown as Record<string, unknown>)[k] = v;
  return record;
}

/** A stored installation in the shape Bolt's InstallProvider reads (v2, so rotating tokens refresh). */
export function toInstallation(r: SlackInstallationRecord): Installation<"v2", boolean> {
  return {
    team: r.teamId ? { id: r.teamId, ...(r.teamName ? { name: r.teamName } : {}) } : undefined,
    enterprise: r.enterpriseId ? { id: r.enterpriseId, ...(r.enterpriseName ? { name: r.enterpriseName } : {}) } : undefined,
    user: { id: r.installerUserId ?? "", token: undefined, scopes: undefined },
    bot: {
      id: r.botId ?? "",
      userId: r.botUserId,
      scopes: r.botScopes,
      token: r.botToken,
      ...(r.botRefreshToken ? { refreshToken: r.botRefreshToken } : {}),
      ...(r.botExpiresAt !== undefined ? { expiresAt: r.botExpiresAt } : {}),
    },
    ...(r.appId ? { appId: r.appId } : {}),
    ...(r.enterpriseUrl ? { enterpriseUrl: r.enterpriseUrl } : {}),
    tokenType: "bot",
    isEnterpriseInstall: r.kind === "enterprise",
    authVersion: "v2",
  } as Installation<"v2", boolean>;
}

/** Bolt's InstallationStore over Afterword's database (tokens encrypted there by the store). */
export class SqliteInstallationStore implements InstallationStore {
  constructor(
    private readonly records: SlackInstallationsRepo,
    private readonly clock: Clock,
  ) {}

  /** Saves a new installation, or the same one with a refreshed token. */
  async storeInstallation<AuthVersion extends "v1" | "v2">(installation: Installation<AuthVersion, boolean>): Promise<void> {
    this.records.save(toRecord(installation as Installation), this.clock().getTime());
  }

  /** The installation a query points at; throws SlackNotInstalledError when there is none. */
  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<"v1" | "v2", boolean>> {
    const key = keyOfQuery(query);
    const record = key && this.records.find(key);
    if (!record) throw new SlackNotInstalledError(`Afterword is not installed in ${key ? `${key.kind} ${key.id}` : "a workspace Slack did not name"}.`);
    return toInstallation(record);
  }

  /** Removes the installation a query points at (nothing happens when it is already gone). */
  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const key = keyOfQuery(query);
    if (key) this.records.delete(key);
  }
}
