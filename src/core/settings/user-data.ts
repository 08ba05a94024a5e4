import type { Repositories } from "../ports.js";
import type { UserRow } from "../model/user.js";

/** Everything stored about one user, as one JSON-ready object. */
export function exportUserData(store: Repositories, user: UserRow): Record<string, unknown> {
  const interviews = store.interviews.list(user.id).map((s) => {
    const d = store.interviews.load(user.id, s.id)!;
    return {
      ...d,
      letters: store.letters.forInterview(s.id).map(({ interviewId: _i, ...l }) => l),
      reminders: store.reminders.allFor(s.id).map((r) => ({ id: r.id, kind: r.kind, dueAt: new Date(r.dueAt).toISOString(), status: r.status, sentAt: r.sentAt ? new Date(r.sentAt).toISOString() : null })),
    };
  });
  return {
    exportedBy: "Afterword",
    user: {
      platform: user.platform,
      tenant: user.tenant,
      user: user.userId,
      displayName: user.displayName,
      timeZone: user.tz,
      nudgeHours: { start: user.nudgeStart, end: user.nudgeEnd },
      paused: user.paused,
    },
    conversation: store.conversations.get(user.id) ?? null,
    interviews,
  };
}
