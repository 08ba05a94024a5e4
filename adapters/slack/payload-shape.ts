// Bolt reads a signed payload's structure before any listener runs (to find its type, team,
// user and channel) and throws a TypeError, answered 500, when a field it expects to be an
// object is null, a string or missing. Slack never sends such payloads; a forged or broken one
// gets a 400 here instead, before Bolt looks at it.
import { AfterwordError, ErrorCode } from "../../src/core/errors.js";

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const INTERACTIONS = new Set(["block_actions", "interactive_message", "view_submission", "view_closed", "shortcut", "message_action", "block_suggestion", "dialog_submission", "dialog_suggestion"]);

/** What is wrong with a parsed Slack payload for Bolt to read it, or undefined when nothing is. */
export function slackPayloadProblem(body: unknown): string | undefined {
  if (!isObject(body)) return "the payload is not an object";
  if (body.event !== undefined) {
    const event = body.event;
    if (!isObject(event)) return "event is not an object";
    if ("channel" in event && typeof event.channel !== "string" && !isObject(event.channel)) return "event.channel is neither an id nor an object";
    if ("user" in event && typeof event.user !== "string" && !isObject(event.user)) return "event.user is neither an id nor an object";
    if ("item" in event && !isObject(event.item)) return "event.item is not an object";
    if ("subteam" in event && !isObject(event.subteam)) return "event.subteam is not an object";
    if (body.authorizations !== undefined) {
      if (!Array.isArray(body.authorizations)) return "authorizations is not a list";
      if (body.authorizations[0] !== undefined && !isObject(body.authorizations[0])) return "authorizations[0] is not an object";
    }
    return undefined;
  }
  if (body.command !== undefined) return typeof body.command === "string" ? undefined : "command is not a string";
  const type = body.type;
  const interaction = body.actions !== undefined || body.name !== undefined || (typeof type === "string" && INTERACTIONS.has(type));
  if (!interaction) return undefined;
  if (!isObject(body.user)) return "user is not an object";
  for (const key of ["channel", "team", "enterprise", "container", "message"] as const) {
    if (body[key] !== undefined && body[key] !== null && !isObject(body[key])) return `${key} is not an object`;
  }
  if (body.channel === null) return "channel is null";
  if (body.actions !== undefined && (!Array.isArray(body.actions) || !body.actions.every(isObject))) return "actions is not a list of objects";
  if ((type === "view_submission" || type === "view_closed") && !isObject(body.view)) return "view is not an object";
  if (body.view !== undefined && body.view !== null && !isObject(body.view)) return "view is not an object";
  return undefined;
}

/** A payload refused before Bolt reads it: answered 400. */
export class MalformedSlackPayloadError extends AfterwordError {
  readonly status = 400;
  constructor(problem: string) {
    super(ErrorCode.SlackMalformedPayload, `malformed Slack payload: ${problem}`);
    this.name = "MalformedSlackPayloadError";
  }
}
