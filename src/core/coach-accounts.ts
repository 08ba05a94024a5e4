// The coach's side of a user's account: who they are, where they are reached, what is theirs, and forgetting them.
import type { CoachOptions } from "./coach.js";
import type { LetterForEditing, UserProfile } from "./coach-api.js";
import { describeUpcoming, upcomingNudges } from "./nudges/upcoming-nudges.js";
import { safeZone } from "./plan/index.js";
import { stripControls } from "./strip-controls.js";
import type { CoachStore } from "./ports.js";
import { exportUserData } from "./settings/user-data.js";
import { refreshUser } from "./settings/refresh-user.js";
import type { Address, Platform, UserRef } from "./types.js";

/** Account and profile queries an adapter may make, on the coach's store and clock. */
export class CoachAccounts {
  constructor(protected readonly options: CoachOptions) {}

  protected get store(): CoachStore {
    return this.options.store;
  }

  /** True when the user's time zone is unknown or stale (over a day old). */
  needsTimezone(from: UserRef): boolean {
    const user = this.store.users.find(from);
    if (!user?.tz || !user.tzCheckedAt) return true;
    return this.options.clock().getTime() - user.tzCheckedAt > 86_400_000;
  }

  /** Deletes every row of a workspace or tenant; null when this delivery (`deliveryId`) was applied already. */
  forgetTenant(platform: Platform, tenant: string, deliveryId?: string): number | null {
    const now = this.options.clock().getTime();
    return this.store.write(() => {
      // A replayed uninstall must not delete what a reinstall has stored since.
      if (deliveryId && !this.store.deliveries.firstTime(platform, tenant, deliveryId, null, now)) return null;
      return this.store.users.deleteTenant(platform, tenant);
    });
  }

  /** Deletes every row about one user. */
  forgetUser(from: UserRef): boolean {
    return this.store.write(() => {
      const user = this.store.users.find(from);
      if (!user) return false;
      this.store.users.delete(user.id);
      return true;
    });
  }

  /** Records a user who just added the app; true the first time (they are welcomed once per install). */
  welcomeOnce(from: UserRef, facts: { address?: Address; displayName?: string }): boolean {
    const now = this.options.clock();
    return this.store.write(() => {
      if (this.store.users.find(from)) return false;
      this.store.users.upsert(from, { address: facts.address, name: facts.displayName === undefined ? undefined : stripControls(facts.displayName).slice(0, 100) }, now.getTime());
      return true;
    });
  }

  /** Everything stored about a user, or undefined if we hold nothing. */
  exportUser(from: UserRef): Record<string, unknown> | undefined {
    const user = this.store.users.find(from);
    return user ? exportUserData(this.store, user) : undefined;
  }

  /** Where the user is reached and their stored zone, if we know them. */
  profile(from: UserRef): UserProfile | undefined {
    const user = this.store.users.find(from);
    if (!user) return undefined;
    return { ...(user.address ? { address: user.address } : {}), ...(user.tz ? { tz: user.tz } : {}) };
  }

  /** Stores what the platform told us of a known user; after "delete my data" nothing may bring them back. */
  rememberProfile(from: UserRef, facts: { address?: Address; tz?: string; displayName?: string }): void {
    const now = this.options.clock().getTime();
    const tz = facts.tz && safeZone(facts.tz, "") ? facts.tz : undefined;
    this.store.write(() => {
      if (this.store.users.find(from)) refreshUser(this.store, from, { address: facts.address, tz, name: facts.displayName === undefined ? undefined : stripControls(facts.displayName).slice(0, 100) }, new Date(now));
    });
  }

  /** One of the user's letters as an editor shows it. */
  letterForEditing(from: UserRef, letterId: string): LetterForEditing | undefined {
    const user = this.store.users.find(from);
    const letter = user && /^\d{1,15}$/.test(letterId) ? this.store.letters.get(user.id, Number(letterId)) : undefined;
    if (!letter) return undefined;
    return { to: letter.email ? `${letter.recipient} <${letter.email}>` : letter.recipient, subject: letter.subject, body: letter.body };
  }

  /** The user's coming nudges, one line each in their time. */
  upcoming(from: UserRef): string[] {
    const user = this.store.users.find(from);
    if (!user) return [];
    const tz = safeZone(user.tz, this.options.defaultTz);
    return upcomingNudges(this.store, user).map((n) => describeUpcoming(n, tz));
  }

  /** The next moment after `after` at which one of the user's nudges falls due or is released. */
  nextWake(from: UserRef, after: number): number | undefined {
    const user = this.store.users.find(from);
    return user ? this.store.reminders.nextWakeFor(user.id, after) : undefined;
  }
}
