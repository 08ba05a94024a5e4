import type { Activity } from "./bot-framework.js";
import { Actions } from "../../src/core/actions.js";
import type { Address, Inbound, UserRef } from "../../src/core/types.js";
import { encodeTeamsAddress } from "./address.js";
import { letterInputId } from "./render-adaptive-card.js";

/** What one Teams activity means to Afterword. */
export type TeamsIntent =
  | { kind: "inbound"; event: Inbound }
  | { kind: "welcome"; from: UserRef; name?: string; address: Address }
  | { kind: "help" }
  | { kind: "unknown-command"; command: string }
  | { kind: "uninstall"; from: UserRef }
  | { kind: "not-personal" }
  | { kind: "ignore"; why: string };

/** The tenant an activity comes from, as Teams states it. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  if (typeof fromChannelData === "string" && fromChannelData) return fromChannelData;
  const fromConversation = activity.conversation?.tenantId;
  return typeof fromConversation === "string" && fromConversation ? fromConversation : undefined;
}

/** Who sent an activity: tenant id (lower case: a GUID is one tenant whatever its case) and AAD object id (the Teams user id when there is none). */
export function userRefOf(activity: Partial<Activity>): UserRef {
  const from = activity.from;
  // The emulator sends no tenant; Teams always does.
  return { platform: "teams", tenant: tenantOf(activity)?.toLowerCase() ?? "no-tenant", user: from?.aadObjectId || from?.id || "unknown" };
}

/** The address to reach the sender later, from this activity's conversation reference. */
export function addressOf(activity: Partial<Activity>): Address {
  return encodeTeamsAddress({
    channelId: activity.channelId ?? "msteams",
    serviceUrl: activity.serviceUrl!,
    conversationId: activity.conversation!.id,
    tenantId: tenantOf(activity),
    botId: activity.recipient!.id,
    userId: activity.from!.id,
  });
}

// Zones already found valid: building a formatter to check one costs more than the rest of reading an activity.
const validZones = new Set<string>();

/** The sender's IANA time zone when Teams sent a valid one. */
export function timeZoneOf(activity: Partial<Activity>): string | undefined {
  const tz = activity.localTimezone;
  if (!tz) return undefined;
  if (validZones.has(tz)) return tz;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
  } catch {
    return undefined;
  }
  // A few hundred zones exist; anything past that is not worth remembering.
  if (validZones.size < 1000) validZones.add(tz);
  return tz;
}

/** True for a one-to-one chat with the bot (the emulator names no conversation type). */
export function isPersonal(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return !type || type === "personal";
}

/** The user's text with the bot's @mention removed. */
export function textWithoutMention(activity: Partial<Activity>): string {
  let text = activity.text ?? "";
  for (const e of activity.entities ?? []) {
    const mentioned = (e as { mentioned?: { id?: string }; text?: string }).mentioned;
    const at = (e as { text?: string }).text;
    if (e.type === "mention" && mentioned?.id === activity.recipient?.id && at) text = text.split(at).join(" ");
  }
  return text.replace(/<at>[^<]*<\/at>/gi, " ").replace(/\s+/g, " ").trim();
}

const COMMAND = /^\/?interview-(done|next)(?:$|[\s,:;]+([\s\S]*)$)/i;
// The engine's forms: their inputs arrive beside the action and the token.
const FORM_ACTIONS: string[] = [Actions.debriefForm, Actions.upcomingForm];
const SETTINGS = /^\/?settings$/i;
const HELP = /^\/?(help|\?)$/i;
// The engine's commands besides those above (it answers them typed with or without a slash);
// any other word after a slash is a command Afterword does not know.
// test/unit/adapters/teams/activity-to-inbound.test.ts reads the engine's routes and fails when one is missing here.
const ENGINE_COMMANDS = /^\/(home|heard[- ]back|(my )?letters)$/i;
const SLASH_WORD = /^\/([a-z][\w-]*)(?:\s|$)/i;

/** `interview-done …` or `interview-next …` typed as a message: the command and the text after it. */
function commandIn(text: string): { name: "interview-done" | "interview-next"; args: string } | undefined {
  const m = COMMAND.exec(text);
  if (!m) return undefined;
  return { name: m[1]!.toLowerCase() === "next" ? "interview-next" : "interview-done", args: (m[2] ?? "").trim() };
}

/** Translates one activity into what Afterword should do with it. */
export function readActivity(activity: Partial<Activity>, now: Date): TeamsIntent {
  const from = userRefOf(activity);
  const name = activity.from?.name || undefined;
  if (activity.type === "conversationUpdate") {
    const botAdded = (activity.membersAdded ?? []).some((m) => m.id === activity.recipient?.id);
    if (botAdded && isPersonal(activity)) return { kind: "welcome", from, name, address: addressOf(activity) };
    return { kind: "ignore", why: "conversation update without the bot joining a personal chat" };
  }
  if (activity.type === "installationUpdate") {
    if (activity.action === "remove") return { kind: "uninstall", from };
    // Teams sends this and the conversation update above for one install: the coach welcomes once.
    if (activity.action === "add" && isPersonal(activity)) return { kind: "welcome", from, name, address: addressOf(activity) };
    return { kind: "ignore", why: `installation update ${activity.action ?? ""}` };
  }
  if (activity.type !== "message") return { kind: "ignore", why: `activity type ${activity.type}` };
  if (!isPersonal(activity)) return { kind: "not-personal" };

  const base = {
    from,
    at: now,
    // Activity ids are millisecond timestamps: two users' can be equal. A redelivery keeps both parts.
    id: activity.id ? `${activity.conversation?.id ?? ""}|${activity.id}` : "",
    address: addressOf(activity),
    ...(timeZoneOf(activity) ? { tz: timeZoneOf(activity) } : {}),
    ...(name ? { displayName: name } : {}),
  };
  if (!base.id) return { kind: "ignore", why: "message without an id" };

  const value = activity.value as Record<string, unknown> | undefined;
  if (value && typeof value === "object" && typeof value.action === "string") {
    const actionValue = typeof value.value === "string" || typeof value.value === "number" ? String(value.value) : undefined;
    const edited = actionValue !== undefined ? value[letterInputId(actionValue)] : undefined;
    // A form's inputs arrive beside its action and token; the engine checks every one.
    const fields = FORM_ACTIONS.includes(value.action) ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== "action" && k !== "value")) : undefined;
    return {
      kind: "inbound",
      event: {
        ...base,
        kind: "action",
        action: value.action,
        ...(actionValue !== undefined ? { value: actionValue } : {}),
        ...(typeof edited === "string" ? { text: edited } : {}),
        ...(fields ? { fields } : {}),
      },
    };
  }

  const text = textWithoutMention(activity);
  if (!text) return { kind: "ignore", why: "message with no text and no card data" };
  const command = commandIn(text);
  // Teams has forms: the basics come back as one card (the debrief's, or logging ahead), the chat takes over after it.
  if (command) return { kind: "inbound", event: { ...base, kind: "command", ...command, forms: true } };
  // Through the engine rather than coach.home(): the address is refreshed and the id recorded like any turn.
  if (SETTINGS.test(text)) return { kind: "inbound", event: { ...base, kind: "action", action: Actions.home } };
  // Answered by the adapter in any state, even mid-debrief (where the engine reads every line as an answer).
  if (HELP.test(text)) return { kind: "help" };
  const slash = SLASH_WORD.exec(text);
  if (slash && !ENGINE_COMMANDS.test(text.trim())) return { kind: "unknown-command", command: slash[1]!.slice(0, 40) };
  return { kind: "inbound", event: { ...base, kind: "text", text } };
}
