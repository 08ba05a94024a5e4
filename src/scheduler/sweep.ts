import type { Reminder } from "../core/model/reminder.js";
import { isLockedFailure } from "../store/classify-storage-error.js";
import { deliverOne } from "./deliver-nudge.js";
import { HeldCredentials } from "./held-credentials.js";
import { DEFAULTS, sweepClock, write, type SweepDeps, type SweepResult } from "./sweep-deps.js";

export { backoffMs } from "./deliver-nudge.js";

/** How long a delivery id is remembered so a redelivery is applied once: 30 days. */
export const DELIVERY_IDS_KEPT_MS = 30 * 86_400_000;
export type { SweepDeps, SweepResult } from "./sweep-deps.js";

/**
 * Claims due reminders, delivers each through its platform's port and records the outcome. Claims
 * this sweep has not finished yet are renewed as it goes (every third of a lease), and each one is
 * checked as still ours right before its send, so a long sweep never sends what another took over.
 * Platforms holding nudges because they refused Afterword's credentials are re-checked first.
 */
export async function sweep(deps: SweepDeps, now: Date, options: { dryRun?: boolean; maxBatches?: number } = {}): Promise<SweepResult> {
  const result: SweepResult = { sent: 0, skipped: 0, deferred: 0, retried: 0, dead: 0, held: 0, duplicates: 0, planned: [] };
  if (options.dryRun) return dryRun(deps, now, result);
  const batchSize = deps.batchSize ?? DEFAULTS.batchSize;
  const leaseMs = deps.leaseMs ?? DEFAULTS.leaseMs;
  const clock = sweepClock(deps, now);
  // First: platforms that refused Afterword's credentials are asked again, and what works is released for this sweep.
  const holds = await HeldCredentials.recheck(deps, now.getTime());
  await pruneDeliveryIds(deps, now);
  let renewedAt = clock();
  const renew = async () => {
    if (clock() - renewedAt < leaseMs / 3) return;
    renewedAt = clock();
    await write(deps, () => deps.store.reminders.renewClaims(deps.holder, renewedAt + leaseMs));
  };
  for (let batch = 0; batch < (options.maxBatches ?? 100); batch++) {
    let claimed: Reminder[];
    try {
      claimed = await write(deps, () => deps.store.reminders.claimDue(now.getTime(), batchSize, clock() - now.getTime() + leaseMs, deps.holder));
    } catch (err) {
      if (!isLockedFailure(err)) throw err;
      // Nothing was claimed: the rows stay due, and the next sweep takes them.
      deps.logger?.warn({ error: (err as Error).message }, "database busy; ending this sweep early");
      break;
    }
    if (claimed.length === 0) break;
    const byUser = new Map<number, Reminder[]>();
    for (const r of claimed) byUser.set(r.userRef, [...(byUser.get(r.userRef) ?? []), r]);
    const queues = [...byUser.values()];
    const workers = Array.from({ length: Math.min(deps.concurrency ?? DEFAULTS.concurrency, queues.length) }, () => deliverQueues(deps, queues, now, clock, holds, renew, result));
    await Promise.all(workers);
    if (claimed.length < batchSize) break;
  }
  return result;
}

/**
 * One worker: takes users' queues in turn and delivers each queue's nudges in order. A sent
 * nudge's record and the next user's render go in one group commit (one disk flush for both);
 * the same user's next nudge waits for the record, and at most one record per worker is unfinished.
 */
async function deliverQueues(deps: SweepDeps, queues: Reminder[][], now: Date, clock: () => number, holds: HeldCredentials, renew: () => Promise<void>, result: SweepResult): Promise<void> {
  let recording: Promise<void> = Promise.resolve();
  for (let q = queues.shift(); q; q = queues.shift()) {
    for (const [i, r] of q.entries()) {
      if (i > 0) await recording;
      const delivering = renew().then(() => deliverOne(deps, r, now, clock, holds, result));
      const mine = delivering
        .then((rec) => rec?.recorded)
        .catch((err: unknown) => {
          // The row keeps its claim until the lease expires, then another sweep takes it: late, not lost.
          deps.logger?.error({ reminder: r.id, error: (err as Error).message }, "could not record a nudge's outcome");
        });
      await recording;
      recording = mine;
      await delivering.catch(() => undefined);
    }
  }
  await recording;
}

/** Delivery ids only need to outlive the platforms' retries (hours): a month is plenty. Housekeeping, so a busy database skips it this time. */
async function pruneDeliveryIds(deps: SweepDeps, now: Date): Promise<void> {
  try {
    await write(deps, () => deps.store.deliveries.prune(now.getTime() - DELIVERY_IDS_KEPT_MS));
  } catch (err) {
    if (!isLockedFailure(err)) throw err;
  }
}

function dryRun(deps: SweepDeps, now: Date, result: SweepResult): SweepResult {
  // Rendered inside a write that is always rolled back: nothing is claimed, drafted or changed.
  return deps.store.rolledBack(() => {
    const due = deps.store.reminders.claimDue(now.getTime(), deps.batchSize ?? DEFAULTS.batchSize, 0, "dry-run");
    for (const r of due) {
      const plan = deps.coach.prepareNudge(r, now);
      if (plan.kind === "send") result.planned.push({ reminderId: r.id, kind: r.kind, to: plan.address, text: plan.message.text });
      else if (plan.kind === "skip") result.skipped++;
      else result.deferred++;
    }
    return result;
  });
}
