import type { types } from "@slack/bolt";
import type { Outbound } from "../../src/core/types.js";
import { SlackLimits as L } from "./limits.js";
import { renderUnit, uniqueActionIds, type SlackBlock } from "./render-block-kit.js";

const MORE_NOTE: SlackBlock = {
  type: "context",
  elements: [{ type: "mrkdwn", text: "_There is more than fits here. Ask me in our DM to see everything._" }],
};

/** Renders the coach's home (upcoming nudges, interviews, settings) as an App Home view of at most 100 blocks. */
export function renderHome(home: Outbound): types.HomeView {
  let blocks = home.blocks.flatMap(renderUnit);
  if (blocks.length === 0) blocks = renderUnit({ type: "text", markdown: home.text || "Nothing here yet." });
  if (blocks.length > L.viewBlocks) {
    // The settings buttons come last; keep them visible and cut the middle instead.
    let tail = 0;
    while (tail < 10 && blocks[blocks.length - 1 - tail]?.type === "actions") tail++;
    const head = blocks.slice(0, L.viewBlocks - 1 - tail);
    blocks = [...head, MORE_NOTE, ...blocks.slice(blocks.length - tail)];
  }
  return { type: "home", blocks: uniqueActionIds(blocks) };
}
