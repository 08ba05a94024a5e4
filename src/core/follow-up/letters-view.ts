import { Actions } from "../actions.js";
import { compose, quoteUser } from "../messages.js";
import type { LetterRow } from "../model/letter.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Outbound } from "../types.js";
import { interviewName } from "./hear-back.js";
import { reflectFirstBlocks } from "./reflect-first.js";
import { undoBlocks } from "./undo-list.js";

const KINDS: Record<LetterRow["kind"], string> = { thanks: "thank-you", card: "card", checkin: "check-in", rejection: "reply" };

function state(l: LetterRow): string {
  return l.status === "sent" ? "sent" : l.edited ? "edited" : "draft";
}

/** Per open interview: one line naming each letter and its state (draft, edited, sent), and, with `whole`, every letter with the same buttons as in the nudge. */
export function letterListBlocks(ctx: TurnContext, whole: boolean): Block[] {
  const open = ctx.store.interviews.list(ctx.user.id).filter((i) => i.status === "active");
  const blocks: Block[] = [];
  for (const i of open) {
    const letters = ctx.store.letters.forInterview(i.id);
    if (!letters.length) continue;
    blocks.push({ type: "text", markdown: `*${interviewName(i)}*: ${letters.map((l) => `${KINDS[l.kind]} to ${quoteUser(l.recipient)} (${state(l)})`).join(", ")}` });
    if (!whole) continue;
    const d = ctx.store.interviews.load(ctx.user.id, i.id)!;
    for (const l of letters) blocks.push(...reflectFirstBlocks(ctx, d, l));
  }
  return blocks;
}

/** Every letter of every open interview, with its state and the same buttons as in the nudge; then what can still be undone. */
export function lettersView(ctx: TurnContext): Outbound[] {
  const blocks = letterListBlocks(ctx, true);
  const undo = undoBlocks(ctx);
  if (!blocks.length) return [compose([{ type: "text", markdown: "No letters yet. Your thank-you drafts arrive the morning after an interview; `/interview-done` starts one." }, ...undo])];
  return [compose([{ type: "text", markdown: "Your letters, for every interview still open:" }, ...blocks, ...undo], "Your letters.")];
}

/** The letters section of the home: in Slack's App Home (a page of its own) every letter with its buttons; elsewhere the home is a message, so the states and a button to the letters. */
export function homeLetters(ctx: TurnContext): Block[] {
  const whole = ctx.user.platform === "slack";
  const blocks = letterListBlocks(ctx, whole);
  if (!blocks.length) return [];
  const more: Block[] = whole ? [] : [{ type: "buttons", buttons: [{ action: Actions.letters, label: "Show my letters" }] }];
  return [{ type: "text", markdown: "*Your letters*" }, ...blocks, ...more];
}
