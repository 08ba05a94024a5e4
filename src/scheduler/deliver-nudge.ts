import type { Reminder } from "../core/model/reminder.js";
import type { NudgePlan } from "../core/nudges/prepare-nudge.js";
import { isLockedError } from "../core/storage-errors.js";
import { SendError, type Platform } from "../core/types.js";
import { DEFAULTS, write, type SweepDeps, type SweepResult } from "./sweep-deps.js";

/** Backoff for the n-th failed attempt: 1, 2, 4 … minutes up to an hour, with jitter. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/** Thrown inside the prepare transaction when another sweeper has taken the claim over: nothing of it stands. */
class ClaimLost extends Error {}

/** One claimed reminder: rendered, re-checked as still ours, sent through its platform's port, and its outcome recorded. */
export async function deliverOne(deps: SweepDeps, r: Reminder, now: Date, clock: () => number, result: SweepResult): Promise<void> {
  const { store, coach, holder } = deps;
  const leaseMs = deps.leaseMs ?? DEFAULTS.leaseMs;
  let plan: NudgePlan;
  try {
    plan = await write(deps, () => {
      const p = coach.prepareNudge(r, now);
      if (p.kind !== "send" || !deps.ports[platformOf(p)]) return p;
      // Right before the send: still ours, renewed, and marked as being sent.
      if (!store.reminders.startSend(r.id, holder, clock() + leaseMs, clock())) throw new ClaimLost();
      return p;
    });
  } catch (err) {
    if (err instanceof ClaimLost) {
      deps.logger?.warn({ reminder: r.id }, "another sweeper took this nudge's claim over; leaving it to them");
      return;
    }
    if (isLockedError(err)) throw err;
    // A nudge that cannot be rendered must not stall the sweep or come back every lease forever.
    await failed(deps, r, now, new SendError(`could not prepare the nudge: ${(err as Error)?.message ?? err}`, "retry"), result, false);
    return;
  }
  if (plan.kind === "skip") {
    const reason = plan.reason;
    await write(deps, () => store.reminders.finish(r.id, holder, "cancelled", reason));
    result.skipped++;
    return;
  }
  if (plan.kind === "defer") {
    const { until, reason } = plan;
    await write(deps, () => store.reminders.hold(r.id, holder, until.getTime(), reason));
    result.deferred++;
    return;
  }
  const platform = platformOf(plan);
  const port = deps.ports[platform];
  if (!port) {
    // This process cannot reach that platform (e.g. a CLI sweep without Slack credentials): leave it for one that can.
    await write(deps, () => store.reminders.hold(r.id, holder, now.getTime() + 60_000, `no ${platform} port here`));
    result.deferred++;
    return;
  }
  if (r.sendStartedAt !== null) {
    deps.logger?.warn({ reminder: r.id, nudge: r.kind, platform }, "a sweeper stopped while sending this nudge; sending it again, so it may arrive twice");
  }
  try {
    await port.send(plan.address, plan.message);
  } catch (err) {
    const e = err instanceof SendError ? err : new SendError(String((err as Error)?.message ?? err), "retry");
    await failed(deps, r, now, e, result, true);
    return;
  }
  await recordSent(deps, r, now, platform, result);
}

/** Records a delivery; recording matters most (an unrecorded send is sent again after the lease), so it tries harder. */
async function recordSent(deps: SweepDeps, r: Reminder, now: Date, platform: Platform, result: SweepResult): Promise<void> {
  const mine = await write(
    deps,
    () => {
      const ok = deps.store.reminders.markSent(r.id, deps.holder, now.getTime());
      if (ok) deps.coach.afterNudgeSent(r, now);
      return ok;
    },
    12,
  );
  if (mine) {
    result.sent++;
    deps.logger?.info({ reminder: r.id, nudge: r.kind, platform }, "nudge sent");
    return;
  }
  // Another sweeper took the claim over while this send was on its way; it counted the repeat on the row when it sent.
  result.duplicates++;
  deps.logger?.warn({ reminder: r.id, nudge: r.kind, platform }, "nudge sent after another sweeper had taken its claim over: it may arrive twice");
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

/** The platform a plan's address belongs to (its `platform:` prefix). */
function platformOf(plan: Extract<NudgePlan, { kind: "send" }>): Platform {
  return plan.address.split(":")[0] as Platform;
}
