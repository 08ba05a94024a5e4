import type { UserFacts, UserRow } from "../model/user.js";
import { retimeNudges } from "../nudges/retime-nudges.js";
import { normalizeNudgeHours } from "../plan/index.js";
import type { Repositories } from "../ports.js";
import type { UserRef } from "../types.js";

/**
 * Stores what the platform told us of a user (creating them if new); when the zone it reports moves
 * them (a Slack profile changed, the terminal started with another --tz), their planned nudges keep
 * their local times in the new zone. A zone the user chose in settings is never replaced.
 */
export function refreshUser(store: Repositories, ref: UserRef, facts: UserFacts, now: Date): UserRow {
  const before = facts.tz ? store.users.find(ref) : undefined;
  const user = store.users.upsert(ref, facts, now.getTime());
  if (before?.tz && user.tz && before.tz !== user.tz) {
    retimeNudges({ store, userId: user.id, tz: user.tz, hours: normalizeNudgeHours({ start: user.nudgeStart, end: user.nudgeEnd }), now }, before.tz);
  }
  return user;
}
