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
   * already open, or when the text names an interview logged ahead (the chat picks that one up):
   * then the command goes to `handle` as in the chat.
   */
  debriefForm?(from: UserRef, args: string): Outbound | undefined;
  /** Where the user left off (an open debrief), shown again when they come back; [] when nothing is open. */
  resume(from: UserRef): Outbound[];
  /** The form for logging an interview ahead (`/interview-next`), prefilled from the command's text; reads only. */
  upcomingForm?(from: UserRef, args: string): Outbound;
  /** The user's interviews logged ahead, soonest first, one line each in their time (for `/reminders`). */
  upcomingInterviews?(from: UserRef): string[];
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
  /** What the engine holds of a user that their adapter may use: where they are reached and their zone. */
  profile(from: UserRef): UserProfile | undefined;
  /** Stores what the platform told us of a user we already know (a DM channel, a zone, a name); never brings a forgotten user back. */
  rememberProfile(from: UserRef, facts: { address?: Address; tz?: string; displayName?: string }): void;
  /** One of the user's letters, as an editor shows it; undefined when it is not theirs or gone. */
  letterForEditing(from: UserRef, letterId: string): LetterForEditing | undefined;
  /** The user's coming nudges, soonest first, each as one line in their time. */
  upcoming(from: UserRef): string[];
  /** The next moment after `after` (ms) at which one of the user's nudges falls due or is released; the terminal's clock steps to it. */
  nextWake(from: UserRef, after: number): number | undefined;
}

/** What the engine holds of a user that their adapter may use. */
export interface UserProfile {
  address?: Address;
  tz?: string;
}

/** A letter as an editor shows it. */
export interface LetterForEditing {
  /** "Dana Li <dana@acme.example>", or the name alone. */
  to: string;
  subject: string;
  body: string;
}
