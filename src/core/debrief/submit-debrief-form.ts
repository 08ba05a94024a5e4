// A submitted debrief form: checked against who it was offered to and when, then written as a draft
// and continued in the chat with only what the form does not hold.
import { say } from "../messages.js";
import type { TurnContext } from "../turn-context.js";
import { quoteUser } from "../messages.js";
import type { Outbound, UserRef } from "../types.js";
import { readFormToken } from "./debrief-form.js";
import { readDebriefForm } from "./read-debrief-form.js";
import { createDraftFrom, openDebrief } from "./start-debrief.js";

/** How long an offered form may wait before it is too old to trust. */
const FORM_LIFETIME_MS = 24 * 3_600_000;

/** The lines a refused form gets; nothing is stored with any of them. */
export const FORM_REFUSED = {
  foreign: "That form wasn't opened by you, so I haven't saved anything from it.",
  stale: "That form is from an earlier start and has already been used or has expired, so I haven't saved it again. Type `/interview-done` for a fresh one.",
  busy: "You're partway through another debrief, so I haven't saved that form. Finish or cancel the open one first.",
  malformed: (why: string) => `Something in that form didn't come through right (${why}), so I haven't saved any of it. Type \`/interview-done\` to open it again.`,
} as const;

/** The refusal of a form offered to someone else, or too long ago (or in the future); undefined when the token is good. */
export function refuseToken(ctx: TurnContext, token: string | undefined, from: UserRef): Outbound[] | undefined {
  const issuedAt = readFormToken(token, from);
  if (issuedAt === undefined) return [say(FORM_REFUSED.foreign)];
  if (issuedAt > ctx.now.getTime() + 60_000 || ctx.now.getTime() - issuedAt > FORM_LIFETIME_MS) return [say(FORM_REFUSED.stale)];
  return undefined;
}

/** Records a form's one use; false when the same form was submitted already (a double tap, an old card). */
export function firstUse(ctx: TurnContext, token: string | undefined, from: UserRef): boolean {
  return ctx.store.deliveries.firstTime(from.platform, from.tenant, `form:${token}`, ctx.user.id, ctx.now.getTime());
}

/** Applies a submitted debrief form: refused with a clear line when foreign, stale, repeated or malformed. */
export function submitDebriefForm(ctx: TurnContext, token: string | undefined, fields: unknown, from: UserRef): Outbound[] {
  const refused = refuseToken(ctx, token, from);
  if (refused) return refused;
  const open = ctx.store.conversations.get(ctx.user.id);
  if (open?.flow === "debrief") return [say(open.form === token ? FORM_REFUSED.stale : FORM_REFUSED.busy)];
  const reading = readDebriefForm(fields, ctx.now, ctx.tz);
  if (!reading.ok) return [say(FORM_REFUSED.malformed(reading.problem))];
  // One form, one debrief: a second submission of the same form (a double tap, an old card) is stale.
  if (!firstUse(ctx, token, from)) return [say(FORM_REFUSED.stale)];
  const id = createDraftFrom(ctx, reading.basics);
  const left = reading.notNames.length ? ` I kept _${reading.notNames.map(quoteUser).join("_, _")}_ as a note, not as an interviewer: it doesn't read as a name.` : "";
  return openDebrief(ctx, id, `Thanks, that's the basics.${left} A few questions here, each one skippable; _done_ saves what's there.`, { form: token });
}
