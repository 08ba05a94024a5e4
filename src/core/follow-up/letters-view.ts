import { compose, quoteUser } from "../messages.js";
import type { LetterRow } from "../model/letter.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Outbound } from "../types.js";
import { interviewName } from "./hear-back.js";
import { reflectFirstBlocks } from "./reflect-first.js";

const KINDS: Record<LetterRow["kind"], string> = { thanks: "thank-you", card: "card", checkin: "check-in", rejection: "reply" };

function state(l: LetterRow): string {
  return l.status === "sent" ? "sent" : l.edited ? "edited" : "draft";
}

/** Every letter of every open interview, with its state and the same buttons as in the nudge. */
export function lettersView(ctx: TurnContext): Outbound[] {
  const open = ctx.store.interviews.list(ctx.user.id).filter((i) => i.status === "active");
  const blocks: Block[] = [];
  for (const i of open) {
    const letters = ctx.store.letters.forInterview(i.id);
    if (!letters.length) continue;
    const d = ctx.store.interviews.load(ctx.user.id, i.id)!;
    blocks.push({ type: "text", markdown: `*${interviewName(i)}*: ${letters.map((l) => `${KINDS[l.kind]} to ${quoteUser(l.recipient)} (${state(l)})`).join(", ")}` });
    for (const l of letters) blocks.push(...reflectFirstBlocks(ctx, d, l));
  }
  if (!blocks.length) return [compose([{ type: "text", markdown: "No letters yet. Your thank-you drafts arrive the morning after an interview; `/interview-done` starts one." }])];
  return [compose([{ type: "text", markdown: "Your letters, for every interview still open:" }, ...blocks], "Your letters.")];
}
