import type { Address, Inbound, Outbound, Platform, UserRef } from "./types.js";

/** What adapters need from the engine: the whole surface a chat platform talks to. */
export interface CoachApi {
  /**
   * Handles one inbound event in one write transaction and returns the messages to show the
   * user, in order. A delivery id seen before returns [] and changes nothing.
   */
  handle(event: Inbound): Outbound[];
  /**
   * As `handle`, but the turn may share its commit with turns arriving at the same moment;
   * resolves once the turn is durable. Adapters fall back to `handle` when it is absent.
   */
  handleDurably?(event: Inbound): Promise<Outbound[]>;
  /**
   * The debrief form for a platform that has forms, prefilled from the command's text; reads
   * only, so it is quick enough to open before anything slow. Undefined when a debrief is
   * already open: then the command goes to `handle` as in the chat.
   */
  debriefForm?(from: UserRef, args: string): Outbound | undefined;
  /** The user's home: upcoming nudges with local times, interviews and their state, settings. */
  home(from: UserRef): Outbound;
  /** True when the user's time zone is unknown or was last checked over a day ago. */
  needsTimezone(from: UserRef): boolean;
  /** Deletes every stored row of one workspace or tenant (app uninstalled). Returns users removed, or null when this delivery id was applied already. */
  forgetTenant(platform: Platform, tenant: string, deliveryId?: string): number | null;
  /** Deletes every stored row of one user (bot removed by that user). */
  forgetUser(from: UserRef): boolean;
  /**
   * Records someone who has just added the app in a personal chat. True when they were not known
   * yet, so the welcome goes out once per install (removing the app forgets them, and a new
   * install is welcomed again); false for a repeated or second install event.
   */
  welcomeOnce(from: UserRef, facts: { address?: Address; displayName?: string }): boolean;
}
