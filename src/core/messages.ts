import type { Block, Button, Outbound } from "./types.js";

/** A message of plain markdown text, with optional buttons. */
export function say(markdown: string, buttons?: Button[]): Outbound {
  const blocks: Block[] = [{ type: "text", markdown }];
  if (buttons?.length) blocks.push({ type: "buttons", buttons });
  return { text: plainText(markdown), blocks };
}

/** A message built from blocks; the fallback text is derived from the text blocks. */
export function compose(blocks: Block[], fallback?: string): Outbound {
  const text =
    fallback ??
    blocks
      .filter((b): b is Extract<Block, { type: "text" }> => b.type === "text")
      .map((b) => plainText(b.markdown))
      .join("\n")
      .slice(0, 3000);
  return { text: text || "Afterword", blocks };
}

/** Strips the light markdown the engine writes (*bold*, _italic_) for plain-text fallbacks. */
export function plainText(markdown: string): string {
  return markdown.replace(/[*_`]/g, "");
}

/** Neutralises user text shown back in a message: no mentions, links (`<url|x>`, `[x](url)`) or code fences ride along. */
export function quoteUser(text: string): string {
  // A zero-width space between `]` and `(` keeps `[x](url)` as the user typed it, never a link.
  return text.replace(/</g, "‹").replace(/>/g, "›").replace(/```/g, "ʼʼʼ").replace(/\]\(/g, "]\u200b(");
}

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
