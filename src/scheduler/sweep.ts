import type { Coach } from "../core/coach.js";
import type { NudgePlan } from "../core/nudges/prepare-nudge.js";
import { SendError, type ChatPort, type Platform } from "../core/types.js";
import type { Logger } from "../logger.js";
import type { Reminder } from "../core/model/reminder.js";
import type { Store } from "../store/store.js";
import { isLockedError } from "../core/storage-errors.js";
import { groupWriterFor } from "./group-writer.js";

/** What a sweep needs: the store, the coach that renders nudges, and one port per platform. */
export interface SweepDeps {
  store: Store;
  coach: Pick<Coach, "prepareNudge" | "afterNudgeSent">;
  ports: Partial<Record<Platform, ChatPort>>;
  /** Who is claiming (process id + random): claims by others are never finished by us. */
  holder: string;
  logger?: Logger;
  /** Rows claimed per transaction. */
  batchSize?: number;
  /** How long a claim is held before another sweeper may take it over. */
  leaseMs?: number;
  /** Users delivered to at once (each user's nudges stay in due order). */
  concurrency?: number;
  /** Attempts before a transiently failing nudge is given up. */
  maxAttempts?: number;
  random?: () => number;
}

/** What one sweep did. */
export interface SweepResult {
  sent: number;
  skipped: number;
  deferred: number;
  retried: number;
  dead: number;
  /** For --dry-run: what would be sent. */
  planned: { reminderId: number; kind: string; to: string; text: string }[];
}

const DEFAULTS = { batchSize: 500, leaseMs: 5 * 60_000, concurrency: 16, maxAttempts: 8 };

/** Backoff for the n-th failed attempt: 1, 2, 4 … minutes up to an hour, with jitter. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/**
 * One write transaction, tried again (after a short async pause) while another process holds the
 * database lock beyond the busy timeout: a sweep shares the file with a server, the CLI and other sweeps.
 */
async function write<T>(deps: SweepDeps, fn: () => T, tries = 6): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await groupWriterFor(deps.store).write(fn);
    } catch (err) {
      if (i >= tries - 1 || !isLockedError(err)) throw err;
      await new Promise((r) => setTimeout(r, Math.round(25 * 2 ** i * (0.5 + (deps.random ?? Math.random)()))));
    }
  }
}

/** Claims due reminders, delivers each through its platform's port and records the outcome. */
export async function sweep(deps: SweepDeps, now: Date, options: { dryRun?: boolean; maxBatches?: number } = {}): Promise<SweepResult> {
  const result: SweepResult = { sent: 0, skipped: 0, deferred: 0, retried: 0, dead: 0, planned: [] };
  if (options.dryRun) return dryRun(deps, now, result);
  const batchSize = deps.batchSize ?? DEFAULTS.batchSize;
  for (let batch = 0; batch < (options.maxBatches ?? 100); batch++) {
    let claimed: Reminder[];
    try {
      claimed = await write(deps, () => deps.store.reminders.claimDue(now.getTime(), batchSize, deps.leaseMs ?? DEFAULTS.leaseMs, deps.holder));
    } catch (err) {
      if (!isLockedError(err)) throw err;
      // Nothing was claimed: the rows stay due, and the next sweep takes them.
      deps.logger?.warn({ error: (err as Error).message }, "database busy; ending this sweep early");
      break;
    }
    if (claimed.length === 0) break;
    const byUser = new Map<number, Reminder[]>();
    for (const r of claimed) byUser.set(r.userRef, [...(byUser.get(r.userRef) ?? []), r]);
    const queues = [...byUser.values()];
    const workers = Array.from({ length: Math.min(deps.concurrency ?? DEFAULTS.concurrency, queues.length) }, async () => {
      for (let q = queues.shift(); q; q = queues.shift()) {
        for (const r of q) {
          try {
            await deliverOne(deps, r, now, result);
          } catch (err) {
            // The row keeps its claim until the lease expires, then another sweep takes it: late, not lost.
            deps.logger?.error({ reminder: r.id, error: (err as Error).message }, "could not record a nudge's outcome");
          }
        }
      }
    });
    await Promise.all(workers);
    if (claimed.length < batchSize) break;
  }
  return result;
}

