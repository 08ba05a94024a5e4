// The buttons on a drafted letter: edit, another version, card, open as email, mark sent.
import { Actions } from "../actions.js";
import { askSendEarly, beforeReflect, openLetter, reflectFirstBlocks } from "../follow-up/reflect-first.js";
import { compose } from "../messages.js";
import { isIdle } from "../model/conversation.js";
import { thankYouLetters } from "../notes/draft-notes.js";
import { gapQuestion, markGapsAsked, openGaps } from "../notes/letter-gaps.js";
import { anotherVersion, markLetterSent, saveEditedLetter } from "../notes/letter-actions.js";
import { GONE, type ActionRoute } from "./action-turn.js";

/** "Preview my notes now": the drafts, with the advice to sleep on them first. */
export const previewNotes: ActionRoute = ({ ctx, id }) => {
  const d = id ? ctx.store.interviews.load(ctx.user.id, id) : undefined;
  if (!d || d.status === "draft") return [GONE];
  const letters = thankYouLetters(ctx, d);
  const early = beforeReflect(ctx, d);
  // After the look back (the notes of a message that held both): the question about notes the letters could not use, once.
  const gaps = early || !isIdle(ctx.store.conversations.get(ctx.user.id)) ? [] : openGaps(ctx, d);
  const question = gapQuestion(d, gaps);
  if (question) markGapsAsked(ctx, d);
  return [
    compose([
      {
        type: "text",
        markdown: early
          ? "Here are your drafts. Best sent tomorrow morning, after you've slept on it and reflected."
          : "Here are your thank-you drafts. Read each one aloud, make it sound like you, then send it.",
      },
      ...letters.flatMap((l) => reflectFirstBlocks(ctx, d, l)),
      ...(question ? [question] : []),
    ]),
  ];
};

/** Every button on one letter; sending before the reflect step asks once. */
export const letterButton: ActionRoute = ({ ctx, e, id }) => {
  const { store, user } = ctx;
  const letter = id ? store.letters.get(user.id, id) : undefined;
  const d = letter ? store.interviews.load(user.id, letter.interviewId) : undefined;
  if (!letter || !d) return [GONE];
  if (e.action === Actions.letterSave) return saveEditedLetter(ctx, d, letter, e.text ?? "");
  // Reflect before writing: asked once; the user's choice stands for this interview after that.
  const early = beforeReflect(ctx, d) && (letter.kind === "thanks" || letter.kind === "card");
  if (e.action === Actions.sendEarly) store.interviews.allowEarlySend(d.id);
  if (e.action === Actions.letterOpen) return early ? askSendEarly(letter, "open") : openLetter(ctx, d, letter);
  if (e.action === Actions.sendEarly && e.value?.endsWith(":open")) return openLetter(ctx, d, letter);
  if (e.action === Actions.letterSent && early) return askSendEarly(letter, "sent");
  if (e.action !== Actions.letterAnother && e.action !== Actions.letterCard) return markLetterSent(ctx, d, letter);
  return anotherVersion(ctx, d, letter, e.action === Actions.letterCard ? "card" : "another");
};
