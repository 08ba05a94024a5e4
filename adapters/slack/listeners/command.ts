// /interview-done and /interview-next: the form first (its trigger lasts three seconds), else the chat in the DM.
import type { App } from "@slack/bolt";
import { encodeSlackAddress } from "../address.js";
import type { SlackParts } from "../slack-parts.js";
import { commandIds, commandToInbound, type CommandPayload } from "../to-inbound.js";
import { COMMAND, COMMAND_ACK, COMMAND_FAILED, COMMANDS, NEXT_ACK, NEXT_COMMAND } from "./lines.js";

/** Listens for the slash commands, and answers any other command with a pointer to them. */
export function listenForCommand(app: App, parts: SlackParts): void {
  for (const name of COMMANDS) listenFor(app, parts, name);

  // A command Afterword does not know (a renamed command in the manifest) still gets a quick answer.
  app.command(new RegExp(`^(?!(?:${COMMANDS.join("|")})$)/`), async ({ ack }) => {
    await ack({ response_type: "ephemeral", text: `I only know ${COMMAND} (after an interview) and ${NEXT_COMMAND} (before one). Type one and I'll take it from there.` });
  });
}

function listenFor(app: App, parts: SlackParts, name: (typeof COMMANDS)[number]): void {
  app.command(name, async ({ command, ack, context }) => {
    const cmd = { ...(command as CommandPayload), command: name };
    const ids = commandIds(cmd);
    // Slack always names the workspace, the user and a trigger; a payload without them is not Slack's.
    if (!ids) return void (await ack());
    const { from } = ids;
    const form = name === NEXT_COMMAND ? parts.forms.upcomingForm(from, cmd) : parts.forms.debriefForm(from, cmd);
    if (form) {
      await ack();
      if (await parts.forms.open(from, form, ids.trigger)) return;
    } else await ack({ response_type: "ephemeral", text: name === NEXT_COMMAND ? NEXT_ACK : COMMAND_ACK });
    const at = parts.clock();
    if (parts.runner.isReplay(ids.trigger, context.retryNum)) return;
    // The DM is opened and the debrief started in the user's queue, so the acknowledgement never waits on Slack's API.
    parts.replies.run(from, async () => {
      const channel = await parts.dms.dmChannel(from);
      const profile = await parts.profiles.ifNeeded(from, true);
      const address = encodeSlackAddress({ team: from.tenant, channel });
      let outs;
      try {
        // Slack never resends a slash command: while the database is locked, keep trying here.
        outs = await parts.runner.applyPatiently(commandToInbound(cmd, at, { address, ...profile }));
      } catch (err) {
        // The user already saw "I'll meet you in our DM": tell them there, rather than go quiet.
        await parts.replies.reply(from.tenant, channel, [{ text: COMMAND_FAILED, blocks: [] }]);
        throw err;
      }
      await parts.replies.reply(from.tenant, channel, outs);
    });
  });
}