async function deliverOne(deps: SweepDeps, r: Reminder, now: Date, result: SweepResult): Promise<void> {
  const { store, coach } = deps;
  let plan: NudgePlan;
  try {
    plan = await write(deps, () => coach.prepareNudge(r, now));
  } catch (err) {
    if (isLockedError(err)) throw err;
    // A nudge that cannot be rendered must not stall the sweep or come back every lease forever.
    await failed(deps, r, now, new SendError(`could not prepare the nudge: ${(err as Error)?.message ?? err}`, "retry"), result, false);
    return;
  }
  if (plan.kind === "skip") {
    const reason = plan.reason;
    await write(deps, () => store.reminders.finish(r.id, deps.holder, "cancelled", reason));
    result.skipped++;
    return;
  }
  if (plan.kind === "defer") {
    const { until, reason } = plan;
    await write(deps, () => store.reminders.hold(r.id, deps.holder, until.getTime(), reason));
    result.deferred++;
    return;
  }
  const platform = plan.address.split(":")[0] as Platform;
  const port = deps.ports[platform];
  if (!port) {
    // This process cannot reach that platform (e.g. a CLI sweep without Slack credentials): leave it for one that can.
    await write(deps, () => store.reminders.hold(r.id, deps.holder, now.getTime() + 60_000, `no ${platform} port here`));
    result.deferred++;
    return;
  }
  try {
    await port.send(plan.address, plan.message);
  } catch (err) {
    const e = err instanceof SendError ? err : new SendError(String((err as Error)?.message ?? err), "retry");
    await failed(deps, r, now, e, result, true);
    return;
  }
  // Delivered: recording it matters most (an unrecorded send is sent again after the lease), so try harder.
  await write(
    deps,
    () => {
      if (store.reminders.markSent(r.id, deps.holder, now.getTime())) coach.afterNudgeSent(r, now);
    },
    12,
  );
  result.sent++;
  deps.logger?.info({ reminder: r.id, nudge: r.kind, platform }, "nudge sent");
}

/** Records a failed attempt: retry later with backoff, or give the row up (and, when the user is gone, all their nudges). */
async function failed(deps: SweepDeps, r: Reminder, now: Date, e: SendError, result: SweepResult, delivery: boolean): Promise<void> {
  const { store } = deps;
  await write(deps, () => {
    if (e.kind === "permanent" || r.attempts >= (deps.maxAttempts ?? DEFAULTS.maxAttempts)) {
      store.reminders.finish(r.id, deps.holder, "dead", e.message);
      if (e.kind === "permanent" && delivery) {
        store.users.stop(r.userRef, e.message);
        store.reminders.cancelForUser(r.userRef);
      }
      result.dead++;
    } else {
      const wait = Math.max(e.retryAfterMs ?? 0, backoffMs(r.attempts, deps.random));
      store.reminders.retryLater(r.id, deps.holder, now.getTime() + wait, e.message);
      result.retried++;
    }
  });
  deps.logger?.warn({ reminder: r.id, kind: e.kind, error: e.message }, delivery ? "nudge delivery failed" : "nudge could not be prepared");
}

class Rollback extends Error {}

function dryRun(deps: SweepDeps, now: Date, result: SweepResult): SweepResult {
  // Render inside a transaction that is always rolled back: nothing is claimed, drafted or changed.
  try {
    deps.store.db.transaction(() => {
      const due = deps.store.reminders.claimDue(now.getTime(), deps.batchSize ?? DEFAULTS.batchSize, 0, "dry-run");
      for (const r of due) {
        const plan = deps.coach.prepareNudge(r, now);
        if (plan.kind === "send") result.planned.push({ reminderId: r.id, kind: r.kind, to: plan.address, text: plan.message.text });
        else if (plan.kind === "skip") result.skipped++;
        else result.deferred++;
      }
      throw new Rollback();
    }).immediate(); // claiming writes: take the write lock up front (a deferred upgrade fails at once when busy)
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return result;
}
