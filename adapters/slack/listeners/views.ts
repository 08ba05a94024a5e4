// Submitted modals (the letter editor, the debrief form): acknowledged only once the turn is committed.
import type { App } from "@slack/bolt";
import type { Inbound } from "../../../src/core/types.js";
import { FORM_MODAL_ID } from "../render-form-modal.js";
import { LETTER_MODAL_ID } from "../render-letter-modal.js";
import type { SlackParts } from "../slack-parts.js";
import { formSubmissionToInbound, interactionUser, letterSubmissionToInbound, withFacts, type InteractionBody } from "../to-inbound.js";
import { isStorageFailure } from "../turn-runner.js";
import { FORM_SAVE_FAILED, LETTER_SAVE_FAILED, LETTER_UNREADABLE } from "./lines.js";

// Where the form's save-failed line shows: its first field.
const FORM_ERROR_BLOCK = "company";
const LETTER_ERROR_BLOCK = "letter-body-0";

type Ack = (response?: { response_action: "errors"; errors: Record<string, string> }) => Promise<void>;

/**
 * Applies a submission and acknowledges it: a modal Slack closed is one it will not resend, so
 * when the database cannot take it the modal stays open with the user's text and `failed` beside it.
 */
async function submit(parts: SlackParts, event: Inbound, ack: Ack, errorBlock: string, failed: string): Promise<void> {
  let outs;
  try {
    outs = await parts.runner.apply(event);
  } catch (err) {
    if (!isStorageFailure(err)) throw err;
    await ack({ response_action: "errors", errors: { [errorBlock]: failed } });
    return;
  }
  await ack();
  parts.replies.replyLater(event.from, outs);
}

/** Listens for the letter editor's and the debrief form's submissions. */
export function listenForViews(app: App, parts: SlackParts): void {
  app.view(LETTER_MODAL_ID, async ({ body, ack, context }) => {
    const b = body as unknown as InteractionBody;
    const from = interactionUser(b);
    if (!from) return ack();
    const parsed = letterSubmissionToInbound(b, parts.clock(), parts.dms.cachedAddress(from));
    if (!parsed) return ack({ response_action: "errors", errors: { [LETTER_ERROR_BLOCK]: LETTER_UNREADABLE } });
    if (parts.runner.isReplay(parsed.event.id, context.retryNum)) return ack();
    await submit(parts, parsed.event, ack as Ack, LETTER_ERROR_BLOCK, LETTER_SAVE_FAILED);
  });

  app.view(FORM_MODAL_ID, async ({ body, ack, context }) => {
    const b = body as unknown as InteractionBody;
    const from = interactionUser(b);
    if (!from) return ack();
    const read = formSubmissionToInbound(b, parts.clock());
    if (parts.runner.isReplay(read.id, context.retryNum)) return ack();
    // Capped so the acknowledgement stays inside Slack's three seconds; the zone reads the form's day and time.
    const event = withFacts(read, { ...parts.dms.cachedAddress(from), ...(await parts.profiles.ifNeeded(from, false)) });
    await submit(parts, event, ack as Ack, FORM_ERROR_BLOCK, FORM_SAVE_FAILED);
  });
}
