import type Database from "better-sqlite3";
import { prepared } from "./prepared.js";
import type { Platform, UserRef } from "../core/types.js";
import type { LetterVoicePatch, UserFacts, UserRow, UserSettingsPatch } from "../core/model/user.js";
import type { UsersRepo } from "../core/ports.js";

const COLUMNS = `id, platform, tenant, user_id AS userId, display_name AS displayName, address, tz,
  tz_checked_at AS tzCheckedAt, tz_chosen AS tzChosen, nudge_start AS nudgeStart, nudge_end AS nudgeEnd, paused, stopped, country, region,
  signing_name AS signingName, greeting_style AS greetingStyle, signing_name_asked_at AS signingNameAskedAt`;

function toUser(row: any): UserRow | undefined {
  return row ? { ...row, paused: row.paused === 1, tzChosen: row.tzChosen === 1 } : undefined;
}

/** The users table: one row per person per platform and tenant. */
export class Users implements UsersRepo {
  constructor(private readonly db: Database.Database) {}

  /** Finds a user by platform, tenant and id. */
  find(ref: UserRef): UserRow | undefined {
    return toUser(
      prepared(this.db, `SELECT ${COLUMNS} FROM users WHERE platform = ? AND tenant = ? AND user_id = ?`).get(ref.platform, ref.tenant, ref.user),
    );
  }

  /** Finds a user by row id. */
  byId(id: number): UserRow | undefined {
    return toUser(prepared(this.db, `SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id));
  }

  /**
   * Creates the user if new and refreshes what the platform told us (address, time zone, name).
   * A user who reaches us again at an address is reachable again, so a stop from an earlier failure is lifted.
   */
  upsert(ref: UserRef, facts: UserFacts, now: number): UserRow {
    // RETURNING hands back the row as stored, so a turn reads its user once, not twice.
    const row = prepared(
      this.db,
      `INSERT INTO users (platform, tenant, user_id, display_name, address, tz, tz_checked_at, created_at)
       VALUES (@platform, @tenant, @user, @name, @address, @tz, @tzAt, @now)
       ON CONFLICT (platform, tenant, user_id) DO UPDATE SET
         display_name = COALESCE(@name, display_name),
         address = COALESCE(@address, address),
         tz = CASE WHEN tz_chosen = 1 THEN tz ELSE COALESCE(@tz, tz) END,
         tz_checked_at = COALESCE(@tzAt, tz_checked_at),
         stopped = CASE WHEN @address IS NOT NULL THEN NULL ELSE stopped END
       RETURNING ${COLUMNS}`,
    ).get({
      platform: ref.platform,
      tenant: ref.tenant,
      user: ref.user,
      name: facts.name ?? null,
      address: facts.address ?? null,
      tz: facts.tz ?? null,
      tzAt: facts.tz ? now : null,
      now,
    });
    return toUser(row)!;
  }

  /** Changes how the user's letters are signed and greet people. */
  updateLetterVoice(id: number, patch: LetterVoicePatch): void {
    if (patch.signingName !== undefined) prepared(this.db, "UPDATE users SET signing_name = ? WHERE id = ?").run(patch.signingName, id);
    if (patch.greetingStyle !== undefined) prepared(this.db, "UPDATE users SET greeting_style = ? WHERE id = ?").run(patch.greetingStyle, id);
    if (patch.signingNameAskedAt !== undefined) {
      prepared(this.db, "UPDATE users SET signing_name_asked_at = COALESCE(signing_name_asked_at, ?) WHERE id = ?").run(patch.signingNameAskedAt, id);
    }
  }

  /** Changes a user's nudge settings. */
  updateSettings(id: number, patch: UserSettingsPatch): void {
    if (patch.country !== undefined) prepared(this.db, "UPDATE users SET country = ? WHERE id = ?").run(patch.country, id);
    if (patch.region !== undefined) prepared(this.db, "UPDATE users SET region = ? WHERE id = ?").run(patch.region, id);
    if (patch.paused !== undefined) prepared(this.db, "UPDATE users SET paused = ? WHERE id = ?").run(patch.paused ? 1 : 0, id);
    if (patch.nudgeStart !== undefined) prepared(this.db, "UPDATE users SET nudge_start = ? WHERE id = ?").run(patch.nudgeStart, id);
    if (patch.nudgeEnd !== undefined) prepared(this.db, "UPDATE users SET nudge_end = ? WHERE id = ?").run(patch.nudgeEnd, id);
    if (patch.tz !== undefined) prepared(this.db, "UPDATE users SET tz = ? WHERE id = ?").run(patch.tz, id);
    // Following the platform again: its zone is asked for at the next chance.
    if (patch.tzChosen !== undefined) {
      prepared(this.db, "UPDATE users SET tz_chosen = ?, tz_checked_at = CASE WHEN ? THEN tz_checked_at ELSE NULL END WHERE id = ?").run(patch.tzChosen ? 1 : 0, patch.tzChosen ? 1 : 0, id);
    }
  }

  /** Marks a user unreachable for good (bot removed, account gone): no more nudges. */
  stop(id: number, reason: string): void {
    prepared(this.db, "UPDATE users SET stopped = ? WHERE id = ?").run(reason, id);
  }

  /** Deletes a user and, by cascade, every row about them. */
  delete(id: number): void {
    prepared(this.db, "DELETE FROM users WHERE id = ?").run(id);
  }

  /** Deletes every user of one workspace or tenant (app uninstalled). Returns how many. */
  deleteTenant(platform: Platform, tenant: string): number {
    return prepared(this.db, "DELETE FROM users WHERE platform = ? AND tenant = ?").run(platform, tenant).changes;
  }
}
