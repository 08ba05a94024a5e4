// A CoachApi that records what the adapter hands it and answers with canned messages.
import type { CoachApi } from "../../../src/core/coach-api.js";
import type { Inbound, Outbound, UserRef } from "../../../src/core/types.js";

export class CoachDouble implements CoachApi {
  readonly events: Inbound[] = [];
  readonly forgotten: UserRef[] = [];
  private readonly seen = new Set<string>();
  reply: (event: Inbound) => Outbound[] = () => [{ text: "ok", blocks: [{ type: "text", markdown: "ok" }] }];

  handle(event: Inbound): Outbound[] {
    const key = `${event.from.tenant}/${event.id}`;
    if (this.seen.has(key)) return [];
    this.seen.add(key);
    this.events.push(event);
    return this.reply(event);
  }
  resume(): Outbound[] {
    return [];
  }
  home(): Outbound {
    return { text: "home", blocks: [{ type: "text", markdown: "home" }] };
  }
  needsTimezone(): boolean {
    return false;
  }
  forgetTenant(): number {
    return 0;
  }
  forgetUser(from: UserRef): boolean {
    this.forgotten.push(from);
    this.welcomed.delete(`${from.tenant}/${from.user}`);
    return true;
  }
  readonly welcomed = new Set<string>();
  welcomeOnce(from: UserRef): boolean {
    const key = `${from.tenant}/${from.user}`;
    if (this.welcomed.has(key)) return false;
    this.welcomed.add(key);
    return true;
  }
  profile(): undefined {
    return undefined;
  }
  rememberProfile(): void {}
  letterForEditing(): undefined {
    return undefined;
  }
  upcoming(): string[] {
    return [];
  }
  nextWake(): undefined {
    return undefined;
  }
}
