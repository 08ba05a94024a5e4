import { Actions } from "../../src/core/actions.js";
import type { Block, Button, Outbound } from "../../src/core/types.js";
import { noLinks, splitText, toCardInline, toTextBlocks, type TextBlockJson } from "./card-markdown.js";
import { renderFormBody } from "./render-form-card.js";

/** The schema version every card declares; Teams renders 1.5 on desktop, web and mobile. */
export const CARD_VERSION = "1.5";
/** Teams refuses messages over about 28 KB; this leaves room for the envelope botbuilder adds. */
export const MAX_ACTIVITY_BYTES = 24_000;
/** Where a card-submit edit of a letter carries its text: `letter-<id>` in activity.value. */
export const letterInputId = (letterId: string) => `letter-${letterId}`;

type Element = Record<string, unknown>;

/** An Adaptive Card as JSON. */
export interface AdaptiveCardJson {
  type: "AdaptiveCard";
  $schema: string;
  version: string;
  fallbackText: string;
  msteams: { width: "Full" };
  body: Element[];
}

/** A message activity carrying one Adaptive Card, with its plain-text fallback. */
export interface CardActivity {
  type: "message";
  /** Shown in notifications and the chat list instead of "sent a card". */
  summary: string;
  attachments: [{ contentType: "application/vnd.microsoft.card.adaptive"; content: AdaptiveCardJson }];
}

const TEXT_CHUNK = 4_000;
const BUTTONS_PER_ROW = 4;
const SUMMARY_MAX = 300;

/** Renders a neutral message as one or more Teams activities, each under Teams' size limit. */
export function renderOutbound(msg: Outbound): CardActivity[] {
  const segments = msg.blocks.flatMap(renderBlock);
  if (!segments.length) segments.push(toTextBlocks(msg.text || " "));
  const activities: CardActivity[] = [];
  let body: Element[] = [];
  const flush = () => {
    if (!body.length) return;
    activities.push(toActivity(body, activities.length === 0 ? msg.text : `${firstLine(msg.text)} (continued)`));
    body = [];
  };
  for (const segment of segments) {
    if (body.length && bytes(toActivity([...body, ...segment], msg.text)) > MAX_ACTIVITY_BYTES) flush();
    body.push(...segment);
  }
  flush();
  return activities;
}

function toActivity(body: Element[], fallback: string): CardActivity {
  const plain = fallback.trim() || "Afterword";
  return {
    type: "message",
    summary: plain.length > SUMMARY_MAX ? `${plain.slice(0, SUMMARY_MAX - 1)}…` : plain,
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        content: {
          type: "AdaptiveCard",
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          version: CARD_VERSION,
          fallbackText: plain.slice(0, 3_000),
          msteams: { width: "Full" },
          body,
        },
      },
    ],
  };
}

// A segment is a run of elements that belongs together on one card.
function renderBlock(block: Block): Element[][] {
  switch (block.type) {
    case "text":
      return splitText(block.markdown, TEXT_CHUNK).map((piece) => toTextBlocks(piece));
    case "fields":
      return renderFields(block.fields);
    case "letter":
      return renderLetter(block);
    case "buttons":
      return [renderButtons(block.buttons)];
    case "file":
      return renderFile(block);
    case "form":
      return [renderFormBody(block.form)];
  }
}

function renderFields(fields: { label: string; value: string }[]): Element[][] {
  const facts: { title: string; value: string }[] = [];
  const long: Element[][] = [];
  for (const f of fields) {
    // FactSet values do not wrap well past a few lines; long answers read better as text.
    if (f.value.length <= 400 && !f.value.includes("\n")) facts.push({ title: f.label, value: toCardInline(f.value) });
    else
      splitText(f.value, TEXT_CHUNK).forEach((piece, i) =>
        long.push([
          ...(i === 0 ? [{ type: "TextBlock", text: `**${f.label}**`, wrap: true, spacing: "Medium" }] : []),
          ...plainBlocks(piece),
        ]),
      );
  }
  return [...(facts.length ? [[{ type: "FactSet", facts }]] : []), ...long];
}

type Letter = Extract<Block, { type: "letter" }>;

function renderLetter(letter: Letter): Element[][] {
  const head: Element[] = [
    { type: "TextBlock", text: `**To:** ${noLinks(letter.to)}`, wrap: true },
    // A handwritten card has no subject line.
    { type: "TextBlock", text: letter.subject ? `**Subject:** ${noLinks(letter.subject)}` : "_A handwritten card_", wrap: true, spacing: "None" },
  ];
  const pieces = splitText(letter.body, TEXT_CHUNK);
  const shown = pieces.map((piece, i) => ({
    type: "Container",
    style: "emphasis",
    spacing: i === 0 ? "Small" : "None",
    items: [...(i === 0 ? head : []), ...plainBlocks(piece)],
  }));
  const editCard = {
    type: "AdaptiveCard",
    body: [
      {
        type: "Input.Text",
        id: letterInputId(letter.letterId),
        label: "Your note",
        isMultiline: true,
        isRequired: true,
        errorMessage: "The note can't be empty.",
        // Past this size the prefill would push the card over Teams' limit; the user pastes instead.
        ...(Buffer.byteLength(letter.body, "utf8") <= 8_000 ? { value: letter.body } : { placeholder: "Paste your edited note here" }),
      },
    ],
    actions: [{ type: "Action.Submit", title: "Save note", style: "positive", data: { action: Actions.letterSave, value: letter.letterId } }],
  };
  const actions: Element[] = [];
  if (letter.mailto) actions.push({ type: "Action.OpenUrl", title: "Open as email", url: letter.mailto });
  actions.push({ type: "Action.ShowCard", title: "Edit", card: editCard });
  const tools: Element = { type: "ActionSet", actions };
  if (pieces.length === 1) return [[shown[0]!, tools]];
  return [...shown.map((s) => [s]), [tools]];
}

function renderButtons(buttons: Button[]): Element[] {
  const sets: Element[] = [];
  for (let i = 0; i < buttons.length; i += BUTTONS_PER_ROW) {
    sets.push({
      type: "ActionSet",
      ...(i > 0 ? { spacing: "Small" } : {}),
      actions: buttons.slice(i, i + BUTTONS_PER_ROW).map((b) => ({
        type: "Action.Submit",
        title: b.label,
        ...(b.style === "primary" ? { style: "positive" } : b.style === "danger" ? { style: "destructive" } : {}),
        data: { action: b.action, ...(b.value !== undefined ? { value: b.value } : {}) },
      })),
    });
  }
  return sets;
}

function renderFile(file: Extract<Block, { type: "file" }>): Element[][] {
  const pieces = splitText(file.content, TEXT_CHUNK);
  return pieces.map((piece, i) => [
    ...(i === 0 ? [{ type: "TextBlock", text: `**${file.filename}** (${file.mime})`, wrap: true, spacing: "Medium" }] : []),
    { type: "TextBlock", text: noLinks(piece), wrap: true, fontType: "Monospace", size: "Small", spacing: "None" },
  ]);
}

// Letters and user answers are shown as written: one TextBlock per line, no markdown conversion.
function plainBlocks(text: string): TextBlockJson[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line, i) => ({ type: "TextBlock" as const, text: noLinks(line) || " ", wrap: true as const, ...(i > 0 ? { spacing: "None" as const } : {}) }));
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").slice(0, 120);
}

function bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), "utf8");
}
