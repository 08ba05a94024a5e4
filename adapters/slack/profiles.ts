// The user's time zone and name from users.info, fetched only when the engine wants them.
import type { CoachApi } from "../../src/core/coach-api.js";
import type { UserRef } from "../../src/core/types.js";
import type { Logger } from "../../src/logger.js";
import type { SerialQueues } from "./serial-queues.js";
import type { SlackClients } from "./slack-clients.js";
import { fetchProfile, type SlackProfile } from "./slack-user.js";
import { isStorageFailure } from "./turn-runner.js";

/** Reads users.info when a stored zone is missing or over a day old. */
export class Profiles {
  private readonly refreshing = new Set<string>();

  constructor(
    private readonly coach: CoachApi,
    private readonly clients: SlackClients,
    private readonly queues: SerialQueues,
    private readonly log: Logger,
  ) {}

  /**
   * The user's time zone and name when the coach wants them. With `wait` false (a turn Slack
   * is waiting on) a stored zone is refreshed in the background, and a first lookup is capped
   * at 1.5 s so the acknowledgement is not held up.
   */
  async ifNeeded(from: UserRef, wait: boolean): Promise<SlackProfile> {
    if (!this.coach.needsTimezone(from)) return {};
    if (!wait && this.coach.profile(from)?.tz) {
      this.queues.now(() => this.refresh(from));
      return {};
    }
    return fetchProfile(await this.clients.forTeam(from.tenant), from.user, this.log, wait ? undefined : 1500);
  }

  /** Refreshes a known user's stored time zone and name from users.info, if the coach wants it. */
  async refresh(from: UserRef): Promise<void> {
    const k = `${from.tenant}:${from.user}`;
    if (this.refreshing.has(k) || !this.coach.needsTimezone(from)) return;
    this.refreshing.add(k);
    try {
      const profile = await fetchProfile(await this.clients.forTeam(from.tenant), from.user, this.log);
      if (profile.tz || profile.name) this.coach.rememberProfile(from, { ...(profile.tz ? { tz: profile.tz } : {}), ...(profile.name ? { displayName: profile.name } : {}) });
    } catch (err) {
      // A stored zone that is a day old still serves; the next turn asks again.
      if (!isStorageFailure(err)) throw err;
      this.log.warn({ err }, "could not store the refreshed time zone; carrying on");
    } finally {
      this.refreshing.delete(k);
    }
  }
}
