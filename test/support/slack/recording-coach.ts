// A CoachApi test double that keeps the contract the real Coach keeps (user upserted with the
// facts an event carries, a delivery id applied once) and records every event it is handed.
import type { CoachApi, LetterForEditing, UserProfile } from "../../../src/core/coach-api.js";
import type { Address, Clock, Inbound, Outbound, Platform, UserRef } from "../../../src/core/types.js";
import type { Store } from "../../../src/store/store.js";

/** Records events and answers with whatever the test scripts. */
export class RecordingCoach implements CoachApi {
  readonly events: Inbound[] = [];
  /** Events that were applied (not dropped as repeats). */
  readonly applied: Inbound[] = [];
  readonly forgotten: { platform: Platform; tenant: string }[] = [];
  answer: (event: Inbound) => Outbound[] = (e) => [{ text: `got ${e.kind}`, blocks: [{ type: "text", markdown: `got *${e.kind}*` }] }];
  homeView: (from: UserRef) => Outbound = () => ({ text: "Home", blocks: [{ type: "text", markdown: "*Your interviews*" }] });

  constructor(private readonly store: Store, private readonly clock: Clock = () => new Date()) {}

  handle(event: Inbound): Outbound[] {
    this.events.push(event);
    const now = this.clock().getTime();
    return this.store.write(() => {
      const user = this.store.users.upsert(event.from, { address: event.address, tz: event.tz, name: event.displayName }, now);
      if (!this.store.deliveries.firstTime(event.from.platform, event.from.tenant, event.id, user.id, now)) return [];
      const out = this.answer(event);
      this.applied.push(event);
      return out;
    });
  }

  resume(): Outbound[] {
    return [];
  }

  home(from: UserRef): Outbound {
    return this.homeView(from);
  }

  needsTimezone(from: UserRef): boolean {
    const u = this.store.users.find(from);
    return !u?.tz || !u.tzCheckedAt || this.clock().getTime() - u.tzCheckedAt > 86_400_000;
  }

  forgetTenant(platform: Platform, tenant: string): number {
    this.forgotten.push({ platform, tenant });
    return this.store.write(() => this.store.users.deleteTenant(platform, tenant));
  }

  forgetUser(from: UserRef): boolean {
    const u = this.store.users.find(from);
    if (u) this.store.write(() => this.store.users.delete(u.id));
    return Boolean(u);
  }
  welcomeOnce(): boolean {
    return false; // Slack sends no install event per person
  }

  profile(from: UserRef): UserProfile | undefined {
    const u = this.store.users.find(from);
    return u ? { ...(u.address ? { address: u.address } : {}), ...(u.tz ? { tz: u.tz } : {}) } : undefined;
  }

  rememberProfile(from: UserRef, facts: { address?: Address; tz?: string; displayName?: string }): void {
    this.store.write(() => {
      if (this.store.users.find(from)) this.store.users.upsert(from, { address: facts.address, tz: facts.tz, name: facts.displayName }, this.clock().getTime());
    });
  }

  letterForEditing(from: UserRef, letterId: string): LetterForEditing | undefined {
    const u = this.store.users.find(from);
    const l = u && /^\d+$/.test(letterId) ? this.store.letters.get(u.id, Number(letterId)) : undefined;
    return l ? { to: l.email ? `${l.recipient} <${l.email}>` : l.recipient, subject: l.subject, body: l.body } : undefined;
  }

  upcoming(): string[] {
    return [];
  }

  nextWake(): number | undefined {
    return undefined;
  }
}
