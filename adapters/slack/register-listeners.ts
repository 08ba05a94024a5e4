// Wires Slack's commands, events and interactions to the adapter's parts; each listener lives in listeners/.
import type { App } from "@slack/bolt";
import { listenForActions } from "./listeners/action.js";
import { listenForCommand } from "./listeners/command.js";
import { listenForMessages } from "./listeners/message.js";
import { listenForViews } from "./listeners/views.js";
import { listenForWorkspaceEvents } from "./listeners/workspace-events.js";
import { isNotInstalled } from "./oauth/sqlite-installation-store.js";
import type { SlackParts } from "./slack-parts.js";
import { isLockedStorage, isStorageFailure } from "./turn-runner.js";

export { ACTION_FAILED, COMMAND, COMMAND_ACK, COMMAND_FAILED, FORM_SAVE_FAILED, LETTER_SAVE_FAILED } from "./listeners/lines.js";

/** Registers every listener; each returns as soon as its turn is committed. */
export function registerListeners(app: App, parts: SlackParts): void {
  listenForCommand(app, parts);
  listenForMessages(app, parts);
  listenForActions(app, parts);
  listenForViews(app, parts);
  listenForWorkspaceEvents(app, parts);
  app.error(async (error) => {
    // Bolt answers these 401 (its convention for a workspace without installation data).
    if (isNotInstalled(error)) parts.log.warn({ err: error }, "slack request from a workspace Afterword has no installation for; answered 401 (it can be installed at /slack/install)");
    else if (isStorageFailure(error)) parts.log.warn({ err: error, locked: isLockedStorage(error) }, "slack turn not saved: the database is unavailable; answered 500 so Slack retries");
    else parts.log.error({ err: error }, "slack turn failed; Slack will be told so it retries");
    throw error;
  });
}
