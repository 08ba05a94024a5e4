import type { Reminder } from "../core/model/reminder.js";
import type { Platform, SendError } from "../core/types.js";
import { isLockedFailure } from "../store/classify-storage-error.js";
import { CREDENTIALS_HELD } from "../store/credential-holds.js";
import { write, type SweepDeps } from "./sweep-deps.js";

/** A workspace or tenant of one platform. */
export interface Place {
  platform: Platform;
  tenant: string;
}

const keyOf = (p: Place) => `${p.platform}:${p.tenant}`;

/** How long a held nudge waits before a sweep looks at it again (the next sweep re-checks first anyway). */
const HOLD_MS = 60_000;

/** What an operator is told to do when a platform refuses Afterword's credentials. */
const HINT = {
  slack: "Reinstall the Slack app or put its current Bot User OAuth Token in SLACK_BOT_TOKEN, then restart; held nudges go out on the first sweep after the token works.",
  teams: "Check MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId against the Azure Bot resource; held nudges go out once a send works again.",
  console: "",
} as const;

/**
 * The sweep's view of platforms that refused Afterword's own credentials. A refusal is the
 * operator's problem, never the users': that workspace's nudges are held (no attempt used, no
 * backoff, nobody stopped), and each sweep first asks the platform again (`auth.test` for Slack)
 * and sends what was held in that same sweep once the credentials work.
 */
export class HeldCredentials {
  /** Refused, as far as this sweep knows: nudges there are held without a send. */
  private readonly held = new Set<string>();
  /** On hold, but the platform offers no check: the next send there decides. */
  private readonly probing = new Set<string>();

  private constructor(private readonly deps: SweepDeps) {}

  /** Re-checks every stored hold this process has a port for; releases those that work again. */
  static async recheck(deps: SweepDeps, now: number): Promise<HeldCredentials> {
    const self = new HeldCredentials(deps);
    const log = deps.logger;
    let holds: ReturnType<typeof deps.store.credentialHolds.list>;
    try {
      holds = deps.store.credentialHolds.list();
    } catch (err) {
      // A busy database costs this sweep its re-check, not the sweep: a refused send holds the place again.
      if (isLockedFailure(err)) return self;
      throw err;
    }
    for (const h of holds) {
      const port = deps.ports[h.platform];
      if (!port) continue;
      if (!port.checkCredentials) {
        self.probing.add(keyOf(h));
        continue;
      }
      try {
        const check = await port.checkCredentials(h.tenant);
        if (check.ok) {
          const released = await write(deps, () => deps.store.credentialHolds.release(h.platform, h.tenant));
          log?.info({ platform: h.platform, tenant: h.tenant, released, heldMs: now - h.since }, "credentials work again; sending the nudges held for them");
          continue;
        }
        await write(deps, () => deps.store.credentialHolds.hold(h.platform, h.tenant, check.error, now));
        log?.error({ platform: h.platform, tenant: h.tenant, error: check.error, sinceMs: now - h.since, hint: HINT[h.platform] }, "credentials still refused; nudges stay held");
      } catch (err) {
        log?.warn({ platform: h.platform, tenant: h.tenant, err: (err as Error).message }, "could not re-check held credentials; nudges stay held");
      }
      self.held.add(keyOf(h));
    }
    return self;
  }

  /** True when nudges to this place are held without trying. */
  isHeld(place: Place): boolean {
    return this.held.has(keyOf(place));
  }

  /** Holds one claimed nudge (no attempt used), because its place is held. */
  async holdNudge(r: Reminder, now: number, sendFailed = false): Promise<void> {
    await write(this.deps, () => this.deps.store.reminders.hold(r.id, this.deps.holder, now + HOLD_MS, CREDENTIALS_HELD, sendFailed));
  }

  /** A send was refused for the credentials: hold the place (loudly, the first time) and this nudge. */
  async refused(r: Reminder, place: Place, e: SendError, now: number): Promise<void> {
    const { store, logger } = this.deps;
    const fresh = await write(this.deps, () => {
      const isNew = store.credentialHolds.hold(place.platform, place.tenant, e.message, now);
      store.reminders.hold(r.id, this.deps.holder, now + HOLD_MS, CREDENTIALS_HELD, true);
      return isNew;
    });
    const first = !this.held.has(keyOf(place));
    this.held.add(keyOf(place));
    this.probing.delete(keyOf(place));
    if (fresh || first) logger?.error({ platform: place.platform, tenant: place.tenant, error: e.message, hint: HINT[place.platform] }, "the platform refused Afterword's credentials; holding its nudges");
  }

  /** A send went through: a place on hold that could not be checked is released. */
  async delivered(place: Place, now: number): Promise<void> {
    if (!this.probing.delete(keyOf(place))) return;
    const released = await write(this.deps, () => this.deps.store.credentialHolds.release(place.platform, place.tenant));
    this.deps.logger?.info({ platform: place.platform, tenant: place.tenant, released, at: now }, "credentials work again; sending the nudges held for them");
  }
}
