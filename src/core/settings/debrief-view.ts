// A saved debrief, read back from settings, and edited field by field: the plan stays, the unsent
// drafts are written again from the change, and the check-in follows a new decision date while the
// letters that promise it are still unsent.
import { Actions } from "../actions.js";
import { editMenu, summaryFields } from "../debrief/summary.js";
import { interviewName } from "../follow-up/hear-back.js";
import { compose, say } from "../messages.js";
import type { Debrief } from "../model/interview.js";
import { replaceNudge } from "../nudges/lifecycle.js";
import { formatLocalDay, planCheckinDay, startOfNudgeHoursOn } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import type { Button, Outbound } from "../types.js";

/** One saved debrief as the user reads it, with Edit and, while it is open, Heard back and Stop nudges. */
export function debriefView(ctx: TurnContext, d: Debrief): Outbound {
  const buttons: Button[] = [{ action: Actions.editDebrief, label: "Edit it", value: String(d.id) }];
  if (d.status === "active") {
    buttons.push({ action: Actions.heardBack, label: "Heard back", value: String(d.id) }, { action: Actions.stopNudges, label: "Stop nudges for this one", value: String(d.id) });
  }
  buttons.push({ action: Actions.home, label: "Back to everything" });
  return compose(
    [
      { type: "text", markdown: `Your debrief for ${interviewName(d)}, as saved:` },
      { type: "fields", fields: summaryFields(d, ctx.tz) },
      { type: "buttons", buttons },
    ],
    `Your debrief for ${d.company ?? "your interview"}.`,
  );
}

/** Opens a saved debrief for editing: the list of its fields, one tap to change one. */
export function editSavedDebrief(ctx: TurnContext, d: Debrief): Outbound[] {
  const open = ctx.store.conversations.get(ctx.user.id);
  if (open?.flow === "debrief" && open.interviewId !== d.id) return [say("You're partway through another debrief. Finish or cancel that one first, then come back to this.")];
  ctx.store.conversations.set(ctx.user.id, { flow: "debrief", interviewId: d.id, step: "summary", trail: [], person: 0, editing: false, seen: [] }, ctx.now.getTime());
  return [editMenu(d, ctx.tz)];
}

/** The check-in day again after an edit, when it changed and no letter promising the old one is out yet. */
function moveCheckin(ctx: TurnContext, d: Debrief): string | undefined {
  const promised = ctx.store.letters.forInterview(d.id, ["thanks", "card"]).some((l) => l.status === "sent");
  const pending = ctx.store.reminders.pendingFor(d.id).some((r) => r.kind === "checkin");
  if (d.status !== "active" || promised || !pending) return undefined;
  const interviewAt = d.happenedAt ? new Date(d.happenedAt) : ctx.now;
  const day = planCheckinDay({ interviewAt, confirmedAt: ctx.now, decisionDate: d.decisionDate, interest: d.interest, tz: ctx.tz, hours: ctx.hours, place: ctx.place });
  if (!day || day.date === d.checkinDate) return undefined;
  ctx.store.interviews.setField(d.id, "checkinDate", day.date);
  replaceNudge(ctx, d.id, "checkin", startOfNudgeHoursOn(day.date, ctx.tz, ctx.hours));
  return day.date;
}

/** Saves the edits to a debrief that was saved before: its plan stays; unsent drafts are written again; the check-in follows a new decision date. */
export function saveEditedDebrief(ctx: TurnContext, d: Debrief): Outbound[] {
  ctx.store.letters.dropDrafts(d.id, ["thanks", "card", "checkin"]);
  const moved = moveCheckin(ctx, d);
  const lines = [`Saved your changes to the debrief for ${interviewName(d)}.`];
  if (d.status === "active") lines.push("Drafts you haven't touched are written again with them; letters you edited stay as you wrote them.");
  if (moved) lines.push(`The check-in moves to ${formatLocalDay(moved)}, and your thank-you notes will name that day.`);
  return [say(lines.join(" "), [{ action: Actions.viewDebrief, label: "Read the debrief", value: String(d.id) }, { action: Actions.home, label: "See everything" }])];
}
