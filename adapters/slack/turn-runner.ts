// Hands Slack's events to the engine: once, durably, and patiently while the database is locked.
import { isStorageUnavailable, type StorageUnavailableError } from "../../src/core/errors.js";
import type { CoachApi } from "../../src/core/coach-api.js";
import type { Inbound, Outbound } from "../../src/core/types.js";
import { RecentIds } from "./recent-ids.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** True when a turn failed because the database could not take it (locked, read-only, full, damaged). */
export function isStorageFailure(err: unknown): err is StorageUnavailableError {
  return isStorageUnavailable(err);
}

/** True when the database was only locked by another process: worth retrying in a moment. */
export function isLockedStorage(err: unknown): boolean {
  return isStorageUnavailable(err) && err.locked;
}

/** Runs turns on the engine and remembers what this process applied. */
export class TurnRunner {
  private readonly seen = new RecentIds();

  constructor(
    private readonly coach: CoachApi,
    /** How long a click or command Slack will not redeliver keeps retrying while the database is locked. */
    private readonly storageRetryMs = 20_000,
  ) {}

  /** True when this is a redelivery (retry number above 0) of an id this process already applied. */
  isReplay(id: string, retryNum: number | undefined): boolean {
    return (retryNum ?? 0) > 0 && this.seen.has(id);
  }

  /**
   * Hands one event to the coach and resolves once it is committed (possibly in a commit shared
   * with other turns); remembers its id so a quick redelivery is skipped at the edge.
   */
  async apply(event: Inbound): Promise<Outbound[]> {
    const outs = this.coach.handleDurably ? await this.coach.handleDurably(event) : this.coach.handle(event);
    this.seen.add(event.id);
    return outs;
  }

  /**
   * Applies an event Slack will not deliver again (a slash command, a click): while the database
   * is locked by another process it tries again, for up to `storageRetryMs`, so the command or
   * click takes effect once the lock clears. Throws the last failure.
   */
  async applyPatiently(event: Inbound): Promise<Outbound[]> {
    const deadline = Date.now() + this.storageRetryMs;
    for (let wait = 250; ; wait = Math.min(wait * 2, 2_000)) {
      try {
        return await this.apply(event);
      } catch (err) {
        if (!isLockedStorage(err) || Date.now() + wait > deadline) throw err;
        await sleep(wait);
      }
    }
  }
}
