import { Actions } from "../actions.js";
import type { LetterRow } from "../model/letter.js";
import type { Block, Button } from "../types.js";

/** A `mailto:` link with the subject and body filled, to the recipient's address when known. */
export function mailtoFor(letter: Pick<LetterRow, "email" | "subject" | "body">): string {
  const to = letter.email ? encodeURIComponent(letter.email).replace(/%40/g, "@") : "";
  return `mailto:${to}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(letter.body)}`;
}

/** One letter as blocks: the letter itself, then what the user can do with it. */
export function letterBlocks(letter: LetterRow, findings: { message: string }[] = []): Block[] {
  // A card is written by hand: it has no subject and no email link, so nothing of it can reach an email by mistake.
  const mail = letter.kind === "card" ? {} : { mailto: mailtoFor(letter) };
  const blocks: Block[] = [{ type: "letter", letterId: String(letter.id), to: letter.recipient, subject: letter.subject, body: letter.body, ...mail }];
  if (findings.length) {
    blocks.push({ type: "text", markdown: `Worth a second look:\n${findings.map((f) => `• ${f.message}`).join("\n")}` });
  }
  if (letter.status === "sent") {
    blocks.push({ type: "text", markdown: `✓ Marked sent to ${letter.recipient}.` });
    return blocks;
  }
  const buttons: Button[] = [
    { action: Actions.letterSent, label: "Mark sent", value: String(letter.id), style: "primary" as const },
    { action: Actions.letterAnother, label: "Try another version", value: String(letter.id) },
  ];
  if (letter.kind === "thanks") buttons.push({ action: Actions.letterCard, label: "Short card instead", value: String(letter.id) });
  blocks.push({ type: "buttons", buttons });
  return blocks;
}
