import type { types } from "@slack/bolt";
import type { Block, Button, Outbound } from "../../src/core/types.js";
import { SlackLimits as L } from "./limits.js";
import { escapeMrkdwn, toMrkdwn } from "./mrkdwn.js";
import { splitText, splitTransformed, truncate } from "./split-text.js";

/** A Block Kit block as chat.postMessage and views accept it. */
export type SlackBlock = types.KnownBlock;

/** One chat.postMessage payload: blocks plus the plain-text fallback. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** A file the engine wants delivered (data export). */
export type FileBlock = Extract<Block, { type: "file" }>;

/** An Outbound as Slack needs it: one or more messages in order, then files to upload. */
export interface RenderedOutbound {
  messages: SlackMessage[];
  files: FileBlock[];
}

/** Action ids the adapter owns; they never reach the engine. */
export const SlackActionIds = {
  /** Opens the letter editor modal (value = letter id). */
  letterEdit: "afterword.letter-edit",
  /** The "Open as email" link button; Slack reports the click, nothing to do. */
  openEmail: "afterword.open-email",
} as const;

const SUFFIX = /~\d+$/;

/** The engine's action id behind a rendered action_id (renderers add `~n` to keep ids unique). */
export function baseActionId(actionId: string): string {
  return actionId.replace(SUFFIX, "");
}

function mrkdwnSections(markdown: string): SlackBlock[] {
  return splitTransformed(markdown, L.sectionText, toMrkdwn).map((text) => ({ type: "section", text: { type: "mrkdwn", text } }));
}

function button(b: Button): types.Button {
  const el: types.Button = {
    type: "button",
    text: { type: "plain_text", text: truncate(b.label, L.buttonText), emoji: true },
    action_id: truncate(b.action, L.actionId),
  };
  if (b.value) el.value = truncate(b.value, L.buttonValue);
  if (b.style) el.style = b.style;
  return el;
}

function actionsBlocks(elements: types.Button[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < elements.length; i += L.actionsElements) {
    blocks.push({ type: "actions", elements: elements.slice(i, i + L.actionsElements) });
  }
  return blocks;
}

/** Shortens a mailto URL to Slack's URL limit by dropping the body, then anything but the subject. */
export function fitMailto(mailto: string): { url?: string; bodyDropped: boolean } {
  if (mailto.length <= L.buttonUrl) return { url: mailto, bodyDropped: false };
  const [address, query = ""] = mailto.split(/\?(.*)/s, 2) as [string, string?];
  const subject = query.split("&").find((p) => /^subject=/i.test(p));
  const short = subject ? `${address}?${subject}` : address;
  if (short.length <= L.buttonUrl) return { url: short, bodyDropped: true };
  return address.length <= L.buttonUrl ? { url: address, bodyDropped: true } : { bodyDropped: true };
}

function letterBlocks(letter: Extract<Block, { type: "letter" }>): SlackBlock[] {
  // A handwritten card has no subject line.
  const subject = letter.subject ? `*Subject:* ${escapeMrkdwn(truncate(letter.subject, 1000))}` : "_A handwritten card_";
  const head = `*To:* ${escapeMrkdwn(truncate(letter.to, 1000))}\n${subject}`;
  const blocks: SlackBlock[] = [{ type: "section", text: { type: "mrkdwn", text: truncate(head, L.sectionText) } }];
  for (const piece of splitText(letter.body, L.sectionText)) {
    blocks.push({ type: "section", text: { type: "plain_text", text: piece, emoji: false } });
  }
  const buttons: types.Button[] = [];
  if (letter.mailto) {
    const { url, bodyDropped } = fitMailto(letter.mailto);
    if (bodyDropped) {
      blocks.push({
        type: "context",
        elements: [{ type: "mrkdwn", text: "_This letter is too long for an email link, so the link opens a blank email with the subject: paste the text above into it._" }],
      });
    }
    if (url) buttons.push({ type: "button", text: { type: "plain_text", text: "Open as email" }, url, action_id: SlackActionIds.openEmail });
  }
  buttons.push({
    type: "button",
    text: { type: "plain_text", text: "Edit" },
    action_id: SlackActionIds.letterEdit,
    value: truncate(letter.letterId, L.buttonValue),
  });
  blocks.push(...actionsBlocks(buttons));
  return blocks;
}

