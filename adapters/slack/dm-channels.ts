// Where a user's replies go: the DM the engine has stored for them, else the one Slack opens.
import type { CoachApi } from "../../src/core/coach-api.js";
import type { UserRef } from "../../src/core/types.js";
import type { Logger } from "../../src/logger.js";
import { decodeSlackAddress, encodeSlackAddress } from "./address.js";
import type { SlackClients } from "./slack-clients.js";
import { openDm } from "./slack-user.js";
import { isStorageFailure } from "./turn-runner.js";

/** Each user's DM with the bot, cached by the engine on their profile. */
export class DmChannels {
  constructor(
    private readonly coach: CoachApi,
    private readonly clients: SlackClients,
    private readonly log: Logger,
  ) {}

  /** The user's DM channel: the stored one, else conversations.open (then stored for a known user). */
  async dmChannel(from: UserRef): Promise<string> {
    const cached = this.cachedDm(from);
    if (cached) return cached;
    const channel = await openDm(await this.clients.forTeam(from.tenant), from.user);
    // Caching is a convenience: a database that cannot take it must not stop the reply.
    try {
      this.coach.rememberProfile(from, { address: encodeSlackAddress({ team: from.tenant, channel }) });
    } catch (err) {
      if (!isStorageFailure(err)) throw err;
      this.log.warn({ err }, "could not cache the DM channel; carrying on");
    }
    return channel;
  }

  /** The DM channel stored for the user, if it belongs to this workspace. */
  cachedDm(from: UserRef): string | undefined {
    const address = this.coach.profile(from)?.address;
    if (!address) return undefined;
    try {
      const a = decodeSlackAddress(address);
      return a.team === from.tenant ? a.channel : undefined;
    } catch {
      return undefined;
    }
  }

  /** The stored DM as an address, for an event's facts; undefined when none is stored yet. */
  cachedAddress(from: UserRef): { address?: ReturnType<typeof encodeSlackAddress> } {
    const channel = this.cachedDm(from);
    return channel ? { address: encodeSlackAddress({ team: from.tenant, channel }) } : {};
  }
}
