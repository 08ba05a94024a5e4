import { Actions } from "./actions.js";
import { continueDebrief, resumeDebrief, type DebriefHooks } from "./debrief/debrief-flow.js";
import { beginDebrief } from "./upcoming/pick-up-upcoming.js";
import { continueLogging, continueMore, logUpcoming } from "./upcoming/log-upcoming.js";
import { routeUpcoming } from "./upcoming/route-upcoming.js";
import { submitDebriefForm } from "./debrief/submit-debrief-form.js";
import { askHeardBack, askStopNudges, heardBack, stopNudges, updateInterest } from "./follow-up/outcomes.js";
import { askWhichInterview } from "./follow-up/hear-back.js";
import { lettersView } from "./follow-up/letters-view.js";
import { askSendEarly, beforeReflect, openLetter, reflectFirstBlocks } from "./follow-up/reflect-first.js";
import { snapshotFollowUp, undoStep, withUndo } from "./follow-up/undo-step.js";
import type { Debrief, Interest } from "./model/interview.js";
import type { Reminder } from "./model/reminder.js";
import { compose, say } from "./messages.js";
import { findingsFor, thankYouLetters } from "./notes/draft-notes.js";
import { letterBlocks } from "./notes/letter-blocks.js";
import { letterSettingAction } from "./notes/letter-routes.js";
import { anotherVersion, checkinSent, completeThanks, markLetterSent, saveEditedLetter } from "./notes/letter-actions.js";
import { clampToNudgeHours, nextNudgeMorning } from "./plan/index.js";
import { skipReflect } from "./reflect/reflect-flow.js";
import { homeView } from "./settings/home-view.js";
import { askForget, exportData, setHours, setPaused } from "./settings/settings-actions.js";
import type { TurnContext } from "./turn-context.js";
import type { Inbound, Outbound } from "./types.js";
import { cancelNudges, moveNudge, replaceNudge } from "./nudges/lifecycle.js";

type ActionEvent = Extract<Inbound, { kind: "action" }>;

const GONE = say("I can't find that one. It may have been closed or deleted.");
const ALREADY_DONE = say("That step is already done, so there's nothing more to do with this nudge. I'll be in touch when the next one comes up.");

