import { isStorageUnavailable, type StorageUnavailableError } from "../../src/core/errors.js";
import type { CoachApi } from "../../src/core/coach-api.js";
import type { Clock, Inbound, Outbound, UserRef } from "../../src/core/types.js";
import type { Logger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.js";
import { decodeSlackAddress, encodeSlackAddress } from "./address.js";
import { retryAfterMs, slackErrorCode } from "./classify-slack-error.js";
import { postOutbound } from "./post-outbound.js";
import { RecentIds } from "./recent-ids.js";
import { renderHome } from "./render-home.js";
import { FormModals } from "./form-modals.js";
import { renderLetterModal } from "./render-letter-modal.js";
import { SerialQueues } from "./serial-queues.js";
import type { SlackClients } from "./slack-clients.js";
import { fetchProfile, openDm, type SlackProfile } from "./slack-user.js";

/** What a turn needs: the engine, the store for the adapter's own caches, and Web API clients by workspace. */
export interface TurnDeps {
  coach: CoachApi;
  store: Store;
  logger: Logger;
  clock: Clock;
  clients: SlackClients;
  /** The bot's own user id once auth.test has answered. */
  botUserId: () => string | undefined;
  /** Longest Retry-After a reply waits for before giving up on that message. */
  maxRateLimitWaitMs?: number;
  /** How long a click or command Slack will not redeliver keeps retrying while the database is locked (default 20 s). */
  storageRetryMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Said in the DM on Slack's first redelivery of a message the database could not take. */
export const STORAGE_RETRYING = "I'm having trouble saving right now, so I haven't taken in your last message yet. Slack will hand it to me again in a few minutes; there's no need to type it again.";

/** Said when Slack's last redelivery could not be saved either. */
export const STORAGE_GAVE_UP = "I couldn't save your last message, and Slack has stopped resending it. Please send it again.";

/** True when a turn failed because the database could not take it (locked, read-only, full, damaged). */
export function isStorageFailure(err: unknown): err is StorageUnavailableError {
  return isStorageUnavailable(err);
}

/** True when the database was only locked by another process: worth retrying in a moment. */
export function isLockedStorage(err: unknown): boolean {
  return isStorageUnavailable(err) && err.locked;
}

/**
 * The Slack side of a turn: hands one neutral event to the coach (awaited, so it is
 * committed before Slack is acknowledged), then posts the replies in the background, in order
 * per user, opening the DM, refreshing the time zone and republishing App Home as needed.
 */
export class SlackTurns {
  readonly queues: SerialQueues;
  /** Opens the engine's forms as modals. */
  readonly forms: FormModals;
  private readonly seen = new RecentIds();
  private readonly refreshing = new Set<string>();
  private readonly log: Logger;

  constructor(private readonly deps: TurnDeps) {
    this.log = deps.logger;
    this.queues = new SerialQueues(deps.logger);
    this.forms = new FormModals(deps);
  }

  /** The user's serial queue key. */
  key(from: UserRef): string {
    return `${from.tenant}:${from.user}`;
  }

  /** True when this is a redelivery (retry number above 0) of an id this process already applied. */
  isReplay(id: string, retryNum: number | undefined): boolean {
    return (retryNum ?? 0) > 0 && this.seen.has(id);
  }

  /**
   * The user's time zone and name when the coach wants them. With `wait` false (a turn Slack
   * is waiting on) a stored zone is refreshed in the background, and a first lookup is capped
   * at 1.5 s so the acknowledgement is not held up.
   */
  async profileIfNeeded(from: UserRef, wait: boolean): Promise<SlackProfile> {
    if (!this.deps.coach.needsTimezone(from)) return {};
    if (!wait && this.deps.store.users.find(from)?.tz) {
      this.queues.now(() => this.refreshProfile(from));
      return {};
    }
    return fetchProfile(await this.deps.clients.forTeam(from.tenant), from.user, this.log, wait ? undefined : 1500);
  }

  /**
   * Hands one event to the coach and resolves once it is committed (possibly in a commit shared
   * with other turns); remembers its id so a quick redelivery is skipped at the edge.
   */
  async apply(event: Inbound): Promise<Outbound[]> {
    const { coach } = this.deps;
    const outs = coach.handleDurably ? await coach.handleDurably(event) : coach.handle(event);
    this.seen.add(event.id);
    return outs;
  }

  /**
   * Applies an event Slack will not deliver again (a slash command, a click), in the background:
   * while the database is locked by another process it tries again, for up to `storageRetryMs`,
   * so the command or click takes effect once the lock clears. Throws the last failure.
   */
  async applyPatiently(event: Inbound): Promise<Outbound[]> {
    const deadline = Date.now() + (this.deps.storageRetryMs ?? 20_000);
    for (let wait = 250; ; wait = Math.min(wait * 2, 2_000)) {
      try {
        return await this.apply(event);
      } catch (err) {
        if (!isLockedStorage(err) || Date.now() + wait > deadline) throw err;
        await sleep(wait);
      }
    }
  }

  /**
   * The background half of a click whose turn could not be saved at once (`firstError`): retried
   * while the database is locked, then the replies posted; when it cannot be saved, the user is
   * told so in the DM (`failedText`) rather than left with a button that did nothing.
   */
  applyLater(from: UserRef, event: Inbound, firstError: unknown, failedText: string, channel?: string, then?: () => Promise<void>): void {
    this.queues.run(this.key(from), async () => {
      let outs: Outbound[];
      try {
        if (!isLockedStorage(firstError)) throw firstError;
        outs = await this.applyPatiently(event);
      } catch (err) {
        if (!isStorageFailure(err)) throw err;
        this.log.warn({ err, kind: event.kind }, "slack turn could not be saved; the user was told to try again");
        await this.reply(from.tenant, channel ?? (await this.dmChannel(from)), [{ text: failedText, blocks: [] }]);
        return;
      }
      if (outs.length) await this.reply(from.tenant, channel ?? (await this.dmChannel(from)), outs);
      if (then) await then();
    });
  }

  /**
   * Tells the user, once, that a message could not be saved: on Slack's first redelivery (the
   * original failed a moment ago, so this is no blip) and when its last redelivery failed too.
   */
  storageTrouble(from: UserRef, channel: string, retryNum: number | undefined): void {
    const n = retryNum ?? 0;
    const text = n === 1 ? STORAGE_RETRYING : n >= 3 ? STORAGE_GAVE_UP : undefined;
    if (text) this.replyLater(from, [{ text, blocks: [] }], channel);
  }

  /** The user's DM channel: the cached address, else conversations.open (cached if the user exists). */
  async dmChannel(from: UserRef): Promise<string> {
    const cached = this.cachedDm(from);
    if (cached) return cached;
    const channel = await openDm(await this.deps.clients.forTeam(from.tenant), from.user);
    const address = encodeSlackAddress({ team: from.tenant, channel });
    const { store } = this.deps;
    // Only refresh an existing row: after "delete my data" nothing may bring the user back.
    // Caching is a convenience: a database that cannot take it must not stop the reply.
    try {
      store.write(() => {
        if (store.users.find(from)) store.users.upsert(from, { address }, this.deps.clock().getTime());
      });
    } catch (err) {
      if (!isStorageFailure(err)) throw err;
      this.log.warn({ err }, "could not cache the DM channel; carrying on");
    }
    return channel;
  }

  /** The DM channel cached on the user's row, if it belongs to this workspace. */
  cachedDm(from: UserRef): string | undefined {
    const address = this.deps.store.users.find(from)?.address;
    if (!address) return undefined;
    try {
      const a = decodeSlackAddress(address);
      return a.team === from.tenant ? a.channel : undefined;
    } catch {
      return undefined;
    }
  }

  /** Queues the replies for the user's DM (opened if `channel` is not known). */
  replyLater(from: UserRef, outs: Outbound[], channel?: string, then?: () => Promise<void>): void {
    if (!outs.length && !then) return;
    this.queues.run(this.key(from), async () => {
      if (outs.length) await this.reply(from.tenant, channel ?? (await this.dmChannel(from)), outs);
      if (then) await then();
    });
  }

  /** Posts each Outbound in order to a channel of workspace `team`; a 429 waits for Retry-After (this user only) and tries again. */
  async reply(team: string, channel: string, outs: Outbound[]): Promise<void> {
    const web = await this.deps.clients.forTeam(team);
    for (const out of outs) {
      for (let attempt = 1; ; attempt++) {
        try {
          await postOutbound(web, channel, out);
          break;
        } catch (err) {
          const wait = retryAfterMs(err);
          if (wait !== undefined && attempt < 3 && wait <= (this.deps.maxRateLimitWaitMs ?? 30_000)) {
            await sleep(wait);
            continue;
          }
          this.log.error({ err, code: slackErrorCode(err), channel }, "could not post a reply to Slack");
          break;
        }
      }
    }
  }

  /** Renders the coach's home for this user and publishes it to their App Home tab. */
  async publishHome(from: UserRef): Promise<void> {
    const view = renderHome(this.deps.coach.home(from));
    await (await this.deps.clients.forTeam(from.tenant)).views.publish({ user_id: from.user, view });
  }

  /** Opens the letter editor for one of the user's letters (the click's trigger id is valid for 3 s). */
  async openLetterEditor(from: UserRef, letterId: string, triggerId: string): Promise<void> {
    const { store } = this.deps;
    const row = store.users.find(from);
    const letter = row && /^\d+$/.test(letterId) ? store.letters.get(row.id, Number(letterId)) : undefined;
    if (!letter) {
      this.replyLater(from, [{ text: "I can't find that letter any more; a newer draft may have replaced it.", blocks: [] }]);
      return;
    }
    const to = letter.email ? `${letter.recipient} <${letter.email}>` : letter.recipient;
    const view = renderLetterModal({ to, subject: letter.subject, body: letter.body }, { letterId });
    await (await this.deps.clients.forTeam(from.tenant)).views.open({ trigger_id: triggerId, view });
  }

  /**
   * Forgets a whole workspace (app uninstalled, tokens revoked): its installation (OAuth mode;
   * the organisation's too for an org-wide install) and everything stored about its users.
   * Running it again finds nothing more to delete.
   */
  forgetWorkspace(team: string, why: string, enterpriseId?: string, eventId?: string): void {
    const users = this.deps.coach.forgetTenant("slack", team, eventId);
    if (users === null) {
      this.log.info({ team, why, eventId }, "slack uninstall delivered again; already applied, nothing deleted");
      return;
    }
    const installation = this.deps.clients.forget(team, enterpriseId);
    this.log.info({ team, users, installation, why }, "slack workspace forgotten");
  }

  /** True when the bot user ids a tokens_revoked event lists include this app's bot in that workspace. */
  revokesOurBot(team: string, botUserIds: unknown): boolean {
    if (!Array.isArray(botUserIds) || botUserIds.length === 0) return false;
    const ours = this.deps.clients.botUserId(team);
    // Without knowing our own id (auth.test failed at start), any bot token revoked is taken as ours, as before.
    return ours === undefined ? true : botUserIds.includes(ours);
  }

  /** Resolves when all background work (replies, uploads, home) has finished. */
  idle(): Promise<void> {
    return this.queues.idle();
  }

  /** Refreshes a known user's stored time zone and name from users.info, if the coach wants it. */
  async refreshProfile(from: UserRef): Promise<void> {
    const k = this.key(from);
    if (this.refreshing.has(k) || !this.deps.coach.needsTimezone(from)) return;
    this.refreshing.add(k);
    try {
      const profile = await fetchProfile(await this.deps.clients.forTeam(from.tenant), from.user, this.log);
      if (!profile.tz && !profile.name) return;
      const { store } = this.deps;
      store.write(() => {
        if (store.users.find(from)) store.users.upsert(from, profile, this.deps.clock().getTime());
      });
    } catch (err) {
      // A stored zone that is a day old still serves; the next turn asks again.
      if (!isStorageFailure(err)) throw err;
      this.log.warn({ err }, "could not store the refreshed time zone; carrying on");
    } finally {
      this.refreshing.delete(k);
    }
  }
}
