import type { types } from "@slack/bolt";
import { SlackLimits as L } from "./limits.js";
import { truncate } from "./split-text.js";

/** callback_id of the letter editor; its submission becomes `letter.save`. */
export const LETTER_MODAL_ID = "afterword.letter-edit";
const BLOCK_PREFIX = "letter-body-";

/** What the modal remembers across the round trip through Slack. */
export interface LetterModalMeta {
  letterId: string;
  /** The whitespace between the parts of a letter too long for one input, as runs of [character, count]. */
  seps?: Run[][];
}

/** A run of one whitespace character: a thousand blank lines are `["\n", 1000]`, not 1,000 characters of metadata. */
type Run = [string, number];

function toRuns(sep: string): Run[] {
  return (sep.match(/(\s)\1*/gu) ?? []).map((run) => [run[0]!, run.length]);
}

// Slack's private_metadata holds 3,000 characters: the separators are kept as runs, so even a letter
// with thousands of blank lines reads back whole. An editor opened before kept them as strings.
function fromRuns(sep: unknown): string | undefined {
  if (typeof sep === "string") return sep;
  if (!Array.isArray(sep)) return undefined;
  return sep.map((r) => (Array.isArray(r) && typeof r[0] === "string" && /^\s$/u.test(r[0]) && Number.isInteger(r[1]) && r[1] > 0 && r[1] <= 100_000 ? r[0].repeat(r[1]) : "")).join("");
}

// One input holds at most 3,000 characters, so a longer letter gets several. Each cut falls on
// a paragraph break, else a line break, else a space; the whitespace cut out is remembered so
// the submission joins the parts back into exactly the letter the user sees.
function parts(body: string): { pieces: string[]; seps: string[] } {
  const pieces: string[] = [];
  const seps: string[] = [];
  let rest = body;
  while (rest.length > L.plainTextInput) {
    const window = rest.slice(0, L.plainTextInput);
    let at = -1;
    for (const sep of ["\n\n", "\n", " "]) {
      at = window.lastIndexOf(sep);
      if (at > L.plainTextInput / 3) break;
    }
    if (at <= L.plainTextInput / 3) at = /[\ud800-\udbff]/.test(window.at(-1) ?? "") ? L.plainTextInput - 1 : L.plainTextInput;
    // Cut where the whitespace begins, so a long blank stretch goes between the parts, not into one.
    while (at > 1 && /\s/.test(rest[at - 1]!)) at--;
    const sep = /^\s*/.exec(rest.slice(at))![0];
    pieces.push(rest.slice(0, at));
    seps.push(sep);
    rest = rest.slice(at + sep.length);
  }
  pieces.push(rest);
  return { pieces, seps };
}

/** The modal that edits one letter: the text in multiline inputs, checked by the coach on submit. */
export function renderLetterModal(letter: { to: string; subject: string; body: string }, meta: LetterModalMeta): types.ModalView {
  const { pieces, seps: cut } = parts(letter.body);
  const seps = cut.map(toRuns);
  const inputs: types.InputBlock[] = pieces.map((piece, i) => ({
    type: "input",
    block_id: `${BLOCK_PREFIX}${i}`,
    label: { type: "plain_text", text: pieces.length === 1 ? "Your letter" : `Your letter, part ${i + 1} of ${pieces.length}` },
    optional: pieces.length > 1,
    element: {
      type: "plain_text_input",
      action_id: `body-${i}`,
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
    private_metadata: JSON.stringify(seps.length ? { ...meta, seps } : meta).slice(0, L.privateMetadata),
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
  const seps: unknown[] = Array.isArray(meta.seps) ? meta.seps : [];
  const keys = Object.keys(values)
    .filter((k) => k.startsWith(BLOCK_PREFIX))
    .sort((a, b) => Number(a.slice(BLOCK_PREFIX.length)) - Number(b.slice(BLOCK_PREFIX.length)));
  let text = "";
  for (const k of keys) {
    const n = Number(k.slice(BLOCK_PREFIX.length));
    const value = Object.values(values[k] ?? {})[0]?.value ?? "";
    if (!value.trim()) continue;
    const sep = fromRuns(seps[n - 1]);
    text += text ? (sep ?? "\n\n") + value : value;
  }
  // Only the letter id is read back: an editor opened by an older version may carry more, and nothing in
  // a submission decides where replies go.
  return { meta: { letterId: meta.letterId }, text };
}
