// The few messages the Teams adapter writes itself; everything else comes from the engine.
import type { Outbound } from "../../src/core/types.js";

/** The first message in a new personal chat: what Afterword does and the two words it knows. */
export function welcomeMessage(name?: string): Outbound {
  const first = name?.trim().split(/\s+/)[0];
  const markdown = [
    `Hi${first ? ` ${first}` : ""}! I'm *Afterword*. Right after a job interview I help you write down what happened while it's fresh, draft your thank-you notes, and remind you to follow up at the right moments: once, politely, never nagging.`,
    "",
    "When you come out of an interview, type *interview-done*. You can add what you know already, for example _interview-done Acme, Staff Engineer, with Dana Li_. Know about one ahead? Type *interview-next* and I'll send a short plan the evening before.",
    "",
    "Type *settings* any time for your interviews and letters, your time zone and nudge hours, to pause reminders, or to export or delete your data, and *help* to see everything I understand.",
  ].join("\n");
  return {
    text: `Hi${first ? ` ${first}` : ""}! I'm Afterword. After an interview, type interview-done and I'll help you debrief and follow up.`,
    blocks: [{ type: "text", markdown }],
  };
}

// What a person can type in Teams, as the help and the unknown-command answer both list it.
const COMMAND_LIST = [
  "- *interview-next* before an interview, to log it ahead: a short plan the evening before, and I ask how it went right after. _interview-next Acme, Staff Engineer, Thursday 3pm, with Dana Li_",
  "- *interview-done* after an interview, to debrief it while it's fresh. Add what you know already: _interview-done Acme, Staff Engineer, with Dana Li_",
  "- *heard-back* when a company gets back to you, so I stop or change the follow-ups",
  "- *letters* for every letter of your open interviews, drafted or sent",
  "- *settings* for your interviews (each saved debrief) and letters, your time zone, holidays and nudge hours, to pause reminders, undo a step of the last day, or to export or delete your data",
  "- *help* for this list",
];

/** The answer to `help`, in any state: what Afterword does and every command, as typed in Teams. */
export function helpMessage(): Outbound {
  const markdown = [
    "I'm *Afterword*. I help you follow up after a job interview: a short debrief while it's fresh, a thank-you note drafted for each interviewer the next morning, one polite check-in if you hear nothing, and then I let it go.",
    "",
    "Here's what you can type:",
    ...COMMAND_LIST,
    "",
    "If we were partway through a debrief, your next message still answers my last question.",
  ].join("\n");
  return { text: "I'm Afterword. Type interview-done after an interview, heard-back when a company replies, settings for your reminders and data, help for this list.", blocks: [{ type: "text", markdown }] };
}

/** The answer to a slash command Afterword does not know: nothing was done, and what it does know. */
export function unknownCommandMessage(command: string): Outbound {
  const shown = command.replace(/[^\w-]/g, "");
  const markdown = [`I don't know /${shown}, so I've left everything as it was. Here's what I understand:`, ...COMMAND_LIST].join("\n");
  return { text: `I don't know /${shown}. Type help to see what I understand.`, blocks: [{ type: "text", markdown }] };
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
