// "Your interviews" in App Home, the Teams settings card and /settings: each one's state and next
// step, with a button to read its saved debrief and, while it is open, one to say you heard back.
import { Actions } from "../actions.js";
import { interviewName } from "../follow-up/hear-back.js";
import { upcomingNudges } from "../nudges/upcoming-nudges.js";
import { formatLocal } from "../plan/index.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Button } from "../types.js";

const SHOWN = 8;
const OUTCOMES: Record<string, string> = { next_round: "next round", offer: "offer", rejected: "not this time", no_answer: "let go", withdrawn: "nudges stopped" };

/** The interviews section: open ones first, each with its next nudge and its buttons; then the closed ones. */
export function interviewsSection(ctx: TurnContext): Block[] {
  // Interviews logged ahead have a section of their own.
  const all = ctx.store.interviews.list(ctx.user.id).filter((i) => i.status !== "upcoming");
  if (!all.length) return [{ type: "text", markdown: "*Your interviews*\nNone yet. Type `/interview-done` after your next interview." }];
  const next = upcomingNudges(ctx.store, ctx.user);
  const ordered = [...all.filter((i) => i.status === "active"), ...all.filter((i) => i.status !== "active")].slice(0, SHOWN);
  const blocks: Block[] = [{ type: "text", markdown: "*Your interviews*" }];
  for (const i of ordered) {
    const coming = next.find((n) => n.interviewId === i.id);
    const state =
      i.status === "draft" ? "debrief in progress"
      : i.status === "active" ? `following up${coming ? `; next: ${coming.name} on ${formatLocal(coming.at, ctx.tz)}` : ""}`
      : `closed${i.outcome ? ` (${OUTCOMES[i.outcome] ?? i.outcome})` : ""}`;
    blocks.push({ type: "text", markdown: `• ${interviewName(i)}: ${state}` });
    if (i.status === "draft") continue;
    const buttons: Button[] = [{ action: Actions.viewDebrief, label: "Read the debrief", value: String(i.id) }];
    if (i.status === "active") buttons.push({ action: Actions.heardBack, label: "Heard back", value: String(i.id) });
    blocks.push({ type: "buttons", buttons });
  }
  if (all.length > SHOWN) blocks.push({ type: "text", markdown: `_…and ${all.length - SHOWN} more: type \`/heard-back\` to reach any of them._` });
  return blocks;
}
