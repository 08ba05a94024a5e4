import type { Button, Outbound } from "../../src/core/types.js";

/** A choice the terminal user can pick by number or label. */
export type Choice =
  | { kind: "button"; button: Button }
  | { kind: "mailto"; url: string }
  | { kind: "edit"; letterId: string; to: string };

/** Rendered terminal text plus the numbered choices it offers. */
export interface TerminalView {
  text: string;
  choices: Choice[];
}

function inline(markdown: string): string {
  // The engine's light markdown reads fine as-is in a terminal, minus the emphasis marks.
  return markdown.replace(/\*([^*\n]+)\*/g, "$1").replace(/(^|\s)_([^_\n]+)_(?=\s|[.,;:!?)]|$)/g, "$1$2");
}

/** Renders messages as readable terminal text; buttons become `[n] Label` lines numbered from `start`. */
export function renderTerminal(messages: Outbound[], start = 1): TerminalView {
  const lines: string[] = [];
  const choices: Choice[] = [];
  const add = (choice: Choice, label: string) => {
    choices.push(choice);
    lines.push(`  [${start + choices.length - 1}] ${label}`);
  };
  for (const msg of messages) {
    for (const block of msg.blocks) {
      switch (block.type) {
        case "text":
          lines.push(inline(block.markdown));
          break;
        case "fields":
          for (const f of block.fields) {
            const [first, ...rest] = f.value.split("\n");
            lines.push(`  ${f.label}: ${first}`);
            for (const r of rest) lines.push(`  ${" ".repeat(f.label.length + 2)}${r}`);
          }
          break;
        case "letter":
          lines.push(`  ┌─ To: ${block.to}`);
          // A handwritten card has no subject line.
          lines.push(block.subject ? `  │  Subject: ${block.subject}` : "  │  (a handwritten card)");
          lines.push("  │");
          for (const l of block.body.split("\n")) lines.push(`  │  ${l}`);
          lines.push("  └─");
          if (block.mailto) add({ kind: "mailto", url: block.mailto }, `Open as email (${block.to})`);
          add({ kind: "edit", letterId: block.letterId, to: block.to }, `Edit the letter to ${block.to}`);
          break;
        case "buttons":
          for (const b of block.buttons) add({ kind: "button", button: b }, b.label);
          break;
        case "file":
          lines.push(`--- ${block.filename} ---`, block.content, `--- end of ${block.filename} ---`);
          break;
        case "form":
          // The terminal asks a form's questions in conversation; only its introduction would show.
          lines.push(inline(block.form.intro ?? block.form.title));
          break;
      }
    }
    lines.push("");
  }
  return { text: lines.join("\n"), choices };
}

/** Finds the choice a typed line means: its number, or its label (any case). */
export function pickChoice(input: string, choices: Choice[], start = 1): Choice | undefined {
  const t = input.trim();
  if (/^\d+$/.test(t)) return choices[Number(t) - start];
  const lower = t.toLowerCase();
  return choices.find((c) => c.kind === "button" && c.button.label.toLowerCase() === lower);
}
