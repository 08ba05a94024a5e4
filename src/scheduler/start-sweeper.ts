import { schedule, type ScheduledTask } from "node-cron";
import type { Clock } from "../core/types.js";
import type { Logger } from "../logger.js";
import { sweep, type SweepDeps, type SweepResult } from "./sweep.js";

/** The lease name that keeps one server's cron sweeper running at a time. */
export const SWEEPER_LEASE = "sweeper";

/** A running cron sweeper. */
export interface RunningSweeper {
  /** Runs one sweep now (start-up catch-up; tests). */
  tick(): Promise<SweepResult | undefined>;
  /** Stops the cron, waits for a sweep in progress, and hands the lease over. */
  stop(): Promise<void>;
}

/** Wakes the sweeper every minute (and once at start) while this process holds the sweeper lease. */
export function startSweeper(deps: SweepDeps, clock: Clock, logger: Logger, options: { cron?: boolean; intervalSeconds?: number } = {}): RunningSweeper {
  const { store, holder } = deps;
  const interval = options.intervalSeconds ?? 60;
  // A holder that stops renewing (it died) loses the lease after three missed ticks.
  const leaseTtlMs = 3 * interval * 1000;
  const expression = interval === 60 ? "* * * * *" : interval < 60 ? `*/${interval} * * * * *` : `*/${Math.round(interval / 60)} * * * *`;
  let running: Promise<SweepResult | undefined> = Promise.resolve(undefined);
  let stopped = false;

  const once = async (): Promise<SweepResult | undefined> => (stopped ? undefined : sweepIfLeaseHeld(deps, clock(), leaseTtlMs, logger));

  const tick = () => {
    running = running.then(once, once);
    return running;
  };

  let task: ScheduledTask | undefined;
  if (options.cron !== false) task = schedule(expression, () => void tick(), { noOverlap: true, name: "afterword-sweeper" });
  void tick();

  return {
    tick,
    async stop() {
      stopped = true;
      await task?.stop();
      await running;
      try {
        store.write(() => store.leases.release(SWEEPER_LEASE, holder));
      } catch {
        // Releasing is a courtesy; an unreleased lease simply expires.
      }
    },
  };
}

/** One sweep at `now`, if this process holds (or takes) the sweeper lease; records the outcome as the last sweep. */
async function sweepIfLeaseHeld(deps: SweepDeps, now: Date, leaseTtlMs: number, logger: Logger): Promise<SweepResult | undefined> {
  const { store, holder } = deps;
  let mine: boolean;
  try {
    mine = store.write(() => store.leases.acquire(SWEEPER_LEASE, holder, leaseTtlMs, Date.now()));
  } catch (err) {
    // A busy or failing database must cost one tick, not the server (a rejected tick is an unhandled rejection).
    logger.warn({ err: (err as Error).message }, "could not take the sweeper lease; skipping this tick");
    return undefined;
  }
  if (!mine) {
    logger.debug({ holder: store.leases.holder(SWEEPER_LEASE, now.getTime()) }, "another server holds the sweeper lease; skipping this tick");
    return undefined;
  }
  try {
    const result = await sweep(deps, now);
    store.write(() => store.leases.setFact("last_sweep", { at: now.toISOString(), ok: true, ...result, planned: undefined }, Date.now()));
    if (result.sent || result.dead || result.retried || result.duplicates || result.held) logger.info({ ...result, planned: undefined }, "sweep finished");
    return result;
  } catch (err) {
    logger.error({ err: (err as Error).message }, "sweep failed");
    try {
      store.write(() => store.leases.setFact("last_sweep", { at: now.toISOString(), ok: false, error: (err as Error).message }, Date.now()));
    } catch {
      // The database itself may be what failed; the health check reports that separately.
    }
    return undefined;
  }
}
