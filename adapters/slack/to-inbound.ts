// Slack payloads → neutral Inbound events. Pure: no I/O, so the recorded fixtures test them.
import { Actions } from "../../src/core/actions.js";
import type { Address, Inbound, UserRef } from "../../src/core/types.js";
import { encodeSlackAddress } from "./address.js";
import { slackTextToPlain } from "./mrkdwn.js";
import { baseActionId } from "./render-block-kit.js";
import { readLetterModal } from "./render-letter-modal.js";

/** What the adapter learnt about the user besides the payload. */
export interface Facts {
  address?: Address;
  tz?: string;
  name?: string;
}

/** A slash command payload (the fields Afterword reads). */
export interface CommandPayload {
  team_id: string;
  user_id: string;
  text?: string;
  trigger_id: string;
  channel_id?: string;
}

/** A message event as it arrives in an event_callback. */
export interface MessageEvent {
  type: string;
  subtype?: string;
  channel_type?: string;
  channel?: string;
  user?: string;
  bot_id?: string;
  bot_profile?: unknown;
  text?: string;
  ts?: string;
}

/** An event_callback envelope (the fields Afterword reads). */
export interface EventBody {
  team_id?: string;
  event_id?: string;
  authorizations?: { team_id?: string | null }[];
  event: { type: string } & Record<string, unknown>;
}

/** One element of a block_actions payload. */
export interface ActionPayload {
  action_id: string;
  value?: string;
  selected_option?: { value?: string } | null;
  action_ts?: string;
}

/** A block_actions or view_submission payload (the fields Afterword reads). */
export interface InteractionBody {
  type: string;
  team?: { id: string } | null;
  user: { id: string; team_id?: string };
  trigger_id?: string;
  container?: { type?: string; channel_id?: string; message_ts?: string; view_id?: string };
  view?: { id?: string; team_id?: string; hash?: string; private_metadata?: string; state?: { values?: Record<string, Record<string, { value?: string | null }>> } };
}

function withFacts<T extends Inbound>(event: T, facts: Facts): T {
  if (facts.address) event.address = facts.address;
  if (facts.tz) event.tz = facts.tz;
  if (facts.name) event.name = facts.name;
  return event;
}

function ref(tenant: string, user: string): UserRef {
  return { platform: "slack", tenant, user };
}

/** The workspace of an event_callback. */
export function eventTeam(body: EventBody): string | undefined {
  return body.team_id ?? body.authorizations?.[0]?.team_id ?? undefined;
}

/** The workspace and user of an interaction (enterprise installs send `team: null`). */
export function interactionUser(body: InteractionBody): UserRef | undefined {
  const team = body.team?.id ?? body.user.team_id ?? body.view?.team_id;
  return team ? ref(team, body.user.id) : undefined;
}

/** `/interview-done [text]` → a command event; the trigger id is its delivery id. */
export function commandToInbound(cmd: CommandPayload, at: Date, facts: Facts = {}): Inbound {
  return withFacts(
    { kind: "command", name: "interview-done", args: slackTextToPlain(cmd.text ?? "").trim(), from: ref(cmd.team_id, cmd.user_id), at, id: cmd.trigger_id },
    facts,
  );
}

/** The user's own words in their DM with the bot; undefined for anything to ignore (bots, edits, joins, channels). */
export function dmMessage(event: MessageEvent, botUserId?: string): { user: string; channel: string; text: string } | undefined {
  if (event.type !== "message" || event.channel_type !== "im" || event.subtype !== undefined) return undefined;
  if (event.bot_id || event.bot_profile || !event.user || event.user === botUserId || !event.channel) return undefined;
  const text = slackTextToPlain(event.text ?? "").trim();
  return text ? { user: event.user, channel: event.channel, text } : undefined;
}

/** A DM message event → a text event; its address is that DM. Undefined when it must be ignored. */
export function messageToInbound(body: EventBody, at: Date, botUserId?: string, facts: Facts = {}): Inbound | undefined {
  const team = eventTeam(body);
  const event = body.event as MessageEvent;
  const dm = dmMessage(event, botUserId);
  if (!team || !dm) return undefined;
  const id = body.event_id ?? `${dm.channel}:${event.ts}`;
  const address = encodeSlackAddress({ team, channel: dm.channel });
  return withFacts({ kind: "text", text: dm.text, from: ref(team, dm.user), at, id }, { ...facts, address });
}

/** The DM channel a click came from, when it came from the DM. */
export function interactionDm(body: InteractionBody): string | undefined {
  const channel = body.container?.channel_id;
  return channel?.startsWith("D") ? channel : undefined;
}

/** A button (or select) click → an action event; the engine's id comes back without the `~n` suffix. */
export function actionToInbound(body: InteractionBody, action: ActionPayload, at: Date, facts: Facts = {}): Inbound | undefined {
  const from = interactionUser(body);
  if (!from) return undefined;
  const value = action.value ?? action.selected_option?.value ?? undefined;
  const id = body.trigger_id ?? `${body.container?.message_ts ?? body.container?.view_id}:${action.action_ts}`;
  const dm = interactionDm(body);
  const address = dm ? encodeSlackAddress({ team: from.tenant, channel: dm }) : facts.address;
  const event: Inbound = { kind: "action", action: baseActionId(action.action_id), from, at, id };
  if (value !== undefined) event.value = value;
  return withFacts(event, { ...facts, ...(address ? { address } : {}) });
}

/** The letter editor's submission → `letter.save` with the letter id and the edited text. */
export function letterSubmissionToInbound(body: InteractionBody, at: Date, facts: Facts = {}): { event: Inbound; channel?: string } | undefined {
  const from = interactionUser(body);
  const read = body.view ? readLetterModal(body.view) : undefined;
  if (!from || !read) return undefined;
  const id = body.trigger_id ?? `${body.view?.id}:${body.view?.hash}`;
  const event: Inbound = { kind: "action", action: Actions.letterSave, value: read.meta.letterId, text: read.text, from, at, id };
  return { event: withFacts(event, facts), ...(read.meta.channel ? { channel: read.meta.channel } : {}) };
}
