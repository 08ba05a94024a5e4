// Posts the engine's replies in the background, in order per user, waiting out Slack's rate limits.
import type { Outbound, UserRef } from "../../src/core/types.js";
import type { Logger } from "../../src/logger.js";
import { retryAfterMs, slackErrorCode } from "./classify-slack-error.js";
import type { DmChannels } from "./dm-channels.js";
import { postOutbound } from "./post-outbound.js";
import { SerialQueues } from "./serial-queues.js";
import type { SlackClients } from "./slack-clients.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One serial queue per user for everything posted back to them. */
export class ReplyQueue {
  readonly queues: SerialQueues;

  constructor(
    private readonly clients: SlackClients,
    private readonly dms: DmChannels,
    private readonly log: Logger,
    /** Longest Retry-After a reply waits for before giving up on that message. */
    private readonly maxRateLimitWaitMs = 30_000,
  ) {
    this.queues = new SerialQueues(log);
  }

  /** The user's serial queue key. */
  key(from: UserRef): string {
    return `${from.tenant}:${from.user}`;
  }

  /** Runs background work for a user, after what is already queued for them. */
  run(from: UserRef, work: () => Promise<void>): void {
    this.queues.run(this.key(from), work);
  }

  /** Queues the replies for the user's DM, then `then` (App Home, say). */
  replyLater(from: UserRef, outs: Outbound[], then?: () => Promise<void>): void {
    if (!outs.length && !then) return;
    this.run(from, async () => {
      if (outs.length) await this.reply(from.tenant, await this.dms.dmChannel(from), outs);
      if (then) await then();
    });
  }

  /** Posts each Outbound in order to a channel of workspace `team`; a 429 waits for Retry-After (this user only) and tries again. */
  async reply(team: string, channel: string, outs: Outbound[]): Promise<void> {
    const web = await this.clients.forTeam(team);
    for (const out of outs) {
      for (let attempt = 1; ; attempt++) {
        try {
          await postOutbound(web, channel, out);
          break;
        } catch (err) {
          const wait = retryAfterMs(err);
          if (wait !== undefined && attempt < 3 && wait <= this.maxRateLimitWaitMs) {
            await sleep(wait);
            continue;
          }
          this.log.error({ err, code: slackErrorCode(err), channel }, "could not post a reply to Slack");
          break;
        }
      }
    }
  }

  /** Resolves when all background work has finished. */
  idle(): Promise<void> {
    return this.queues.idle();
  }
}
