// The letter editor: one of the user's letters opened in a modal from an Edit button.
import type { CoachApi } from "../../src/core/coach-api.js";
import type { UserRef } from "../../src/core/types.js";
import type { ReplyQueue } from "./reply-queue.js";
import { renderLetterModal } from "./render-letter-modal.js";
import type { SlackClients } from "./slack-clients.js";

/** Said when an Edit button names a letter that is gone or not the user's. */
export const LETTER_GONE = "I can't find that letter any more; a newer draft may have replaced it.";

/** Opens letters for editing. */
export class LetterEditor {
  constructor(
    private readonly coach: CoachApi,
    private readonly clients: SlackClients,
    private readonly replies: ReplyQueue,
  ) {}

  /** Opens the editor for one of the user's letters (the click's trigger id is valid for 3 s). */
  async open(from: UserRef, letterId: string, triggerId: string): Promise<void> {
    const letter = this.coach.letterForEditing(from, letterId);
    if (!letter) return this.replies.replyLater(from, [{ text: LETTER_GONE, blocks: [] }]);
    const view = renderLetterModal(letter, { letterId });
    await (await this.clients.forTeam(from.tenant)).views.open({ trigger_id: triggerId, view });
  }
}
