// Reading back what a Slack user's debrief stored, straight from the database file.
import type { Debrief } from "../../src/core/model/interview.js";
import type { Store } from "../../src/store/store.js";

/** The newest interview of a Slack user, or undefined. */
export function latestDebrief(store: Store, team: string, user: string): Debrief | undefined {
  const row = store.users.find({ platform: "slack", tenant: team, user });
  const latest = row ? store.interviews.list(row.id)[0] : undefined;
  return row && latest ? store.interviews.load(row.id, latest.id) : undefined;
}

/** The stored value of one debrief field (`person.title` reads the first interviewer). */
export function storedField(d: Debrief | undefined, field: string): string | undefined {
  if (!d) return undefined;
  if (field.startsWith("person.")) {
    const p = d.interviewers[0] as unknown as Record<string, string | undefined> | undefined;
    return p?.[field.slice("person.".length)];
  }
  const v = (d as unknown as Record<string, unknown>)[field];
  return typeof v === "string" ? v : undefined;
}
