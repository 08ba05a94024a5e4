import type { ReminderKind } from "../../../src/core/model/reminder.js";
import type { Store } from "../../../src/store/store.js";

/**
 * Seeds `users` Slack users in UTC, each with an active interview and one reminder per entry of
 * `due` (kind, due time); with `interviewEach`, every entry gets an interview of its own, so nudges
 * due together are not folded into one message.
 */
export function seedDue(store: Store, users: number, due: [ReminderKind, Date][], now: Date, o: { interviewEach?: boolean } = {}): number[] {
  const ids: number[] = [];
  const interviewFor = (userRef: number, i: number) => {
    const interview = store.interviews.createDraft(userRef, now.getTime());
    store.interviews.setField(interview, "company", `Company ${i}`);
    store.interviews.setField(interview, "role", "Engineer");
    store.interviews.setField(interview, "happenedAt", new Date(now.getTime() - 86_400_000).toISOString());
    store.interviews.setInterviewers(interview, [`Dana Li ${i}`]);
    store.interviews.setStatus(interview, "active", now.getTime());
    return interview;
  };
  store.write(() => {
    for (let i = 1; i <= users; i++) {
      const u = store.users.upsert({ platform: "slack", tenant: "T1", user: `U${i}` }, { address: `slack:T1:U${i}`, tz: "UTC", name: `User ${i}` }, now.getTime());
      const shared = o.interviewEach ? undefined : interviewFor(u.id, i);
      for (const [kind, at] of due) ids.push(store.reminders.add(u.id, shared ?? interviewFor(u.id, i), kind, at.getTime(), now.getTime()));
    }
  });
  return ids;
}

/** Every reminder row's id, status and owner of the claim. */
export function statuses(store: Store): { id: number; status: string; claimed_by: string | null; attempts: number; due_at: number; lease_until: number | null }[] {
  return store.db.prepare("SELECT id, status, claimed_by, attempts, due_at, lease_until FROM reminders ORDER BY id").all() as never;
}
