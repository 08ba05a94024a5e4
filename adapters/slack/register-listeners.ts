import type { App } from "@slack/bolt";
import type { Clock } from "../../src/core/types.js";
import type { Logger } from "../../src/logger.js";
import { baseActionId, SlackActionIds } from "./render-block-kit.js";
import { FORM_MODAL_ID } from "./render-form-modal.js";
import { LETTER_MODAL_ID } from "./render-letter-modal.js";
import { isLockedStorage, isStorageFailure, type SlackTurns } from "./slack-turns.js";
import {
  actionToInbound,
  commandIds,
  commandToInbound,
  deliveryId,
  eventTeam,
  formSubmissionToInbound,
  interactionUser,
  letterSubmissionToInbound,
  messageToInbound,
  slackId,
  type ActionPayload,
  type CommandPayload,
  type EventBody,
  type InteractionBody,
} from "./to-inbound.js";
import { encodeSlackAddress } from "./address.js";
import { isNotInstalled } from "./oauth/sqlite-installation-store.js";

/** The enterprise of an org-wide install an event came from, if it did. */
function orgWideEnterprise(body: unknown): string | undefined {
  const b = body as { is_enterprise_install?: unknown; enterprise_id?: unknown; authorizations?: { is_enterprise_install?: unknown; enterprise_id?: unknown }[] };
  const auth = Array.isArray(b.authorizations) ? b.authorizations[0] : undefined;
  const org = b.is_enterprise_install === true || auth?.is_enterprise_install === true;
  const id = auth?.enterprise_id ?? b.enterprise_id;
  return org && typeof id === "string" && id ? id : undefined;
}

/** The slash command Afterword answers. */
export const COMMAND = "/interview-done";

/** The ephemeral line the slash command is acknowledged with, in Afterword's voice. */
export const COMMAND_ACK = "Well done getting through it. I'll meet you in our DM with a few quick questions while it's fresh.";

/** Said in the DM when the command could not be started (the database was busy, say). */
export const COMMAND_FAILED = "Sorry, I couldn't start that just now. Give it a minute and type /interview-done again.";

/** Said in the DM when a click could not be saved (Slack does not resend clicks). */
export const ACTION_FAILED = "Sorry, I couldn't save that just now, so nothing changed. Please press the button again in a minute.";

/** Shown on the debrief form, which stays open with the user's answers, when it could not be saved. */
export const FORM_SAVE_FAILED = "I couldn't save this just now. Your answers are still here: press Continue again in a minute.";
// Where that line shows: the form's first field.
const FORM_ERROR_BLOCK = "company";

/** Shown in the letter editor, which stays open with the user's text, when the letter could not be saved. */
export const LETTER_SAVE_FAILED = "I couldn't save your letter just now. Your text is still here: press Save again in a minute.";

