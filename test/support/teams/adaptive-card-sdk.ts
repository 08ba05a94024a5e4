// Microsoft's own Adaptive Cards SDK as the judge of every card: its dist bundle loads in Node
// (its lib/ build does not), and parsing needs no DOM.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const AC = require("adaptivecards/dist/adaptivecards.js");

/** Every parse warning and validation failure the SDK reports for a card at schema 1.5. */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const c = card as { type?: string; version?: string };
  if (c?.type !== "AdaptiveCard") problems.push(`type is ${String(c?.type)}, not AdaptiveCard`);
  if (c?.version !== "1.5") problems.push(`version is ${String(c?.version)}, not 1.5`);
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const e of parsed.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);
  return problems;
}

/** The cards attached to an activity. */
export function cardsOf(activity: { attachments?: { contentType?: string; content?: unknown }[] }): unknown[] {
  return (activity.attachments ?? []).filter((a) => a.contentType === "application/vnd.microsoft.card.adaptive").map((a) => a.content);
}
