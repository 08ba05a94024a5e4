// Adaptive Cards understand a small markdown subset: **bold**, _italic_, [links](url) and
// lists. The engine writes Slack-like light markdown (*bold*, _italic_, `code`), so convert.

/** An Adaptive Card TextBlock as this adapter emits it. */
export type TextBlockJson = {
  type: "TextBlock";
  text: string;
  wrap: true;
  spacing?: "None" | "Medium";
  weight?: "Bolder";
  fontType?: "Monospace";
  size?: "Medium";
  isSubtle?: boolean;
};

/**
 * Text as it was typed, never a link: Adaptive Cards render `[label](url)` in any TextBlock, and the
 * engine writes no links, so a zero-width space between `]` and `(` keeps what a user typed as text.
 */
export function noLinks(text: string): string {
  return text.replace(/\]\(/g, "]\u200b(");
}

/** Converts inline light markdown to the Adaptive Cards subset (links excepted: see noLinks). */
export function toCardInline(markdown: string): string {
  return noLinks(
    markdown
      // Code is not in the subset: keep the words, drop the fences and ticks.
      .replace(/```/g, "")
      .replace(/`([^`\n]*)`/g, "$1")
      // ~strike~ is not in the subset either.
      .replace(/(^|[\s(])~([^~\n]+)~(?=$|[\s).,!?:;])/g, "$1$2")
      // *bold* → **bold**, leaving **already bold** alone.
      .replace(/(^|[^*\w])\*(?![*\s])([^*\n]*?[^*\s])\*(?!\*)(?=$|[^*\w])/g, "$1**$2**")
  );
}

const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s+/;

/** Converts a light-markdown text into TextBlocks: one per line, lists kept together. */
export function toTextBlocks(markdown: string): TextBlockJson[] {
  const blocks: TextBlockJson[] = [];
  let gap = false;
  let list: string[] = [];
  const flushList = () => {
    if (!list.length) return;
    blocks.push(withSpacing({ type: "TextBlock", text: list.join("\r"), wrap: true }, blocks.length, gap));
    list = [];
    gap = false;
  };
  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      flushList();
      gap = blocks.length > 0;
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const item = line.replace(LIST_ITEM, (m) => (/\d/.test(m) ? m.trim() + " " : "- "));
      list.push(toCardInline(item));
      continue;
    }
    flushList();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const text = heading ? `**${toCardInline(heading[1]!).replace(/\*\*/g, "")}**` : toCardInline(line);
    blocks.push(withSpacing({ type: "TextBlock", text, wrap: true }, blocks.length, gap));
    gap = false;
  }
  flushList();
  return blocks;
}

function withSpacing(block: TextBlockJson, index: number, gap: boolean): TextBlockJson {
  if (index === 0) return block;
  return { ...block, spacing: gap ? "Medium" : "None" };
}

/** Splits text at line or word boundaries into pieces of at most `max` characters. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf("\n", max);
    if (cut < max / 2) cut = rest.lastIndexOf(" ", max);
    if (cut < max / 2) cut = max;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[\n ]/, "");
  }
  if (rest.length || !pieces.length) pieces.push(rest);
  return pieces;
}
