// The buttons on a listed interview: read its saved debrief, edit it.
import { debriefView, editSavedDebrief } from "../settings/debrief-view.js";
import { GONE, type ActionRoute } from "./action-turn.js";

function saved(status: string): boolean {
  return status === "active" || status === "closed";
}

/** "Read the debrief": one saved debrief, as it was saved. */
export const viewDebriefButton: ActionRoute = ({ ctx, id }) => {
  const d = id ? ctx.store.interviews.load(ctx.user.id, id) : undefined;
  return d && saved(d.status) ? [debriefView(ctx, d)] : [GONE];
};

/** "Edit it": a saved debrief, one field at a time. */
export const editDebriefButton: ActionRoute = ({ ctx, id }) => {
  const d = id ? ctx.store.interviews.load(ctx.user.id, id) : undefined;
  return d && saved(d.status) ? editSavedDebrief(ctx, d) : [GONE];
};
