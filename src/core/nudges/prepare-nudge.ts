import { closeInterview } from "../follow-up/close-interview.js";
import { clampToNudgeHours, isQuietTime, letGoAt, nextNudgeMorning, thanksReminderAt } from "../plan/index.js";
import { thankYouLetters } from "../notes/draft-notes.js";
import { markGapsAsked, openGaps } from "../notes/letter-gaps.js";
import type { Reminder } from "../model/reminder.js";
import { isIdle } from "../model/conversation.js";
import type { TurnContext } from "../turn-context.js";
import type { Address, Outbound } from "../types.js";
import type { Debrief } from "../model/interview.js";
import { joinDueTogether } from "./due-together.js";
import { HELD, plannedArrival } from "./nudge-buttons.js";
import { recordUndo, snapshotFollowUp } from "../follow-up/undo-step.js";
import { checkinNudge, reflectNudge, thanksAgainNudge, thanksNudge } from "./render-nudges.js";
import { letGoNudge } from "./let-go-nudge.js";
import { cancelNudges, replaceNudge, scheduleNudge } from "./lifecycle.js";
import { afterNudge, canOpenDebrief, prepNudge } from "./render-upcoming-nudges.js";
import { pickUpState } from "../upcoming/pick-up-upcoming.js";

/** After "how did it go?" is delivered: its debrief is open, at the question the nudge asked. */
function openAfterDebrief(ctx: TurnContext, interviewId: number): void {
  const d = ctx.store.interviews.load(ctx.user.id, interviewId);
  if (d?.status !== "upcoming" || !canOpenDebrief(ctx, interviewId)) return;
  cancelNudges(ctx, interviewId, ["prep"]);
  ctx.store.conversations.set(ctx.user.id, pickUpState(d), ctx.now.getTime());
}

/** What the sweeper should do with a claimed reminder. */
export type NudgePlan =
  | { kind: "send"; address: Address; message: Outbound }
  | { kind: "skip"; reason: string }
  | { kind: "defer"; until: Date; reason: string };

/** Decides, inside the sweeper's transaction, whether a due reminder is sent now, later or never. */
export function prepareNudge(ctx: TurnContext, r: Reminder): NudgePlan {
  const { store, user, now } = ctx;
  if (user.stopped) return { kind: "skip", reason: `user unreachable: ${user.stopped}` };
  if (!user.address) return { kind: "skip", reason: "no address to reach the user" };
  // Held behind another nudge of the interview, it goes out in that one's message.
  // Its row is already held behind that one (no longer claimed), so deferring it only counts it as waiting.
  if (heldBehindAnother(ctx, r)) return { kind: "defer", until: new Date(now.getTime() + 60_000), reason: "goes out with another nudge due at the same time" };
  const d = store.interviews.load(user.id, r.interviewId);
  // The plan and "how did it go?" belong to an interview still to come; the rest to one being followed up.
  const ahead = r.kind === "prep" || r.kind === "after";
  if (!d || d.status !== (ahead ? "upcoming" : "active")) return { kind: "skip", reason: ahead ? "no longer upcoming" : "interview closed" };
  if (user.paused) return { kind: "defer", until: nextNudgeMorning(now, ctx.tz, ctx.hours), reason: HELD.paused };
  // Due times are planned inside nudge hours, but a late sweep (after downtime) must still respect the night.
  if (isQuietTime(now, ctx.tz, ctx.hours)) return { kind: "defer", until: clampToNudgeHours(now, ctx.tz, ctx.hours), reason: HELD.quiet };
  // Late is measured from when it would have come with the coach running: a wait for nudge hours is not lateness.
  const plan = planOne(ctx, d, { ...r, dueAt: plannedArrival(r, ctx.tz, ctx.hours) }, user.address);
  return plan.kind === "send" ? { ...plan, message: joinDueTogether(ctx, d, r, plan.message) } : plan;
}

/** True while this nudge is held behind another of its interview that is still to go out (it goes in that one's message). */
function heldBehindAnother(ctx: TurnContext, r: Reminder): boolean {
  const primary = ctx.store.reminders.byId(r.id)?.joinedTo;
  const status = primary ? ctx.store.reminders.byId(primary)?.status : undefined;
  return status === "pending" || status === "sending";
}

