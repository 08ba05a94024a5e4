// The settings and data buttons (App Home, the Teams settings card, /settings).
import { say } from "../messages.js";
import { homeView } from "../settings/home-view.js";
import { askCountry, askTimeZone, setCountry, setTimeZone } from "../settings/place-settings.js";
import { askForget, exportData, setHours, setPaused } from "../settings/settings-actions.js";
import type { ActionRoute } from "./action-turn.js";

/** Pause nudges. */
export const pauseButton: ActionRoute = ({ ctx }) => setPaused(ctx, true);

/** Resume nudges. */
export const resumeButton: ActionRoute = ({ ctx }) => setPaused(ctx, false);

/** Nudge hours: chosen, or asked for. */
export const hoursButton: ActionRoute = ({ ctx, e }) => {
  if (e.value) return setHours(ctx, e.value);
  ctx.store.conversations.set(ctx.user.id, { flow: "hours" }, ctx.now.getTime());
  return [say("Between which hours may I nudge you? For example _9-18_.")];
};

/** Everything stored about the user. */
export const exportButton: ActionRoute = ({ ctx }) => exportData(ctx);

/** "Delete my data": asked first. */
export const forgetButton: ActionRoute = () => askForget();

/** "Delete my data", confirmed. */
export const forgetConfirmButton: ActionRoute = ({ ctx }) => {
  ctx.store.users.delete(ctx.user.id);
  return [say("Done. Everything I had about you is deleted. If you come back, we start from a clean page.")];
};

/** The home view, shown again. */
export const homeButton: ActionRoute = ({ ctx }) => [homeView(ctx)];

/** Time zone: asked for, or set from the button's value. */
export const timeZoneButton: ActionRoute = ({ ctx, e }) => (e.value ? setTimeZone(ctx, e.value) : askTimeZone(ctx));

/** Country for public holidays: asked for, or set from the button's value. */
export const countryButton: ActionRoute = ({ ctx, e }) => (e.value ? setCountry(ctx, e.value) : askCountry(ctx));
