import { Actions } from "../actions.js";
import { compose, say } from "../messages.js";
import { HELD } from "../nudges/nudge-buttons.js";
import { clampToNudgeHours, formatLocal, normalizeNudgeHours } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import type { Outbound } from "../types.js";
import { exportUserData } from "./user-data.js";

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Nudge hours as the user reads them: "09:00–19:00". */
export function describeHours(start: number, end: number): string {
  return `${hhmm(start)}–${hhmm(end)}`;
}

/** Reads "9-18", "08:30 to 17:00", "9am-6pm" as minutes after midnight; undefined if unreadable. */
export function readHours(text: string): { start: number; end: number } | undefined {
  const m = /^\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*(?:-|–|to|until)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*$/i.exec(text);
  if (!m) return undefined;
  const toMin = (h: string, mm: string | undefined, ap: string | undefined) => {
    let hour = Number(h) % 24;
    if (ap?.toLowerCase() === "pm" && hour < 12) hour += 12;
    if (ap?.toLowerCase() === "am" && hour === 12) hour = 0;
    return hour * 60 + Number(mm ?? 0);
  };
  const start = toMin(m[1]!, m[2], m[3]);
  const end = toMin(m[4]!, m[5], m[6]);
  if (end - start < 120 || start < 6 * 60 || end > 23 * 60) return undefined;
  return { start, end };
}

/** Pauses or resumes every nudge; on resume, overdue ones come at the next sensible time. */
export function setPaused(ctx: TurnContext, paused: boolean): Outbound[] {
  if (!paused && !ctx.user.paused) return [say("Nudges are already on.")];
  ctx.store.users.updateSettings(ctx.user.id, { paused });
  if (paused) return [say("Nudges paused. Nothing is lost: tap *Resume nudges* whenever you're ready.", [{ action: Actions.resumeNudges, label: "Resume nudges" }])];
  // Overdue nudges keep their planned time (so they can say how late they are) and go out from
  // the next moment inside nudge hours: now if it is daytime, else the coming morning.
  const from = clampToNudgeHours(ctx.now, ctx.tz, ctx.hours);
  const overdue = ctx.store.reminders.releaseOverdue(ctx.user.id, ctx.now.getTime(), from.getTime(), HELD.paused);
  if (!overdue) return [say("Nudges are back on.")];
  const when = from.getTime() > ctx.now.getTime() ? `from ${formatLocal(from, ctx.tz)}` : "in a moment";
  return [say(`Nudges are back on. ${overdue === 1 ? "One came due" : `${overdue} came due`} while they were paused; ${overdue === 1 ? "it comes" : "they come"} ${when}.`)];
}

/** Sets the hours nudges may arrive, from "9-18" text or a button's value. */
export function setHours(ctx: TurnContext, text: string): Outbound[] {
  const hours = readHours(text);
  if (!hours) return [say("I couldn't read those hours. Try something like _9-18_ or _08:30 to 17:00_ (at least two hours, between 06:00 and 23:00).")];
  const { start, end } = normalizeNudgeHours(hours);
  ctx.store.users.updateSettings(ctx.user.id, { nudgeStart: start, nudgeEnd: end });
  return [say(`Nudges will come between ${describeHours(start, end)}, your time. Nudges already planned keep their times.`)];
}

/** The user's data as a JSON file. */
export function exportData(ctx: TurnContext): Outbound[] {
  const data = exportUserData(ctx.store, ctx.user);
  return [
    compose(
      [
        { type: "text", markdown: "Here is everything I have stored about you." },
        { type: "file", filename: "afterword-export.json", mime: "application/json", content: JSON.stringify(data, null, 2) },
      ],
      "Your Afterword data export.",
    ),
  ];
}

/** Asks before deleting everything. */
export function askForget(): Outbound[] {
  return [
    say("This deletes every debrief, letter and reminder I have for you, for good. Are you sure?", [
      { action: Actions.forgetConfirm, label: "Yes, delete my data", style: "danger" },
      { action: Actions.home, label: "Keep it" },
    ]),
  ];
}
