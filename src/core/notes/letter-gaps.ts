// The one question the thank-you nudge asks for notes that could not reach a letter as written, and the answers to it.
import { compose, quoteUser, say } from "../messages.js";
import { isIdle, type ConversationState } from "../model/conversation.js";
import type { Debrief } from "../model/interview.js";
import { callNameOf, readMaterial, type Gap } from "../letters/index.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Outbound } from "../types.js";
import { findingsFor, rephrasedFor, thankYouLetters } from "./draft-notes.js";
import { letterBlocks } from "./letter-blocks.js";

type GapsState = Extract<ConversationState, { flow: "letter-gaps" }>;

/** Gaps in this interview's letters that were never asked about. */
export function openGaps(ctx: TurnContext, d: Debrief): Gap[] {
  const asked = new Set(ctx.store.letterGaps.forInterview(d.id).map((g) => g.slot));
  return readMaterial(d, rephrasedFor(ctx, d.id)).gaps.filter((g) => !asked.has(g.slot));
}

function excerpt(note: string | undefined): string {
  const flat = (note ?? "").replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** One line of the question: which note, and to whom it would be said; for a person with no note, one specific thing. */
function gapLine(d: Debrief, g: Gap): string {
  const person = d.interviewers.find((p) => p.id === g.interviewerId);
  const to = person ? callNameOf(person.name) : "them";
  if (g.reason === "missing") return `What's one thing ${to} asked you, or told you about the team? One sentence, the way you'd say it to ${to}.`;
  const what = person
    ? `what you talked about with ${to} ("${quoteUser(excerpt(person.specific))}")`
    : g.slot === "need"
      ? `what the team needs and what you've done like it ("${quoteUser(excerpt(d.teamNeeds))}")`
      : `the point that never came up ("${quoteUser(excerpt(d.unsaid))}")`;
  return `${what}: how would you put that to ${to} in one sentence?`;
}

/** The gap question as a nudge block, asking once for every gap at the same time; undefined when there is none. */
export function gapQuestion(d: Debrief, gaps: Gap[]): Block | undefined {
  if (gaps.length === 0) return undefined;
  const missing = gaps.filter((g) => g.reason === "missing");
  const unfit = gaps.length - missing.length;
  const short = missing.length === 0 ? "" : `Your notes had nothing about ${missing.length === 1 ? "one person" : `${missing.length} people`}, so ${missing.length === 1 ? "that letter is" : "those letters are"} short.`;
  const left = unfit === 0 ? "" : `${unfit === 1 ? "A note of yours" : "Some notes of yours"} didn't fit a letter as written, so I left ${unfit === 1 ? "it" : "them"} out.`;
  const lead = `One more thing: ${[left, short].filter(Boolean).join(" ")}`.replace(": A", ": a").replace(": S", ": s").replace(": Y", ": y");
  const line = (g: Gap): string => (g.reason === "missing" ? gapLine(d, g) : `For ${gapLine(d, g)}`);
  if (gaps.length === 1) return { type: "text", markdown: `${lead} ${line(gaps[0]!)} Reply with the sentence, or _skip_.` };
  const lines = gaps.map((g, i) => `${i + 1}. ${line(g)}`).join("\n");
  return { type: "text", markdown: `${lead}\n${lines}\nReply with one line for each, in order, or _skip_.` };
}

/** After the thank-you nudge went out: its gaps count as asked, and the next message the user types answers them. */
export function markGapsAsked(ctx: TurnContext, d: Debrief): void {
  const gaps = openGaps(ctx, d);
  if (gaps.length === 0) return;
  ctx.store.letterGaps.markAsked(d.id, gaps.map((g) => g.slot), ctx.now.getTime());
  if (isIdle(ctx.store.conversations.get(ctx.user.id))) {
    ctx.store.conversations.set(ctx.user.id, { flow: "letter-gaps", interviewId: d.id, slots: gaps.map((g) => g.slot).slice(0, 12) }, ctx.now.getTime());
  }
}

/** Stores the user's sentences (one line per gap, in order) and shows the letters rebuilt with them. */
export function answerLetterGaps(ctx: TurnContext, state: GapsState, text: string): Outbound[] {
  ctx.store.conversations.clear(ctx.user.id);
  const d = ctx.store.interviews.load(ctx.user.id, state.interviewId);
  if (!d || d.status !== "active") return [say("That interview is closed now, so I left its letters as they were.")];
  const lines = state.slots.length === 1 ? [text.trim()] : text.split(/\n+/).map((l) => l.replace(/^\s*\d+[.)]\s*/, "").trim());
  state.slots.forEach((slot, i) => {
    const line = (lines[i] ?? "").slice(0, 500);
    ctx.store.letterGaps.answer(d.id, slot, /^(?:skip|-|no|none)?$/i.test(line) ? "" : line);
  });
  ctx.store.letters.dropDrafts(d.id, ["thanks", "card"]);
  const letters = thankYouLetters(ctx, d).filter((l) => l.status !== "sent");
  return [
    compose([
      { type: "text", markdown: "Thanks. Here are your letters with that in:" },
      ...letters.flatMap((l) => letterBlocks(l, findingsFor(ctx, d, l))),
    ]),
  ];
}