function idOf(value: string | undefined): number | undefined {
  const n = Number((value ?? "").split(":")[0]);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** Routes a button, card submit or modal to what it means; every id is checked against the user. */
export function routeAction(ctx: TurnContext, e: ActionEvent, hooks: DebriefHooks): Outbound[] {
  const { store, user } = ctx;
  const open = store.conversations.get(user.id);
  const id = idOf(e.value);

  // Logging ahead shows the debrief's Skip and a Never mind button.
  if (open?.flow === "upcoming" && e.action === Actions.cancel) return continueLogging(ctx, open, "cancel");
  if (open?.flow === "upcoming-more" && e.action === Actions.skip) return continueMore(ctx, open, "skip");
  if (e.action.startsWith("upcoming")) return routeUpcoming(ctx, e.action, e.value, e.fields, e.from);
  if (e.action.startsWith("debrief.")) {
    if (open?.flow === "choose") {
      if (e.action === Actions.startFresh) {
        store.interviews.deleteDraft(user.id, open.interviewId);
        return beginDebrief(ctx, open.args);
      }
      return resumeFromChoice(ctx, open);
    }
    if (open?.flow !== "debrief") return [say("That debrief is already wrapped up. Type `/interview-done` to start a new one.")];
    return continueDebrief(ctx, open, { action: e.action, value: e.value }, hooks);
  }

  switch (e.action) {
    case Actions.draftNotes: {
      const d = id ? store.interviews.load(user.id, id) : undefined;
      if (!d || d.status === "draft") return [GONE];
      const letters = thankYouLetters(ctx, d);
      return [
        compose([
          {
            type: "text",
            markdown: beforeReflect(ctx, d)
              ? "Here are your drafts. Best sent tomorrow morning, after you've slept on it and reflected."
              : "Here are your thank-you drafts. Read each one aloud, make it sound like you, then send it.",
          },
          ...letters.flatMap((l) => reflectFirstBlocks(ctx, d, l)),
        ]),
      ];
    }
    case Actions.letterSave:
    case Actions.letterAnother:
    case Actions.letterCard:
    case Actions.letterSent:
    case Actions.letterOpen:
    case Actions.sendEarly: {
      const letter = id ? store.letters.get(user.id, id) : undefined;
      const d = letter ? store.interviews.load(user.id, letter.interviewId) : undefined;
      if (!letter || !d) return [GONE];
      if (e.action === Actions.letterSave) return saveEditedLetter(ctx, d, letter, e.text ?? "");
      // Reflect before writing: asked once; the user's choice stands for this interview after that.
      const early = beforeReflect(ctx, d) && (letter.kind === "thanks" || letter.kind === "card");
      if (e.action === Actions.sendEarly) store.interviews.allowEarlySend(d.id);
      if (e.action === Actions.letterOpen) return early ? askSendEarly(letter, "open") : openLetter(ctx, d, letter);
      if (e.action === Actions.sendEarly && e.value?.endsWith(":open")) return openLetter(ctx, d, letter);
      if (e.action === Actions.letterSent && early) return askSendEarly(letter, "sent");
      if (e.action !== Actions.letterAnother && e.action !== Actions.letterCard) return markLetterSent(ctx, d, letter);
      return anotherVersion(ctx, d, letter, e.action === Actions.letterCard ? "card" : "another");
    }
    case Actions.nudgeDone:
    case Actions.snooze:
    case Actions.snoozeDay: {
      const r = id ? store.reminders.get(user.id, id) : undefined;
      const d = r ? store.interviews.load(user.id, r.interviewId) : undefined;
      if (!r || !d || d.status !== "active") return [GONE];
      if (stepDone(ctx, r, d)) return [ALREADY_DONE];
      if (e.action === Actions.snoozeDay) {
        store.conversations.set(user.id, { flow: "snooze", reminderId: r.id }, ctx.now.getTime());
        return [say("Which day should I bring this back? For example _Monday_ or _next Thursday_.")];
      }
      if (e.action === Actions.snooze) return snoozeTo(ctx, r.id, nextNudgeMorning(ctx.now, ctx.tz, ctx.hours));
      const before = snapshotFollowUp(ctx, d.id);
      if (r.kind === "thanks" || r.kind === "thanks_again") return withUndo(ctx, d.id, "Marked your thank-you notes sent", before, completeThanks(ctx, d));
      if (r.kind === "checkin") return withUndo(ctx, d.id, "Marked your check-in sent", before, checkinSent(ctx, d));
      return [say("Noted.")];
    }
    case Actions.heardBack: {
      if (!e.value || e.value === "pick") return askWhichInterview(ctx);
      // A late answer counts too: a let-go or closed interview takes the news as well.
      const d = id ? store.interviews.load(user.id, id) : undefined;
      if (!d || d.status === "draft") return [GONE];
      const outcome = e.value?.split(":")[1];
      if (outcome === "next_round" || outcome === "offer" || outcome === "rejected") return heardBack(ctx, d, outcome);
      return [askHeardBack(d)];
    }
    case Actions.stopNudges:
    case Actions.stopConfirm:
    case Actions.withdraw: {
      const d = id ? store.interviews.load(user.id, id) : undefined;
      if (!d || d.status !== "active") return [GONE];
      if (e.action === Actions.stopNudges) return askStopNudges(d);
      return stopNudges(ctx, d, e.action === Actions.withdraw ? "withdrawn" : "stopped");
    }
    case Actions.letters:
      return lettersView(ctx);
    case Actions.undo:
      return id ? undoStep(ctx, id) : [GONE];
    case Actions.interest: {
      const d = id ? store.interviews.load(user.id, id) : undefined;
      const value = e.value?.split(":")[1];
      if (!d || d.status !== "active" || !value || !["yes", "unsure", "no"].includes(value)) return [GONE];
      if (open?.flow === "reflect") store.conversations.clear(user.id);
      return updateInterest(ctx, d, value as Interest);
    }
    case Actions.debriefForm:
      return submitDebriefForm(ctx, e.value, e.fields, e.from);
    case Actions.reflect: {
      const d = id ? store.interviews.load(user.id, id) : undefined;
      if (!d || d.status !== "active") return [GONE];
      return skipReflect(ctx, d, e.value?.split(":")[1] ?? "wentWell");
    }
    case Actions.logNext: {
      // Another round is still to come: log it ahead, so the plan and "how did it go?" follow.
      const d = id ? store.interviews.load(user.id, id) : undefined;
      return logUpcoming(ctx, d ? [d.company, d.role].filter(Boolean).join(", ") : "");
    }
    case Actions.pause:
      return setPaused(ctx, true);
    case Actions.resumeNudges:
      return setPaused(ctx, false);
    case Actions.signingName:
    case Actions.greeting:
      return letterSettingAction(ctx, e.action, e.value);
    case Actions.hours:
      if (e.value) return setHours(ctx, e.value);
      store.conversations.set(user.id, { flow: "hours" }, ctx.now.getTime());
      return [say("Between which hours may I nudge you? For example _9-18_.")];
    case Actions.exportData:
      return exportData(ctx);
    case Actions.forget:
      return askForget();
    case Actions.forgetConfirm:
      store.users.delete(user.id);
      return [say("Done. Everything I had about you is deleted. If you come back, we start from a clean page.")];
    case Actions.home:
      return [homeView(store, store.users.byId(user.id), ctx.tz)];
    default:
      return [say("I don't recognise that button. It may belong to an older message.")];
  }
}

/** Goes back to the open debrief exactly where it stood. */
export function resumeFromChoice(ctx: TurnContext, choice: { interviewId: number; step: string; trail: string[]; seen?: string[] }): Outbound[] {
  if (!ctx.store.interviews.load(ctx.user.id, choice.interviewId)) {
    ctx.store.conversations.clear(ctx.user.id);
    return [GONE];
  }
  const state = { flow: "debrief" as const, interviewId: choice.interviewId, step: choice.step, trail: choice.trail, person: 0, editing: false, seen: choice.seen ?? [] };
  ctx.store.conversations.set(ctx.user.id, state, ctx.now.getTime());
  return resumeDebrief(ctx, state, "Let's finish that one.");
}

/** True when the step a nudge belongs to is already done, so snoozing it would bring a finished step back. */
function stepDone(ctx: TurnContext, r: Reminder, d: Debrief): boolean {
  if (r.status === "cancelled" || r.status === "dead") return true;
  if (r.kind === "thanks" || r.kind === "thanks_again") return thankYouLetters(ctx, d).every((l) => l.status === "sent");
  if (r.kind === "checkin") return ctx.store.letters.forInterview(d.id, ["checkin"]).some((l) => l.status === "sent");
  return false;
}

/** Moves a nudge to a later time: the same step comes back then, and what would follow it waits. */
export function snoozeTo(ctx: TurnContext, reminderId: number, asked: Date): Outbound[] {
  // A day that has already begun ("Wednesday" typed on Wednesday afternoon) would bring it straight back.
  const when = asked.getTime() > ctx.now.getTime() ? asked : nextNudgeMorning(ctx.now, ctx.tz, ctx.hours);
  const r = ctx.store.reminders.get(ctx.user.id, reminderId);
  const d = r ? ctx.store.interviews.load(ctx.user.id, r.interviewId) : undefined;
  if (!r || !d || d.status !== "active") return [GONE];
  // One check-in only, one thank-you round only: a finished step is never snoozed back to life.
  if (stepDone(ctx, r, d)) return [ALREADY_DONE];
  const follows = r.kind === "thanks" ? ["thanks_again" as const, "close" as const] : r.kind === "thanks_again" ? ["close" as const] : r.kind === "checkin" ? ["letgo" as const] : [];
  cancelNudges(ctx, r.interviewId, follows);
  replaceNudge(ctx, r.interviewId, r.kind, when);
  if (r.kind === "reflect") {
    // Reflect before writing: a thank-you due before the snoozed reflection waits until an hour after it.
    const thanks = ctx.store.reminders.pendingFor(d.id).find((x) => x.kind === "thanks" && x.status === "pending");
    const after = clampToNudgeHours(new Date(when.getTime() + 3_600_000), ctx.tz, ctx.hours).getTime();
    if (thanks && thanks.dueAt < after) moveNudge(ctx, thanks.id, new Date(after));
  }
  return [say(`Snoozed. I'll bring it back ${new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: ctx.tz }).format(when)}.`)];
}
