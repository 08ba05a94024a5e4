// The follow-up's buttons: heard back, stop nudges, interest, reflect, undo, the letters list, the next round.
import { Actions } from "../actions.js";
import { logUpcoming } from "../upcoming/log-upcoming.js";
import { askWhichInterview } from "../follow-up/hear-back.js";
import { lettersView } from "../follow-up/letters-view.js";
import { askHeardBack, askStopNudges, heardBack, stopNudges, updateInterest } from "../follow-up/outcomes.js";
import { undoStep } from "../follow-up/undo-step.js";
import { rememberNewsAbout } from "../follow-up/news-subject.js";
import type { Interest } from "../model/interview.js";
import { skipReflect } from "../reflect/reflect-flow.js";
import { GONE, type ActionRoute } from "./action-turn.js";

/** "I heard back": which interview, then what the news was. A late answer counts too. */
export const heardBackButton: ActionRoute = ({ ctx, e, id }) => {
  if (!e.value || e.value === "pick") return askWhichInterview(ctx);
  const d = id ? ctx.store.interviews.load(ctx.user.id, id) : undefined;
  if (!d || d.status === "draft") return [GONE];
  const outcome = e.value.split(":")[1];
  if (outcome === "next_round" || outcome === "offer" || outcome === "rejected") return heardBack(ctx, d, outcome);
  rememberNewsAbout(ctx, d.id);
  return [askHeardBack(d)];
};

/** Stop nudges (asked first), confirmed, or withdrawn from the process. */
export const stopButton: ActionRoute = ({ ctx, e, id }) => {
  const d = id ? ctx.store.interviews.load(ctx.user.id, id) : undefined;
  if (!d || d.status !== "active") return [GONE];
  if (e.action === Actions.stopNudges) return askStopNudges(d);
  return stopNudges(ctx, d, e.action === Actions.withdraw ? "withdrawn" : "stopped");
};

/** "Do you still want this job?" answered with a button. */
export const interestButton: ActionRoute = ({ ctx, e, id, open }) => {
  const d = id ? ctx.store.interviews.load(ctx.user.id, id) : undefined;
  const value = e.value?.split(":")[1];
  if (!d || d.status !== "active" || !value || !["yes", "unsure", "no"].includes(value)) return [GONE];
  if (open?.flow === "reflect") ctx.store.conversations.clear(ctx.user.id);
  return updateInterest(ctx, d, value as Interest);
};

/** A reflect question skipped with its button. */
export const reflectButton: ActionRoute = ({ ctx, e, id }) => {
  const d = id ? ctx.store.interviews.load(ctx.user.id, id) : undefined;
  if (!d || d.status !== "active") return [GONE];
  return skipReflect(ctx, d, e.value?.split(":")[1] ?? "wentWell");
};

/** "Log the next interview": another round is still to come, so it is logged ahead and the plan and "how did it go?" follow. */
export const logNextButton: ActionRoute = ({ ctx, id }) => {
  const d = id ? ctx.store.interviews.load(ctx.user.id, id) : undefined;
  return logUpcoming(ctx, d ? [d.company, d.role].filter(Boolean).join(", ") : "");
};

/** Every letter of the open interviews. */
export const lettersButton: ActionRoute = ({ ctx }) => lettersView(ctx);

/** Undo a step taken in the last day. */
export const undoButton: ActionRoute = ({ ctx, id }) => (id ? undoStep(ctx, id) : [GONE]);
