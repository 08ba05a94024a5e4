import { NUDGE_NAMES, expectedAt } from "../core/follow-up/describe-plan.js";
import { interviewLabel, isListed } from "../core/nudges/upcoming-nudges.js";
import { formatLocal, safeZone } from "../core/plan/index.js";
import { formatUserRef, type UserRef } from "../core/types.js";
import type { Store } from "../store/store.js";

/** Lines describing pending reminders (one user's, or everyone's), each in the user's local time. */
export function listReminders(store: Store, ref: UserRef | undefined, defaultTz: string): string[] {
  const user = ref ? store.users.find(ref) : undefined;
  if (ref && !user) return [`No data is stored for ${formatUserRef(ref)}.`];
  const rows = (user ? store.reminders.upcomingForUser(user.id) : store.reminders.upcoming()).filter(isListed);
  if (!rows.length) return ["Nothing scheduled."];
  const users = new Map<number, ReturnType<Store["users"]["byId"]>>();
  return rows.map((r) => {
    if (!users.has(r.userRef)) users.set(r.userRef, store.users.byId(r.userRef));
    const u = users.get(r.userRef)!;
    const tz = safeZone(u.tz, defaultTz);
    const who = formatUserRef({ platform: u.platform, tenant: u.tenant, user: u.userId });
    const about = interviewLabel(store.interviews.load(u.id, r.interviewId));
    return `${formatLocal(new Date(expectedAt(r)), tz)} (${tz})  ${NUDGE_NAMES[r.kind]}  ${about}  ${who}  [reminder ${r.id}]`;
  });
}
