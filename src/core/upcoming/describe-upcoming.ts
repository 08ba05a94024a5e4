// How an interview logged ahead is named and placed in time, the same way in every message and list.
import { DateTime } from "luxon";
import type { Debrief } from "../model/interview.js";
import { joinAnd, quoteUser } from "../messages.js";
import { formatLocal } from "../plan/index.js";

/** "*Staff Engineer* at *Acme*", "*Acme*", or "your interview". */
export function upcomingTitle(d: Pick<Debrief, "company" | "role">): string {
  const company = d.company ? `*${quoteUser(d.company)}*` : undefined;
  const role = d.role ? `*${quoteUser(d.role)}*` : undefined;
  if (company && role) return `${role} at ${company}`;
  return company ?? role ?? "your interview";
}

/** "today at 15:00", "tomorrow at 09:30", "on Thursday 19 Mar at 15:00": when it begins, from now, in the user's zone. */
export function whenAhead(at: Date, now: Date, tz: string): string {
  const a = DateTime.fromJSDate(at, { zone: tz });
  const days = Math.round(a.startOf("day").diff(DateTime.fromJSDate(now, { zone: tz }).startOf("day"), "days").days);
  const time = a.toFormat("HH:mm");
  if (days === 0) return `today at ${time}`;
  if (days === 1) return `tomorrow at ${time}`;
  return `on ${formatLocal(at, tz).replace(/, (\d\d:\d\d)$/, " at $1")}`;
}

/** "an hour", "45 minutes", "1 hour 30 minutes". */
export function describeLength(minutes: number | undefined): string {
  const m = minutes ?? 60;
  if (m === 60) return "an hour";
  if (m < 60) return `${m} minutes`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return `${h === 1 ? "1 hour" : `${h} hours`}${rest ? ` ${rest} minutes` : ""}`;
}

/** "Dana Li (CTO) and Omar Haddad", as the user spelled them. */
export function peopleOf(d: Pick<Debrief, "interviewers">): string {
  return joinAnd(d.interviewers.map((p) => `${quoteUser(p.name)}${p.title ? ` (${quoteUser(p.title)})` : ""}`));
}

/** Everything logged about it in one line: "*Staff Engineer* at *Acme*, Thursday 19 Mar, 15:00 (an hour), video, first round, with Dana Li". */
export function loggedFacts(d: Debrief, tz: string): string {
  const parts = [upcomingTitle(d)];
  if (d.happenedAt) parts.push(`${formatLocal(new Date(d.happenedAt), tz)} (${describeLength(d.lengthMinutes)})`);
  for (const f of [d.format, d.stage]) if (f) parts.push(quoteUser(f));
  const who = d.interviewers.length ? ` with ${peopleOf(d)}` : "";
  return `${parts.join(", ")}${who ? `,${who}` : ""}`;
}
