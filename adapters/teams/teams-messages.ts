// The few messages the Teams adapter writes itself; everything else comes from the engine.
import type { Outbound } from "../../src/core/types.js";

/** The first message in a new personal chat: what Afterword does and the two words it knows. */
export function welcomeMessage(name?: string): Outbound {
  const first = name?.trim().split(/\s+/)[0];
  const markdown = [
    `Hi${first ? ` ${first}` : ""}! I'm *Afterword*. Right after a job interview I help you write down what happened while it's fresh, draft your thank-you notes, and remind you to follow up at the right moments: once, politely, never nagging.`,
    "",
    "When you come out of an interview, type *interview-done*. You can add what you know already, for example _interview-done Acme, Staff Engineer, with Dana Li_.",
    "",
    "Type *settings* any time for your nudge hours, to pause reminders, or to export or delete your data.",
  ].join("\n");
  return {
    text: `Hi${first ? ` ${first}` : ""}! I'm Afterword. After an interview, type interview-done and I'll help you debrief and follow up.`,
    blocks: [{ type: "text", markdown }],
  };
}

/** The answer in a channel or group chat: interview notes stay in the one-to-one chat. */
export function notPersonalMessage(): Outbound {
  return {
    text: "I only work in our one-to-one chat, so your interview notes stay private.",
    blocks: [
      {
        type: "text",
        markdown: "I only work in our one-to-one chat, so your interview notes stay private. Open a chat with me and type *interview-done*.",
      },
    ],
  };
}

/** The answer when a turn failed: nothing was stored, so the user can simply send it again. */
export function apologyMessage(): Outbound {
  const text = "Sorry, I couldn't take that just now. Please send it again in a moment.";
  return { text, blocks: [{ type: "text", markdown: text }] };
}
