// What the Slack adapter itself says, in Afterword's voice.

/** The slash command Afterword answers. */
export const COMMAND = "/interview-done";

/** The slash command that logs an interview ahead. */
export const NEXT_COMMAND = "/interview-next";

/** Every slash command Afterword answers. */
export const COMMANDS = [COMMAND, NEXT_COMMAND] as const;

/** The ephemeral line `/interview-next` is acknowledged with when its form cannot open. */
export const NEXT_ACK = "Good to plan ahead. I'll meet you in our DM to log it.";

/** The ephemeral line the slash command is acknowledged with. */
export const COMMAND_ACK = "Well done getting through it. I'll meet you in our DM with a few quick questions while it's fresh.";

/** Said in the DM when the command could not be started (the database was busy, say). */
export const COMMAND_FAILED = "Sorry, I couldn't start that just now. Give it a minute and type the command again.";

/** Said in the DM when a click could not be saved (Slack does not resend clicks). */
export const ACTION_FAILED = "Sorry, I couldn't save that just now, so nothing changed. Please press the button again in a minute.";

/** Shown on the debrief form, which stays open with the user's answers, when it could not be saved. */
export const FORM_SAVE_FAILED = "I couldn't save this just now. Your answers are still here: press Continue again in a minute.";

/** Shown in the letter editor, which stays open with the user's text, when the letter could not be saved. */
export const LETTER_SAVE_FAILED = "I couldn't save your letter just now. Your text is still here: press Save again in a minute.";

/** Shown in the letter editor when its submission cannot be read. */
export const LETTER_UNREADABLE = "Something went wrong reading this letter. Close it and press Edit again.";
