/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Turns the engine's light markdown into Slack mrkdwn: escapes control characters, keeps
 * `*bold*` and `_italic_`, turns `**bold**` into `*bold*`. The engine writes no links, so
 * `[label](url)` (typed by a user) stays text: it never becomes a link.
 */
export function toMrkdwn(markdown: string): string {
  return escapeMrkdwn(markdown)
    .replace(/\*\*(.+?)\*\*/g, "*$1*")
    .replace(/^#{1,6}\s+(.+)$/gm, "*$1*");
}

/**
 * Turns the text of a Slack message into what the user typed: links, mentions and entities
 * become plain text (an email Slack linked as `<mailto:a@b.c|a@b.c>` becomes `a@b.c`).
 */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<mailto:([^|>]+)\|([^>]+)>/g, "$2")
    .replace(/<mailto:([^>]+)>/g, "$1")
    .replace(/<(https?:\/\/[^|>]+)\|([^>]+)>/g, "$2")
    .replace(/<(https?:\/\/[^>]+)>/g, "$1")
    .replace(/<@([A-Z0-9]+)(?:\|([^>]+))?>/g, (_m, id: string, name?: string) => `@${name ?? id}`)
    .replace(/<#([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `#${name || id}`)
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, "@$1")
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]+))?>/g, (_m, name?: string) => name ?? "@group")
    .replace(/<!date\^[^|>]+\|([^>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