function fieldsBlocks(fields: { label: string; value: string }[]): SlackBlock[] {
  const texts = fields.map((f) => ({
    type: "mrkdwn" as const,
    text: truncate(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value || "—")}`, L.fieldText),
  }));
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < texts.length; i += L.sectionFields) blocks.push({ type: "section", fields: texts.slice(i, i + L.sectionFields) });
  return blocks;
}

/** Renders one neutral block as the Slack blocks that show it (files render as nothing here). */
export function renderUnit(block: Block): SlackBlock[] {
  switch (block.type) {
    case "text":
      return mrkdwnSections(block.markdown);
    case "fields":
      return fieldsBlocks(block.fields);
    case "letter":
      return letterBlocks(block);
    case "buttons":
      return actionsBlocks(block.buttons.map(button));
    case "file":
      return [];
    case "form":
      // A form opens as a modal (render-form-modal.ts); in a message only its introduction shows.
      return mrkdwnSections(block.form.intro ?? block.form.title);
  }
}

/** Makes every action_id in the blocks unique by suffixing repeats with `~2`, `~3`, … */
export function uniqueActionIds(blocks: SlackBlock[]): SlackBlock[] {
  const seen = new Map<string, number>();
  return blocks.map((b) => {
    if (b.type !== "actions") return b;
    const elements = b.elements.map((el) => {
      if (!("action_id" in el) || !el.action_id) return el;
      const n = (seen.get(el.action_id) ?? 0) + 1;
      seen.set(el.action_id, n);
      return n === 1 ? el : { ...el, action_id: `${truncate(el.action_id, L.actionId - 6)}~${n}` };
    });
    return { ...b, elements } as SlackBlock;
  });
}

/** Packs units of blocks into messages of at most `max` blocks, keeping a unit whole when it fits. */
export function packBlocks(units: SlackBlock[][], max: number): SlackBlock[][] {
  const messages: SlackBlock[][] = [];
  let current: SlackBlock[] = [];
  for (const unit of units) {
    if (current.length + unit.length <= max) {
      current.push(...unit);
      continue;
    }
    if (unit.length <= max) {
      if (current.length) messages.push(current);
      current = [...unit];
      continue;
    }
    for (const block of unit) {
      if (current.length === max) {
        messages.push(current);
        current = [];
      }
      current.push(block);
    }
  }
  if (current.length) messages.push(current);
  return messages;
}

function fallbackOf(out: Outbound): string {
  const derived = out.blocks
    .map((b) => (b.type === "text" ? b.markdown : b.type === "letter" ? `Letter to ${b.to}: ${b.subject}` : ""))
    .filter(Boolean)
    .join("\n");
  return (out.text || derived).replace(/[*_`]/g, "").trim() || "A message from Afterword";
}

/** Renders an Outbound as Slack messages within Block Kit's limits, plus files to upload. */
export function renderOutbound(out: Outbound): RenderedOutbound {
  const files = out.blocks.filter((b): b is FileBlock => b.type === "file");
  const units = out.blocks.map(renderUnit).filter((u) => u.length > 0);
  const text = fallbackOf(out);
  if (units.length === 0) {
    if (files.length && !out.text) return { messages: [], files };
    return { messages: [{ text: truncate(text, L.fallbackText), blocks: mrkdwnSections(text) }], files };
  }
  const packed = packBlocks(units, L.messageBlocks);
  const messages = packed.map((blocks, i) => ({
    text: i === 0 ? truncate(text, L.fallbackText) : `${truncate(text, 200)} (continued, ${i + 1} of ${packed.length})`,
    blocks: uniqueActionIds(blocks),
  }));
  return { messages, files };
}
