// Beat 2: the reflective questions, asked a few hours after the debrief, one at a time. Each answer
// goes into the interview (so the letters use it), and the last one, "do you still want it?", also
// changes the plan: no check-in for a job the user no longer wants.
import { Actions } from "../actions.js";
import { controlWord, MAX_LONG, cleanAnswer } from "../debrief/read-answer.js";
import { updateInterest } from "../follow-up/outcomes.js";
import type { Debrief, Interest } from "../model/interview.js";
import { say } from "../messages.js";
import type { TurnContext } from "../turn-context.js";
import type { Button, Outbound } from "../types.js";

/** The reflect questions in order; the last is answered with a button. */
export const REFLECT_QUESTIONS = [
  { key: "wentWell", prompt: "What went well? Where did you feel strongest?" },
  { key: "differently", prompt: "Which answer would you give differently now, or which point came out weaker than you meant?" },
  { key: "pluses", prompt: "What draws you to this job?" },
  { key: "minuses", prompt: "And what gives you pause about it?" },
  { key: "interest", prompt: "Having thought it over, do you still want this job?" },
] as const;

type ReflectKey = (typeof REFLECT_QUESTIONS)[number]["key"];

const INTEREST: Record<string, Interest> = {
  yes: "yes", y: "yes", yeah: "yes", yep: "yes", definitely: "yes", absolutely: "yes",
  unsure: "unsure", maybe: "unsure", "not sure": "unsure", "don't know": "unsure", "dont know": "unsure", possibly: "unsure",
  no: "no", n: "no", nope: "no", "not really": "no",
};

/** The buttons of one reflect question: Yes / Unsure / No for the last, Skip for the others. */
export function reflectButtons(d: Debrief, key: ReflectKey): Button[] {
  if (key === "interest") {
    return [
      { action: Actions.interest, label: "Yes", value: `${d.id}:yes`, style: "primary" },
      { action: Actions.interest, label: "Unsure", value: `${d.id}:unsure` },
      { action: Actions.interest, label: "No", value: `${d.id}:no` },
    ];
  }
  return [{ action: Actions.reflect, label: "Skip", value: `${d.id}:${key}` }];
}

function ask(ctx: TurnContext, d: Debrief, key: ReflectKey, preface?: string): Outbound[] {
  ctx.store.conversations.set(ctx.user.id, { flow: "reflect", interviewId: d.id, step: key }, ctx.now.getTime());
  const prompt = REFLECT_QUESTIONS.find((q) => q.key === key)!.prompt;
  return [say(preface ? `${preface}\n\n${prompt}` : prompt, reflectButtons(d, key))];
}

function after(key: string): ReflectKey {
  const i = REFLECT_QUESTIONS.findIndex((q) => q.key === key);
  return REFLECT_QUESTIONS[Math.min(i + 1, REFLECT_QUESTIONS.length - 1)]!.key;
}

/** Moves past the reflect question `key` (the Skip button, or "skip" typed). */
export function skipReflect(ctx: TurnContext, d: Debrief, key: string): Outbound[] {
  return ask(ctx, d, after(key));
}

/** Handles a typed answer while the reflect questions are open. */
export function continueReflect(ctx: TurnContext, d: Debrief, step: string, text: string): Outbound[] {
  const key = (REFLECT_QUESTIONS.some((q) => q.key === step) ? step : "wentWell") as ReflectKey;
  const word = controlWord(text);
  if (word === "cancel") {
    ctx.store.conversations.clear(ctx.user.id);
    return [say("All right, we'll leave it there. What you told me is kept with the debrief.")];
  }
  if (word === "done") return ask(ctx, d, "interest");
  if (word === "skip") return skipReflect(ctx, d, key);
  if (key === "interest") {
    const interest = INTEREST[text.trim().toLowerCase().replace(/[.!]+$/, "")];
    if (!interest) return ask(ctx, d, "interest", "Yes, unsure or no?");
    ctx.store.conversations.clear(ctx.user.id);
    return updateInterest(ctx, d, interest);
  }
  const answer = cleanAnswer(text, MAX_LONG).value;
  if (!answer) return ask(ctx, d, key, "I didn't catch an answer there. Type it, or _skip_.");
  ctx.store.interviews.setField(d.id, key, answer);
  // Unedited drafts are written again from the richer debrief; the user's own edits stay.
  ctx.store.letters.dropDrafts(d.id, ["thanks", "card"]);
  return ask(ctx, d, after(key), "Kept with your debrief; your letters will use it.");
}
