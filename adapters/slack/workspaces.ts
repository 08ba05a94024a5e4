// Workspaces coming and going: an uninstall or a revoked bot token forgets that workspace.
import type { CoachApi } from "../../src/core/coach-api.js";
import type { Logger } from "../../src/logger.js";
import type { SlackClients } from "./slack-clients.js";

/** Forgets workspaces that removed the app. */
export class Workspaces {
  constructor(
    private readonly coach: CoachApi,
    private readonly clients: SlackClients,
    private readonly log: Logger,
  ) {}

  /**
   * Forgets a whole workspace (app uninstalled, tokens revoked): its installation (OAuth mode;
   * the organisation's too for an org-wide install) and everything stored about its users.
   * Running it again finds nothing more to delete.
   */
  forget(team: string, why: string, enterpriseId?: string, eventId?: string): void {
    const users = this.coach.forgetTenant("slack", team, eventId);
    if (users === null) {
      this.log.info({ team, why, eventId }, "slack uninstall delivered again; already applied, nothing deleted");
      return;
    }
    const installation = this.clients.forget(team, enterpriseId);
    this.log.info({ team, users, installation, why }, "slack workspace forgotten");
  }

  /** True when the bot user ids a tokens_revoked event lists include this app's bot in that workspace. */
  revokesOurBot(team: string, botUserIds: unknown): boolean {
    if (!Array.isArray(botUserIds) || botUserIds.length === 0) return false;
    const ours = this.clients.botUserId(team);
    // Without knowing our own id (auth.test failed at start), any bot token revoked is taken as ours, as before.
    return ours === undefined ? true : botUserIds.includes(ours);
  }
}
