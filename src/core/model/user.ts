// The person the coach works for, as every part of the engine reads them.
import type { Address, Platform } from "../types.js";

/** A stored user: one per person per platform and tenant. */
export interface UserRow {
  id: number;
  platform: Platform;
  tenant: string;
  userId: string;
  displayName: string | null;
  address: Address | null;
  tz: string | null;
  tzCheckedAt: number | null;
  /** True when the user chose the zone in settings: the platform's reports no longer replace it. */
  tzChosen: boolean;
  nudgeStart: number;
  nudgeEnd: number;
  paused: boolean;
  stopped: string | null;
  /** ISO 3166 country for public holidays; null: from the time zone. */
  country: string | null;
  /** The holiday library's state code within the country, if set. */
  region: string | null;
  /** The name the user chose to sign letters with; kept apart from `displayName`, which the platform refreshes. */
  signingName: string | null;
  /** How letters greet interviewers: by first name ("Dear Dana,") or formally ("Dear Dr. Okafor,"). */
  greetingStyle: "first" | "formal";
  /** When the coach asked for the signing name (asked once), or null. */
  signingNameAskedAt: number | null;
}

/** A change to how the user's letters are signed and greet people. */
export interface LetterVoicePatch {
  signingName?: string | null;
  greetingStyle?: "first" | "formal";
  signingNameAskedAt?: number;
}

/** What an inbound event may tell us about its user. */
export interface UserFacts {
  address?: Address;
  tz?: string;
  name?: string;
}

/** Nudge settings a user can change. */
export interface UserSettingsPatch {
  paused?: boolean;
  nudgeStart?: number;
  nudgeEnd?: number;
  country?: string | null;
  region?: string | null;
  /** A zone the user chose (`tzChosen` true), or back to following the platform's (`tzChosen` false: asked again soon). */
  tz?: string;
  tzChosen?: boolean;
}
