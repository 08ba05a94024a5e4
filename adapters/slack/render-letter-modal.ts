import type { types } from "@slack/bolt";
import { SlackLimits as L } from "./limits.js";
import { splitText, truncate } from "./split-text.js";

/** callback_id of the letter editor; its submission becomes `letter.save`. */
export const LETTER_MODAL_ID = "afterword.letter-edit";
const BLOCK_PREFIX = "letter-body-";
const INPUT_ID = "body";

/** What the modal remembers across the round trip through Slack. */
export interface LetterModalMeta {
  letterId: string;
  /** The DM channel where the checked letter is shown. */
  channel?: string;
}

// One input holds at most 3,000 characters, so a longer letter gets several, split at
// paragraph breaks and joined back with a blank line on submission.
function parts(body: string): string[] {
  const paragraphs = body.split(/\n{2,}/);
  const out: string[] = [];
  let current = "";
  for (const p of paragraphs.flatMap((para) => (para.length > L.plainTextInput ? splitText(para, L.plainTextInput) : [para]))) {
    const next = current ? `${current}\n\n${p}` : p;
    if (next.length <= L.plainTextInput) current = next;
    else {
      out.push(current);
      current = p;
    }
  }
  out.push(current);
  return out;
}

/** The modal that edits one letter: the text in multiline inputs, checked by the coach on submit. */
export function renderLetterModal(letter: { to: string; subject: string; body: string }, meta: LetterModalMeta): types.ModalView {
  const pieces = parts(letter.body);
  const inputs: types.InputBlock[] = pieces.map((piece, i) => ({
    type: "input",
    block_id: `${BLOCK_PREFIX}${i}`,
    label: { type: "plain_text", text: pieces.length === 1 ? "Your letter" : `Your letter, part ${i + 1} of ${pieces.length}` },
    optional: pieces.length > 1,
    element: {
      type: "plain_text_input",
      action_id: INPUT_ID,
      multiline: true,
      max_length: L.plainTextInput,
      ...(piece ? { initial_value: piece } : {}),
    },
  }));
  return {
    type: "modal",
    callback_id: LETTER_MODAL_ID,
    title: { type: "plain_text", text: truncate("Edit your letter", L.modalTitle) },
    submit: { type: "plain_text", text: truncate("Check and save", L.modalButton) },
    close: { type: "plain_text", text: "Cancel" },
    private_metadata: JSON.stringify(meta).slice(0, L.privateMetadata),
    blocks: [
      {
        type: "context",
        elements: [{ type: "plain_text", text: truncate(`To: ${letter.to} · Subject: ${letter.subject}`, 2000), emoji: false }],
      },
      ...inputs.slice(0, L.viewBlocks - 1),
    ],
  };
}

/** Reads the edited letter and its metadata back out of a view_submission's view. */
export function readLetterModal(view: {
  private_metadata?: string;
  state?: { values?: Record<string, Record<string, { value?: string | null }>> };
}): { meta: LetterModalMeta; text: string } | undefined {
  let meta: LetterModalMeta;
  try {
    meta = JSON.parse(view.private_metadata ?? "");
  } catch {
    return undefined;
  }
  if (typeof meta?.letterId !== "string") return undefined;
  const values = view.state?.values ?? {};
  const text = Object.keys(values)
    .filter((k) => k.startsWith(BLOCK_PREFIX))
    .sort((a, b) => Number(a.slice(BLOCK_PREFIX.length)) - Number(b.slice(BLOCK_PREFIX.length)))
    .map((k) => values[k]?.[INPUT_ID]?.value ?? "")
    .filter((v) => v.trim())
    .join("\n\n");
  return { meta, text };
}
