// Interviews logged ahead, as App Home, the Teams settings card and /reminders list them.
import type { UserRow } from "../model/user.js";
import { quoteUser } from "../messages.js";
import { formatLocal } from "../plan/index.js";
import type { Repositories } from "../ports.js";
import type { Block, Button } from "../types.js";
import { describeLength } from "./describe-upcoming.js";
import { upcomingButtons } from "./interview-plan.js";

const SHOWN = 5;

function soonestFirst(store: Repositories, user: UserRow) {
  const t = (at: string | null) => (at ? Date.parse(at) : Infinity);
  return store.interviews
    .list(user.id)
    .filter((i) => i.status === "upcoming")
    .sort((a, b) => t(a.happenedAt) - t(b.happenedAt))
    .map((i) => store.interviews.load(user.id, i.id)!)
    .filter(Boolean);
}

/** One line per interview logged ahead, soonest first: "Thursday 19 Mar, 15:00: Interview, Staff Engineer at Acme (an hour), with Dana Li"; one that is over says how to debrief it. */
export function upcomingInterviewLines(store: Repositories, user: UserRow | undefined, tz: string): string[] {
  if (!user) return [];
  return soonestFirst(store, user).map((d) => {
    const what = [d.role, d.company].filter(Boolean).join(" at ") || "your interview";
    const who = d.interviewers.length ? `, with ${d.interviewers.map((p) => p.name).join(", ")}` : "";
    const when = d.happenedAt ? `${formatLocal(new Date(d.happenedAt), tz)}: ` : "";
    // Over once "how did it go?" has come (or the debrief was begun): no longer pending.
    const over = store.reminders.pendingFor(d.id).some((r) => r.kind === "after") ? "" : `; not debriefed yet: /interview-done ${d.company ?? ""}`.trimEnd();
    return `${when}Interview, ${what} (${describeLength(d.lengthMinutes)})${who}${over}`;
  });
}

/** The "Upcoming interviews" section: each with its time and its buttons (a new time, cancelled), or how to log one. */
export function upcomingSection(store: Repositories, user: UserRow | undefined, tz: string): Block[] {
  const all = user ? soonestFirst(store, user) : [];
  if (!all.length) {
    return [{ type: "text", markdown: "*Upcoming interviews*\nNone logged. Type `/interview-next` to log one ahead: a short plan comes the evening before, and I ask how it went right after." }];
  }
  const lines = upcomingInterviewLines(store, user, tz).slice(0, SHOWN).map((l) => `• ${quoteUser(l)}`);
  const buttons: Button[] = all.slice(0, SHOWN).flatMap((d) => {
    const name = (d.company ?? "Interview").slice(0, 30);
    return upcomingButtons(d).map((b) => ({ ...b, label: `${name}: ${b.label.toLowerCase()}` }));
  });
  return [
    { type: "text", markdown: `*Upcoming interviews*\n${lines.join("\n")}` },
    { type: "buttons", buttons },
  ];
}
