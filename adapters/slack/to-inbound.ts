// Slack payloads → neutral Inbound events. Pure: no I/O, so the recorded fixtures test them.
import { Actions } from "../../src/core/actions.js";
import type { Address, Inbound, UserRef } from "../../src/core/types.js";
import { encodeSlackAddress } from "./address.js";
import { slackTextToPlain } from "./mrkdwn.js";
import { baseActionId } from "./render-block-kit.js";
import { readFormModal } from "./render-form-modal.js";
import { readLetterModal } from "./render-letter-modal.js";

/** What the adapter learnt about the user besides the payload. */
export interface Facts {
  address?: Address;
  tz?: string;
  name?: string;
}

/** A slash command payload (the fields Afterword reads). */
export interface CommandPayload {
  /** `/interview-done` or `/interview-next`. */
  command?: string;
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

// Slack's ids (team, user, channel) are short runs of letters and digits. Anything else in a
// signed payload is malformed (or hostile) and is ignored rather than stored or sent anywhere.
const SLACK_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A Slack id as Slack writes them, or undefined for anything else. */
export function slackId(value: unknown): string | undefined {
  return typeof value === "string" && SLACK_ID.test(value) ? value : undefined;
}

/** A delivery id (event id, trigger id): a non-empty string of sane length, or undefined. */
export function deliveryId(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 && value.length <= 255 ? value : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Adds what the adapter knows of the user (stored DM, zone, name) to an event read from a payload. */
export function withFacts<T extends Inbound>(event: T, facts: Facts): T {
  if (facts.address) event.address = facts.address;
  if (facts.tz) event.tz = facts.tz;
  if (facts.name) event.displayName = facts.name;
  return event;
}

function ref(tenant: string, user: string): UserRef {
  return { platform: "slack", tenant, user };
}

/** The workspace of an event_callback. */
export function eventTeam(body: EventBody): string | undefined {
  const first = Array.isArray(body.authorizations) ? body.authorizations[0] : undefined;
  return slackId(body.team_id) ?? slackId(first?.team_id);
}

/** The workspace and user of an interaction (enterprise installs send `team: null`); undefined when either is missing or malformed. */
export function interactionUser(body: InteractionBody): UserRef | undefined {
  const user = slackId(body.user?.id);
  const team = slackId(body.team?.id) ?? slackId(body.user?.team_id) ?? slackId(body.view?.team_id);
  return team && user ? ref(team, user) : undefined;
}

/** A slash command's workspace, user and trigger id, when all are well-formed. */
export function commandIds(cmd: Partial<CommandPayload>): { from: UserRef; trigger: string } | undefined {
  const team = slackId(cmd.team_id);
  const user = slackId(cmd.user_id);
  const trigger = deliveryId(cmd.trigger_id);
  return team && user && trigger ? { from: ref(team, user), trigger } : undefined;
}

/** `/interview-done [text]` → a command event; the trigger id is its delivery id. */
export function commandToInbound(cmd: CommandPayload, at: Date, facts: Facts = {}): Inbound {
  return withFacts(
    { kind: "command", name: cmd.command === "/interview-next" ? "interview-next" : "interview-done", args: slackTextToPlain(text(cmd.text) ?? "").trim(), from: ref(cmd.team_id, cmd.user_id), at, id: cmd.trigger_id },
    facts,
  );
}

/** The user's own words in their DM with the bot; undefined for anything to ignore (bots, edits, joins, channels). */
export function dmMessage(event: MessageEvent, botUserId?: string): { user: string; channel: string; text: string } | undefined {
  if (!event || event.type !== "message" || event.channel_type !== "im" || event.subtype !== undefined) return undefined;
  const user = slackId(event.user);
  const channel = slackId(event.channel);
  if (event.bot_id || event.bot_profile || !user || user === botUserId || !channel) return undefined;
  const said = slackTextToPlain(text(event.text) ?? "").trim();
  return said ? { user, channel, text: said } : undefined;
}

/** A DM message event → a text event; its address is that DM. Undefined when it must be ignored. */
export function messageToInbound(body: EventBody, at: Date, botUserId?: string, facts: Facts = {}): Inbound | undefined {
  const team = eventTeam(body);
  const event = body.event as MessageEvent;
  const dm = dmMessage(event, botUserId);
  if (!team || !dm) return undefined;
  const id = deliveryId(body.event_id) ?? `${dm.channel}:${text(event.ts) ?? ""}`;
  const address = encodeSlackAddress({ team, channel: dm.channel });
  return withFacts({ kind: "text", text: dm.text, from: ref(team, dm.user), at, id }, { ...facts, address });
}

/** A button (or select) click → an action event; the engine's id comes back without the `~n` suffix. */
export function actionToInbound(body: InteractionBody, action: ActionPayload, at: Date, facts: Facts = {}): Inbound | undefined {
  const from = interactionUser(body);
  if (!from) return undefined;
  const value = text(action.value) ?? text(action.selected_option?.value);
  const id = deliveryId(body.trigger_id) ?? `${text(body.container?.message_ts) ?? text(body.container?.view_id) ?? ""}:${text(action.action_ts) ?? ""}`;
  const event: Inbound = { kind: "action", action: baseActionId(text(action.action_id) ?? ""), from, at, id };
  if (value !== undefined) event.value = value;
  // The address is the one the adapter knows (the stored DM), never the click's container: a
  // payload does not get to say where replies go.
  return withFacts(event, facts);
}

/** The letter editor's submission → `letter.save` with the letter id and the edited text. */
export function letterSubmissionToInbound(body: InteractionBody, at: Date, facts: Facts = {}): { event: Inbound } | undefined {
  const from = interactionUser(body);
  let read: ReturnType<typeof readLetterModal>;
  try {
    read = body.view && typeof body.view === "object" ? readLetterModal(body.view) : undefined;
  } catch {
    // A view whose inputs are not strings is not one of Afterword's letter editors.
    read = undefined;
  }
  if (!from || !read || typeof read.text !== "string") return undefined;
  const id = deliveryId(body.trigger_id) ?? `${text(body.view?.id) ?? ""}:${text(body.view?.hash) ?? ""}`;
  const event: Inbound = { kind: "action", action: Actions.letterSave, value: read.meta.letterId, text: read.text, from, at, id };
  return { event: withFacts(event, facts) };
}

/** A submitted form modal → the form's submit action with its token and answers; the engine checks them all. */
export function formSubmissionToInbound(body: InteractionBody, at: Date, facts: Facts = {}): Inbound {
  const from = interactionUser(body)!;
  let read: ReturnType<typeof readFormModal>;
  try {
    read = body.view && typeof body.view === "object" ? readFormModal(body.view as Parameters<typeof readFormModal>[0]) : undefined;
  } catch {
    read = undefined;
  }
  const id = deliveryId(body.trigger_id) ?? `${text(body.view?.id) ?? ""}:${text(body.view?.hash) ?? ""}`;
  // Only the engine's two forms exist; whatever else the metadata says, a submission is the debrief form's.
  const action = read?.meta.submit === Actions.upcomingForm ? Actions.upcomingForm : Actions.debriefForm;
  const event: Inbound = { kind: "action", action, from, at, id, fields: read?.fields };
  if (read?.meta.token) event.value = read.meta.token;
  return withFacts(event, facts);
}
