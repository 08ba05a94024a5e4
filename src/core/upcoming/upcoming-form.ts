// Logging an interview ahead where the platform has forms (a Slack modal, a Teams card): the
// debrief's own form, asking for the company, the day and the time it starts, and its length.
import { DateTime } from "luxon";
import { Actions } from "../actions.js";
import { formToken, interviewFields } from "../debrief/debrief-form.js";
import { readDebriefForm } from "../debrief/read-debrief-form.js";
import { firstUse, FORM_REFUSED, refuseToken } from "../debrief/submit-debrief-form.js";
import { readFirstLine } from "../debrief/read-first-line.js";
import { say } from "../messages.js";
import type { TurnContext } from "../turn-context.js";
import type { Form, Outbound, UserRef } from "../types.js";
import { finishLogging, storeUpcoming } from "./log-upcoming.js";
import { takeLength } from "./read-upcoming-line.js";

/** The form's id, which adapters use as their callback id. */
export const UPCOMING_FORM_ID = "upcoming";

/** The form for logging an interview ahead, prefilled from the text after `/interview-next`, in the user's zone. */
export function upcomingForm(from: UserRef, args: string, now: Date, tz: string): Form {
  const { rest, minutes } = takeLength(args.slice(0, 500));
  const line = readFirstLine(rest, now, tz, true);
  const when = line.when ? DateTime.fromJSDate(line.when.at, { zone: tz }) : undefined;
  const day = when?.toISODate() ?? line.dayOnly ?? DateTime.fromJSDate(now, { zone: tz }).plus({ days: 1 }).toISODate()!;
  return {
    id: UPCOMING_FORM_ID,
    title: "Your next interview",
    intro: "Log it ahead: I'll send a short plan the evening before, and ask how it went right after it ends.",
    submitLabel: "Log it",
    submit: Actions.upcomingForm,
    token: formToken(from, now.getTime()),
    fields: interviewFields(line, day, when?.toFormat("HH:mm"), true, minutes ?? 60),
  };
}

/** Applies a submitted form for an interview to come: refused whole when foreign, stale, repeated or malformed. */
export function submitUpcomingForm(ctx: TurnContext, token: string | undefined, fields: unknown, from: UserRef): Outbound[] {
  const refused = refuseToken(ctx, token, from);
  if (refused) return refused;
  const reading = readDebriefForm(fields, ctx.now, ctx.tz, true);
  if (!reading.ok) return [say(`Something in that form didn't come through right (${reading.problem}), so I haven't logged anything. Type \`/interview-next\` to open it again.`)];
  if (!firstUse(ctx, token, from)) return [say(FORM_REFUSED.stale)];
  const { basics } = reading;
  const id = storeUpcoming(ctx, {
    ...(basics.company ? { company: basics.company } : {}),
    ...(basics.role ? { role: basics.role } : {}),
    ...(basics.happenedAt ? { at: basics.happenedAt.getTime() } : {}),
    ...(basics.format ? { format: basics.format } : {}),
    ...(basics.stage ? { stage: basics.stage } : {}),
    people: basics.people,
    ...(reading.lengthMinutes ? { lengthMinutes: reading.lengthMinutes } : {}),
    remarks: basics.remarks ?? [],
  });
  return finishLogging(ctx, id);
}
