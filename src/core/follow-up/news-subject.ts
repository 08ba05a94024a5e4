// Which interview the user's news is about, kept for their next line: after "heard from Globex" is
// confirmed, "they want a second round" is about Globex without asking again.
import type { TurnContext } from "../turn-context.js";

// Long enough for the next line of a conversation; a line typed much later names its interview again.
const KEPT_MS = 3_600_000;

/** Remembers that the news being confirmed is about this interview, unless another conversation (but a look back) holds the floor. */
export function rememberNewsAbout(ctx: TurnContext, interviewId: number): void {
  const open = ctx.store.conversations.get(ctx.user.id);
  const t = ctx.now.getTime();
  if (open === undefined || open.flow === "heard-back") ctx.store.conversations.set(ctx.user.id, { flow: "heard-back", interviewId, at: t }, t);
  else if (open.flow === "reflect") ctx.store.conversations.set(ctx.user.id, { ...open, heard: interviewId, heardAt: t }, t);
}

/** The interview the last confirmation named, within the hour and while the conversation still holds it. */
export function newsAbout(ctx: TurnContext): number | undefined {
  const open = ctx.store.conversations.get(ctx.user.id);
  const recent = (at: number | undefined) => at !== undefined && ctx.now.getTime() - at <= KEPT_MS;
  if (open?.flow === "heard-back") return recent(open.at) ? open.interviewId : undefined;
  return open?.flow === "reflect" && recent(open.heardAt) ? open.heard : undefined;
}

/** Forgets it once the news is recorded. */
export function forgetNewsAbout(ctx: TurnContext): void {
  const open = ctx.store.conversations.get(ctx.user.id);
  if (open?.flow === "heard-back") ctx.store.conversations.clear(ctx.user.id);
  else if (open?.flow === "reflect" && open.heard !== undefined) {
    const { heard: _heard, heardAt: _at, ...rest } = open;
    ctx.store.conversations.set(ctx.user.id, rest, ctx.now.getTime());
  }
}
