import type { UserFacts, UserRow } from "../model/user.js";
import { retimeNudges } from "../nudges/retime-nudges.js";
import { normalizeNudgeHours } from "../plan/index.js";
import type { Repositories } from "../ports.js";
import type { UserRef } from "../types.js";

// A zone the platform repeats is re-stamped at most this often: "stale" means a day old
// (`needsTimezone`), so an hour's precision is plenty and most turns write no user row.
const TZ_RESTAMP_MS = 60 * 60 * 1000;

/**
 * Stores what the platform told us of a user (creating them if new); when the zone it reports moves
 * them (a Slack profile changed, the terminal started with another --tz), their planned nudges keep
 * their local times in the new zone. A zone the user chose in settings is never replaced.
 */
export function refreshUser(store: Repositories, ref: UserRef, facts: UserFacts, now: Date): UserRow {
  const before = store.users.find(ref);
  if (before && tellsNothingNew(before, facts, now.getTime())) return before;
  const user = store.users.upsert(ref, facts, now.getTime());
  if (before?.tz && user.tz && before.tz !== user.tz) {
    retimeNudges({ store, userId: user.id, tz: user.tz, hours: normalizeNudgeHours({ start: user.nudgeStart, end: user.nudgeEnd }), now }, before.tz);
  }
  return user;
}

/** True when storing `facts` would leave the row as it is (the zone's stamp being recent enough). */
function tellsNothingNew(user: UserRow, facts: UserFacts, now: number): boolean {
  if (facts.name != null && facts.name !== user.displayName) return false;
  // An address lifts a stop, so a stopped user reaching us again is always written.
  if (facts.address != null && (facts.address !== user.address || user.stopped !== null)) return false;
  if (facts.tz != null) {
    if (!user.tzChosen && facts.tz !== user.tz) return false;
    if (user.tzCheckedAt === null || now - user.tzCheckedAt >= TZ_RESTAMP_MS || now < user.tzCheckedAt) return false;
  }
  return true;
}