/** The plan for one nudge on its own. */
function planOne(ctx: TurnContext, d: Debrief, r: Reminder, address: Address): NudgePlan {
  switch (r.kind) {
    case "prep":
      return { kind: "send", address, message: prepNudge(ctx, d, r) };
    case "after":
      return { kind: "send", address, message: afterNudge(ctx, d, r) };
    case "reflect":
      return { kind: "send", address, message: reflectNudge(ctx, d, r) };
    case "thanks":
    case "thanks_again": {
      if (thankYouLetters(ctx, d).every((l) => l.status === "sent")) return { kind: "skip", reason: "thank-you notes already sent" };
      const message = r.kind === "thanks" ? thanksNudge(ctx, d, r) : thanksAgainNudge(ctx, d, r);
      return { kind: "send", address, message };
    }
    case "checkin":
      if (d.interest === "no") return { kind: "skip", reason: "no longer interested" };
      return { kind: "send", address, message: checkinNudge(ctx, d, r) };
    case "letgo": {
      // The let-go closes the interview once delivered; its Undo keeps it open instead.
      const undo = recordUndo(ctx, d.id, `Let ${d.company ?? "this interview"} go`, snapshotFollowUp(ctx, d.id));
      return { kind: "send", address, message: letGoNudge(ctx, d, r, undo) };
    }
    case "close":
      closeInterview(ctx, d.id);
      return { kind: "skip", reason: "closed quietly" };
  }
}

/** What follows a delivered nudge (and those that went out in its message): the one thank-you reminder, the let-go after the check-in, the close. */
export function afterNudgeSent(ctx: TurnContext, r: Reminder): void {
  const joined = ctx.store.reminders.joinedTo(r.id);
  for (const x of joined) ctx.store.reminders.markJoinedSent(x.id, ctx.now.getTime());
  // With a look back in the same message, the notes (and any question about them) come when asked for, after it.
  const notesShown = !(r.kind === "reflect" && joined.length > 0);
  for (const x of [r, ...joined]) afterOne(ctx, x, notesShown);
}

function afterOne(ctx: TurnContext, r: Reminder, notesShown: boolean): void {
  const { store, user, now } = ctx;
  const t = now.getTime();
  if (r.kind === "after") return openAfterDebrief(ctx, r.interviewId);
  // The user may have heard back, stopped or let go while this nudge was on its way: plan nothing after it.
  const d = store.interviews.load(user.id, r.interviewId);
  if (d?.status !== "active") return;
  switch (r.kind) {
    case "prep":
      break;
    case "reflect": {
      // A name question left unanswered gives way: the look back's question is the one on screen now, and the
      // name can be added in settings. Any other open conversation (a debrief, a letter being edited) keeps the floor.
      const open = store.conversations.get(user.id);
      if (isIdle(open) || open?.flow === "signing-name") store.conversations.set(user.id, { flow: "reflect", interviewId: r.interviewId, step: "wentWell" }, t);
      break;
    }
    case "thanks": {
      replaceNudge(ctx, r.interviewId, "thanks_again", thanksReminderAt(now, ctx.tz, ctx.hours));
      // The nudge asked about notes the letters could not use: asked once, and the next message answers it
      // (a look back left unanswered since yesterday gives way to it).
      if (notesShown) {
        const open = store.conversations.get(user.id);
        if (open?.flow === "reflect" && open.interviewId === d.id && openGaps(ctx, d).length) store.conversations.clear(user.id);
        markGapsAsked(ctx, d);
      }
      break;
    }
    case "thanks_again":
      // The step is dropped now; with no check-in ahead, the interview closes quietly a day later,
      // so this last reminder's own buttons (Pick a day, Mark sent) still work meanwhile.
      if (!store.reminders.pendingFor(r.interviewId).some((x) => (x.kind === "checkin" || x.kind === "letgo" || x.kind === "close") && x.id !== r.id)) {
        scheduleNudge(ctx, r.interviewId, "close", thanksReminderAt(now, ctx.tz, ctx.hours));
      }
      break;
    case "checkin":
      // Provisional: marking the check-in sent later moves this to a week after that.
      replaceNudge(ctx, r.interviewId, "letgo", letGoAt(now, ctx.tz, ctx.hours, ctx.place));
      break;
    case "letgo":
      closeInterview(ctx, r.interviewId, "no_answer");
      break;
    case "close":
      break;
  }
}
