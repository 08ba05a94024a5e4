import type { Reminder } from "../core/model/reminder.js";
import type { NudgePlan } from "../core/nudges/prepare-nudge.js";
import { isLockedFailure } from "../store/classify-storage-error.js";
import type { UserRow } from "../core/model/user.js";
import type { LetterWork } from "../core/notes/letter-work.js";
import { SendError, type Address } from "../core/types.js";
import type { HeldCredentials } from "./held-credentials.js";
import { DEFAULTS, write, type SweepDeps, type SweepResult } from "./sweep-deps.js";

/** Backoff for the n-th failed attempt: 1, 2, 4 … minutes up to an hour, with jitter. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/** Thrown inside the prepare transaction when another sweeper has taken the claim over: nothing of it stands. */
class ClaimLost extends Error {}

/** A nudge ready to go: its plan, the user it goes to, and the letters drafted for it ahead of the write. */
type Ready = { plan: NudgePlan; user?: UserRow; sending?: boolean; work?: LetterWork };

/**
 * Drafts a claimed nudge's letters outside the shared commit, then renders it inside one and, when
 * it is to be sent now, checks the claim is still ours, renews it and marks the send begun.
 */
async function prepare(deps: SweepDeps, r: Reminder, now: Date, clock: () => number, holds: HeldCredentials): Promise<Ready> {
  const { store, holder } = deps;
  // A failure here costs only the head start: the write drafts whatever is missing itself.
  const work = await deps.coach.composeNudgeAhead?.(r, now).catch(() => undefined);
  return write(deps, () => {
    const plan = deps.coach.prepareNudge(r, now, work);
    if (plan.kind !== "send") return { plan };
    const user = store.users.byId(r.userRef)!;
    if (!deps.ports[user.platform] || holds.isHeld(user)) return { plan, user, work };
    if (!store.reminders.startSend(r.id, holder, clock() + (deps.leaseMs ?? DEFAULTS.leaseMs), clock())) throw new ClaimLost();
    return { plan, user, sending: true, work };
  });
}

/** What `deliverOne` leaves running: the sent nudge's outcome, recorded in the next group commit. */
export type Recording = { recorded: Promise<void> } | undefined;

/**
 * One claimed reminder: rendered, re-checked as still ours, sent through its platform's port, and
 * its outcome recorded. It resolves once the nudge is sent; a send's record is then on its way
 * (`recorded`), so the caller can prepare another user's nudge in the same group commit.
 */
export async function deliverOne(deps: SweepDeps, r: Reminder, now: Date, clock: () => number, holds: HeldCredentials, result: SweepResult): Promise<Recording> {
  const { store, holder } = deps;
  let ready: Ready;
  try {
    ready = await prepare(deps, r, now, clock, holds);
  } catch (err) {
    if (err instanceof ClaimLost) {
      deps.logger?.warn({ reminder: r.id }, "another sweeper took this nudge's claim over; leaving it to them");
      return;
    }
    if (isLockedFailure(err)) throw err;
    // A nudge that cannot be rendered must not stall the sweep or come back every lease forever.
    await failed(deps, r, now, new SendError(`could not prepare the nudge: ${(err as Error)?.message ?? err}`, "retry"), result, false);
    return;
  }
  const { plan, user } = ready;
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
  const platform = user!.platform;
  const port = deps.ports[platform];
  if (!port) {
    // This process cannot reach that platform (e.g. a CLI sweep without Slack credentials): leave it for one that can.
    await write(deps, () => store.reminders.hold(r.id, holder, now.getTime() + 60_000, `no ${platform} port here`));
    result.deferred++;
    return;
  }
  if (!ready.sending) {
    await holds.holdNudge(r, now.getTime());
    result.held++;
    return;
  }
  if (r.sendStartedAt !== null) {
    deps.logger?.warn({ reminder: r.id, nudge: r.kind, platform }, "a sweeper stopped while sending this nudge; sending it again, so it may arrive twice");
  }
  let sent: Awaited<ReturnType<typeof port.send>>;
  try {
    sent = await port.send(plan.address, plan.message, { recipient: { platform, tenant: user!.tenant, user: user!.userId }, reminderId: r.id });
  } catch (err) {
    const e = err instanceof SendError ? err : new SendError(String((err as Error)?.message ?? err), "retry");
    if (e.kind === "credentials") {
      await holds.refused(r, user!, e, now.getTime());
      result.held++;
      return;
    }
    await failed(deps, r, now, e, result, true);
    return;
  }
  const moved = sent.address !== plan.address ? sent.address : undefined;
  return { recorded: recordSent(deps, r, now, user!, moved, result, ready.work).then(() => holds.delivered(user!, now.getTime())) };
}

/** Records a delivery (and where the user is reached now, if that moved); recording matters most (an unrecorded send is sent again after the lease), so it tries harder. */
async function recordSent(deps: SweepDeps, r: Reminder, now: Date, user: UserRow, moved: Address | undefined, result: SweepResult, work?: LetterWork): Promise<void> {
  const { platform } = user;
  const mine = await write(
    deps,
    () => {
      const ok = deps.store.reminders.markSent(r.id, deps.holder, now.getTime());
      if (ok) deps.coach.afterNudgeSent(r, now, work);
      if (moved) deps.store.users.upsert({ platform, tenant: user.tenant, user: user.userId }, { address: moved }, now.getTime());
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
      if (e.kind === "permanent" && delivery) deps.coach.recipientGone(r.userRef, e.message);
      result.dead++;
    } else {
      const wait = Math.max(e.retryAfterMs ?? 0, backoffMs(r.attempts, deps.random));
      store.reminders.retryLater(r.id, deps.holder, now.getTime() + wait, e.message);
      result.retried++;
    }
  });
  deps.logger?.warn({ reminder: r.id, kind: e.kind, error: e.message }, delivery ? "nudge delivery failed" : "nudge could not be prepared");
}

