// Routes a button, card submit or modal to what it means; every id is checked against the user.
import { Actions } from "./actions.js";
import { continueDebrief, resumeDebrief, type DebriefHooks } from "./debrief/debrief-flow.js";
import { beginDebrief } from "./upcoming/pick-up-upcoming.js";
import { continueLogging, continueMore } from "./upcoming/log-upcoming.js";
import { routeUpcoming } from "./upcoming/route-upcoming.js";
import { submitDebriefForm } from "./debrief/submit-debrief-form.js";
import { say } from "./messages.js";
import { letterSettingAction } from "./notes/letter-routes.js";
import { GONE, idOf, type ActionEvent, type ActionRoute, type ActionTurn } from "./routes/action-turn.js";
import { heardBackButton, interestButton, lettersButton, logNextButton, reflectButton, stopButton, undoButton } from "./routes/route-follow-up.js";
import { letterButton, previewNotes } from "./routes/route-letters.js";
import { nudgeButton } from "./routes/route-nudges.js";
import { countryButton, exportButton, forgetButton, forgetConfirmButton, homeButton, hoursButton, pauseButton, resumeButton, timeZoneButton } from "./routes/route-settings.js";
import { editDebriefButton, viewDebriefButton } from "./routes/route-debrief-view.js";
import type { TurnContext } from "./turn-context.js";
import type { Outbound } from "./types.js";

export { snoozeTo } from "./nudges/snooze-nudge.js";

/** Which route each action takes. */
const ROUTES: Record<string, ActionRoute> = {
  [Actions.draftNotes]: previewNotes,
  [Actions.letterSave]: letterButton,
  [Actions.letterAnother]: letterButton,
  [Actions.letterCard]: letterButton,
  [Actions.letterSent]: letterButton,
  [Actions.letterOpen]: letterButton,
  [Actions.sendEarly]: letterButton,
  [Actions.nudgeDone]: nudgeButton,
  [Actions.snooze]: nudgeButton,
  [Actions.snoozeDay]: nudgeButton,
  [Actions.heardBack]: heardBackButton,
  [Actions.stopNudges]: stopButton,
  [Actions.stopConfirm]: stopButton,
  [Actions.withdraw]: stopButton,
  [Actions.letters]: lettersButton,
  [Actions.undo]: undoButton,
  [Actions.interest]: interestButton,
  [Actions.debriefForm]: ({ ctx, e }) => submitDebriefForm(ctx, e.value, e.fields, e.from),
  [Actions.reflect]: reflectButton,
  [Actions.logNext]: logNextButton,
  [Actions.signingName]: ({ ctx, e }) => letterSettingAction(ctx, e.action, e.value),
  [Actions.greeting]: ({ ctx, e }) => letterSettingAction(ctx, e.action, e.value),
  [Actions.pause]: pauseButton,
  [Actions.resumeNudges]: resumeButton,
  [Actions.hours]: hoursButton,
  [Actions.exportData]: exportButton,
  [Actions.forget]: forgetButton,
  [Actions.forgetConfirm]: forgetConfirmButton,
  [Actions.home]: homeButton,
  [Actions.timeZone]: timeZoneButton,
  [Actions.country]: countryButton,
  [Actions.viewDebrief]: viewDebriefButton,
  [Actions.editDebrief]: editDebriefButton,
};

/** A debrief button: continues the open debrief, or settles "finish that one or start fresh". */
function debriefButton({ ctx, e, open, hooks }: ActionTurn): Outbound[] {
  if (open?.flow === "choose") {
    if (e.action === Actions.startFresh) {
      ctx.store.interviews.deleteDraft(ctx.user.id, open.interviewId);
      return beginDebrief(ctx, open.args);
    }
    return resumeFromChoice(ctx, open);
  }
  if (open?.flow !== "debrief") return [say("That debrief is already wrapped up. Type `/interview-done` to start a new one.")];
  return continueDebrief(ctx, open, { action: e.action, value: e.value }, hooks);
}

/** Routes a button, card submit or modal to what it means; every id is checked against the user. */
export function routeAction(ctx: TurnContext, e: ActionEvent, hooks: DebriefHooks): Outbound[] {
  const turn: ActionTurn = { ctx, e, id: idOf(e.value), open: ctx.store.conversations.get(ctx.user.id), hooks };
  const { open } = turn;
  // Logging ahead shows the debrief's Skip and a Never mind button.
  if (open?.flow === "upcoming" && e.action === Actions.cancel) return continueLogging(ctx, open, "cancel");
  if (open?.flow === "upcoming-more" && e.action === Actions.skip) return continueMore(ctx, open, "skip");
  if (e.action.startsWith("upcoming")) return routeUpcoming(ctx, e.action, e.value, e.fields, e.from);
  if (e.action.startsWith("debrief.")) return debriefButton(turn);
  const route = Object.hasOwn(ROUTES, e.action) ? ROUTES[e.action] : undefined;
  return route ? route(turn) : [say("I don't recognise that button. It may belong to an older message.")];
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

