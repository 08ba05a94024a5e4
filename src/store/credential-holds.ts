import type Database from "better-sqlite3";
import type { Platform } from "../core/types.js";
import { prepared } from "./prepared.js";

/** A platform (per workspace or tenant) whose credentials were refused: its nudges wait. */
export interface CredentialHold {
  platform: Platform;
  tenant: string;
  /** What the platform said, e.g. `invalid_auth`. */
  error: string;
  since: number;
  checkedAt: number;
}

/** Why a reminder waits while its platform refuses Afterword's credentials (released by exactly this text). */
export const CREDENTIALS_HELD = "held: the platform refused Afterword's credentials";

const COLUMNS = "platform, tenant, error, since, checked_at AS checkedAt";

/** The credential_holds table, and the reminders held for it. */
export class CredentialHolds {
  constructor(private readonly db: Database.Database) {}

  /** Every hold, oldest first. */
  list(): CredentialHold[] {
    return prepared(this.db, `SELECT ${COLUMNS} FROM credential_holds ORDER BY since, platform, tenant`).all() as CredentialHold[];
  }

  /** Records (or refreshes) a hold; true when it is new. */
  hold(platform: Platform, tenant: string, error: string, now: number): boolean {
    const before = prepared(this.db, "SELECT 1 FROM credential_holds WHERE platform = ? AND tenant = ?").get(platform, tenant);
    prepared(this.db,
        `INSERT INTO credential_holds (platform, tenant, error, since, checked_at) VALUES (@platform, @tenant, @error, @now, @now)
         ON CONFLICT (platform, tenant) DO UPDATE SET error = @error, checked_at = @now`,
      )
      .run({ platform, tenant, error, now });
    return !before;
  }

  /** Ends a hold and releases its held reminders to go out at once; returns how many were released. */
  release(platform: Platform, tenant: string): number {
    prepared(this.db, "DELETE FROM credential_holds WHERE platform = ? AND tenant = ?").run(platform, tenant);
    return prepared(this.db,
        `UPDATE reminders SET lease_until = NULL, last_error = NULL
         WHERE status = 'pending' AND last_error = @why AND user_ref IN (SELECT id FROM users WHERE platform = @platform AND tenant = @tenant)`,
      )
      .run({ why: CREDENTIALS_HELD, platform, tenant }).changes;
  }
}