/** Wires Slack's commands, events and interactions to the turns; each listener returns as soon as the turn is committed. */
export function registerListeners(app: App, turns: SlackTurns, clock: Clock, logger: Logger): void {
  app.command(COMMAND, async ({ command, ack, context }) => {
    const cmd = command as CommandPayload;
    const ids = commandIds(cmd);
    // Slack always names the workspace, the user and a trigger; a payload without them is not Slack's.
    if (!ids) return void (await ack());
    const { from } = ids;
    // The form first, before anything slow: the trigger id is only good for three seconds.
    const form = turns.forms.debriefForm(from, cmd);
    if (form) {
      await ack();
      if (await turns.forms.open(from, form, ids.trigger)) return;
    } else await ack({ response_type: "ephemeral", text: COMMAND_ACK });
    const at = clock();
    if (turns.isReplay(ids.trigger, context.retryNum)) return;
    // Acknowledged at once (Slack shows the line above); the DM is opened and the debrief
    // started in the user's queue so the acknowledgement never waits on Slack's API.
    turns.queues.run(turns.key(from), async () => {
      const channel = await turns.dmChannel(from);
      const profile = await turns.profileIfNeeded(from, true);
      const address = encodeSlackAddress({ team: cmd.team_id, channel });
      let outs;
      try {
        // Slack never resends a slash command: while the database is locked, keep trying here.
        outs = await turns.applyPatiently(commandToInbound(cmd, at, { address, ...profile }));
      } catch (err) {
        // The user already saw "I'll meet you in our DM": tell them there, rather than go quiet.
        await turns.reply(from.tenant, channel, [{ text: COMMAND_FAILED, blocks: [] }]);
        throw err;
      }
      await turns.reply(from.tenant, channel, outs);
    });
  });

  // A command Afterword does not know (a renamed command in the manifest) still gets a quick answer.
  app.command(new RegExp(`^(?!${COMMAND}$)/`), async ({ ack }) => {
    await ack({ response_type: "ephemeral", text: `I only know ${COMMAND}. Type it after an interview and I'll take it from there.` });
  });

  app.event("message", async ({ body, context }) => {
    const b = body as unknown as EventBody;
    const first = messageToInbound(b, clock(), context.botUserId);
    if (!first || turns.isReplay(first.id, context.retryNum)) return;
    const profile = await turns.profileIfNeeded(first.from, false);
    const event = messageToInbound(b, first.at, context.botUserId, profile)!;
    const channel = (b.event as unknown as { channel: string }).channel;
    let outs;
    try {
      outs = await turns.apply(event);
    } catch (err) {
      // Answered with a 500, so Slack delivers the message again; the user hears why if it drags on.
      if (isStorageFailure(err)) turns.storageTrouble(event.from, channel, context.retryNum);
      throw err;
    }
    turns.replyLater(event.from, outs, channel);
  });

  app.action(/.+/, async ({ body, action, ack, context }) => {
    await ack();
    const b = body as unknown as InteractionBody;
    const a = action as unknown as ActionPayload;
    const from = interactionUser(b);
    const actionId = baseActionId(typeof a.action_id === "string" ? a.action_id : "");
    if (!from || b.type !== "block_actions" || actionId === SlackActionIds.openEmail) return;
    // Replies go to the user's own DM (stored, or opened for them), never to the click's container.
    if (actionId === SlackActionIds.letterEdit) {
      const letterId = a.value;
      const trigger = deliveryId(b.trigger_id);
      if (trigger && typeof letterId === "string" && letterId) turns.queues.now(() => turns.openLetterEditor(from, letterId, trigger));
      return;
    }
    const at = clock();
    const id = actionToInbound(b, a, at)!.id;
    if (turns.isReplay(id, context.retryNum)) return;
    const cached = turns.cachedDm(from);
    const address = cached ? encodeSlackAddress({ team: from.tenant, channel: cached }) : undefined;
    const profile = await turns.profileIfNeeded(from, false);
    const event = actionToInbound(b, a, at, { ...(address ? { address } : {}), ...profile })!;
    const fromHome = b.container?.type === "view";
    const touchesHome = fromHome || /^(settings|data)\./.test(actionId);
    const then = touchesHome ? () => turns.publishHome(from) : undefined;
    let outs;
    try {
      outs = await turns.apply(event);
    } catch (err) {
      // Slack does not resend clicks: finish it in the background, or tell the user it did not take.
      if (!isStorageFailure(err)) throw err;
      turns.applyLater(from, event, err, ACTION_FAILED, undefined, then);
      return;
    }
    turns.replyLater(from, outs, undefined, then);
  });

  app.view(LETTER_MODAL_ID, async ({ body, ack, context }) => {
    const b = body as unknown as InteractionBody;
    const from = interactionUser(b);
    if (!from) return ack();
    const cached = turns.cachedDm(from);
    const address = cached ? encodeSlackAddress({ team: from.tenant, channel: cached }) : undefined;
    const parsed = letterSubmissionToInbound(b, clock(), address ? { address } : {});
    if (!parsed) {
      await ack({ response_action: "errors", errors: { "letter-body-0": "Something went wrong reading this letter. Close it and press Edit again." } });
      return;
    }
    if (turns.isReplay(parsed.event.id, context.retryNum)) return ack();
    let outs;
    try {
      outs = await turns.apply(parsed.event);
    } catch (err) {
      // Keep the editor open with the user's text rather than lose an edit Slack will not resend.
      if (!isStorageFailure(err)) throw err;
      await ack({ response_action: "errors", errors: { "letter-body-0": LETTER_SAVE_FAILED } });
      return;
    }
    await ack();
    turns.replyLater(from, outs);
  });

  app.view(FORM_MODAL_ID, async ({ body, ack, context }) => {
    const b = body as unknown as InteractionBody;
    const from = interactionUser(b);
    if (!from) return ack();
    const cached = turns.cachedDm(from);
    const address = cached ? encodeSlackAddress({ team: from.tenant, channel: cached }) : undefined;
    const first = formSubmissionToInbound(b, clock());
    if (turns.isReplay(first.id, context.retryNum)) return ack();
    // Capped so the acknowledgement stays inside Slack's three seconds; the zone reads the form's day and time.
    const profile = await turns.profileIfNeeded(from, false);
    const event = formSubmissionToInbound(b, first.at, { ...(address ? { address } : {}), ...profile });
    let outs;
    try {
      // Acknowledged only once the debrief is committed: a modal Slack closed is a form it will not resend.
      outs = await turns.apply(event);
    } catch (err) {
      if (!isStorageFailure(err)) throw err;
      await ack({ response_action: "errors", errors: { [FORM_ERROR_BLOCK]: FORM_SAVE_FAILED } });
      return;
    }
    await ack();
    turns.replyLater(from, outs);
  });

  app.event("app_home_opened", async ({ event, body }) => {
    const team = eventTeam(body as unknown as EventBody);
    const user = slackId(event.user);
    if (event.tab !== "home" || !team || !user) return;
    const from = { platform: "slack" as const, tenant: team, user };
    turns.queues.run(turns.key(from), async () => {
      await turns.refreshProfile(from);
      await turns.publishHome(from);
    });
  });

  for (const name of ["app_uninstalled", "tokens_revoked"] as const) {
    app.event(name, async ({ body, event }) => {
      const team = eventTeam(body as unknown as EventBody);
      if (!team) return;
      const tokens = (event as { tokens?: { bot?: unknown } }).tokens;
      // Only this app's bot token revoked ends the workspace; a user token alone is not an uninstall.
      if (name === "tokens_revoked" && !turns.revokesOurBot(team, tokens?.bot)) return;
      turns.forgetWorkspace(team, name, orgWideEnterprise(body), deliveryId((body as unknown as EventBody).event_id));
    });
  }

  app.error(async (error) => {
    // Bolt answers these 401 (its convention for a workspace without installation data).
    if (isNotInstalled(error)) logger.warn({ err: error }, "slack request from a workspace Afterword has no installation for; answered 401 (it can be installed at /slack/install)");
    else if (isStorageFailure(error)) logger.warn({ err: error, locked: isLockedStorage(error) }, "slack turn not saved: the database is unavailable; answered 500 so Slack retries");
    else logger.error({ err: error }, "slack turn failed; Slack will be told so it retries");
    throw error;
  });
}
