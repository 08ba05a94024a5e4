// Slack counts characters; JS string length counts UTF-16 units, which is never fewer, so
// budgets measured with .length are safe. Cuts never fall inside a surrogate pair.

function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** Shortens text to at most `max` characters, ending with "…" when it had to cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, safeCut(text, max - 1)).trimEnd() + "…";
}

/**
 * Splits text into pieces of at most `max` characters, cutting at a paragraph break, else a
 * line break, else a space, else anywhere. Empty pieces are dropped.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = -1;
    for (const sep of ["\n\n", "\n", " "]) {
      const at = window.lastIndexOf(sep);
      if (at > max / 3) {
        cut = at;
        break;
      }
    }
    const end = cut > 0 ? cut : safeCut(rest, max);
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end).replace(/^\s+/, "");
  }
  pieces.push(rest);
  return pieces.map((p) => p.trimEnd()).filter((p) => p.trim().length > 0);
}

/**
 * Splits text so that each piece, after `transform` (escaping grows text), fits in `max`.
 */
export function splitTransformed(text: string, max: number, transform: (s: string) => string, budget = max): string[] {
  const out: string[] = [];
  for (const piece of splitText(text, budget)) {
    const shown = transform(piece);
    if (shown.length <= max) out.push(shown);
    else out.push(...splitTransformed(piece, max, transform, Math.max(1, Math.floor((budget * max) / shown.length) - 1)));
  }
  return out;
}
