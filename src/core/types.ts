// The neutral types: the seam every adapter implements. Nothing here knows a chat platform.
import { AfterwordError, ErrorCode } from "./errors.js";

/** Which front door a user came through. */
export type Platform = "slack" | "teams" | "console";

/** Who: unique across workspaces and tenants. */
export interface UserRef {
  platform: Platform;
  tenant: string;
  user: string;
}

/** Where to reach a user later: opaque, encoded and decoded only by its adapter. */
export type Address = `${Platform}:${string}`;

/** Fields every inbound event carries. */
interface InboundBase {
  from: UserRef;
  at: Date;
  /** The platform's delivery id (Slack event_id / trigger id, Teams activity id): applied once. */
  id: string;
  /** Where replies and later nudges should go; refreshed on every inbound event. */
  address?: Address;
  /** The user's IANA time zone when the platform told us. */
  tz?: string;
  /** The user's display name when the platform told us (signs their letters). */
  displayName?: string;
}

/** One thing a user did, translated by an adapter. */
export type Inbound =
  | (InboundBase & {
      kind: "command";
      /** `interview-done` debriefs an interview just over; `interview-next` logs one ahead. */
      name: "interview-done" | "interview-next";
      args: string;
      /** The adapter can show a form: the engine may answer with a form (the debrief's, or logging ahead) instead of its first question. */
      forms?: boolean;
    })
  | (InboundBase & { kind: "text"; text: string })
  | (InboundBase & {
      kind: "action";
      action: string;
      value?: string;
      text?: string;
      /** A submitted form's answers by field id, as the platform sent them; the engine validates every one. */
      fields?: Record<string, unknown>;
    });

/** A button the engine offers; the adapter renders it in its own idiom. */
export interface Button {
  action: string;
  label: string;
  value?: string;
  style?: "primary" | "danger";
}

/** One field of a form; what it holds is described, how it looks is each adapter's choice. */
export interface FormField {
  /** Stable id: the submission carries this field's answer under it. */
  id: string;
  /** Free text; a calendar day (`YYYY-MM-DD`); a time of day (`HH:mm`); one of `choices`. */
  kind: "text" | "date" | "time" | "choice";
  label: string;
  /** The prefilled answer, in the same format the submission uses. */
  value?: string;
  placeholder?: string;
  optional: boolean;
  maxLength?: number;
  choices?: { label: string; value: string }[];
  /** Fields with the same group belong together (one interviewer's name and title) and may share a row. */
  group?: string;
}

/**
 * A form the engine asks the user to fill in where the platform has one (a Slack modal, a Teams
 * card); the terminal asks the same in conversation instead. Submitting it sends the action
 * `submit` with `token` as its value and the answers in `fields`.
 */
export interface Form {
  /** Which form this is ("debrief"): the adapter's callback id. */
  id: string;
  /** At most 24 characters (Slack's modal title limit). */
  title: string;
  intro?: string;
  /** At most 24 characters. */
  submitLabel: string;
  submit: string;
  /** Ties a submission to the user and the moment the form was offered; the engine refuses a stale or foreign one. */
  token: string;
  fields: FormField[];
}

/** Rich output as a tagged union; one pure renderer per platform. */
export type Block =
  | { type: "text"; markdown: string }
  | { type: "fields"; fields: { label: string; value: string }[] }
  | {
      type: "letter";
      /** Stored letter id: edit submits `letter.save` with this value and the new text. */
      letterId: string;
      to: string;
      subject: string;
      body: string;
      mailto?: string;
    }
  | { type: "buttons"; buttons: Button[] }
  | { type: "file"; filename: string; mime: string; content: string }
  | { type: "form"; form: Form };

/** A message to show; `text` is the plain fallback for notifications and old clients. */
export interface Outbound {
  text: string;
  blocks: Block[];
}

/** Outcome of a proactive send, as the sweeper needs to know it. */
export class SendError extends AfterwordError {
  /**
   * `permanent`: the recipient is gone (account deactivated, app removed): stop their nudges;
   * `credentials`: the platform refused Afterword's own token: the operator's to fix, so that
   * platform's (workspace's) nudges are held, never failed; `retry`: try again later (after
   * `retryAfterMs` if known).
   */
  constructor(
    message: string,
    readonly kind: "permanent" | "credentials" | "retry",
    readonly retryAfterMs?: number,
  ) {
    super(ErrorCode.SendFailed, message);
    this.name = "SendError";
  }
}

/** What a platform says of Afterword's credentials: they work, or why not. Thrown when it cannot be asked. */
export type CredentialCheck = { ok: true } | { ok: false; error: string };

/** What a port may know of a send beyond where it goes. */
export interface SendMeta {
  /** Who it is for. */
  recipient?: UserRef;
  /** The nudge's reminder id: the same key for every attempt at one nudge (an idempotency key). */
  reminderId?: number;
}

/** Proactive delivery, one per platform. Throws SendError on failure. */
export interface ChatPort {
  platform: Platform;
  /**
   * Sends to `to`, the address stored for the recipient (who lets a port open a new DM when the
   * stored one is gone); `address` comes back when the user is now reached elsewhere, to be stored.
   */
  send(to: Address, msg: Outbound, meta?: SendMeta): Promise<{ id: string; address?: Address }>;
  /** Asks the platform whether Afterword's credentials work for this workspace or tenant, without sending anything. */
  checkCredentials?(tenant: string): Promise<CredentialCheck>;
}

/** Where time comes from; injected so schedules are tested without waiting. */
export type Clock = () => Date;

/** Renders a user reference as the CLI spells it: `platform:tenant:user`. */
export function formatUserRef(ref: UserRef): string {
  return `${ref.platform}:${ref.tenant}:${ref.user}`;
}

/** Parses `platform:tenant:user`; the user part may itself contain colons. */
export function parseUserRef(text: string): UserRef {
  const m = /^(slack|teams|console):([^:]+):(.+)$/.exec(text.trim());
  if (!m) throw new AfterwordError(ErrorCode.BadUserRef, `"${text}" is not a user reference; write it as platform:tenant:user, for example console:local:sam`);
  return { platform: m[1] as Platform, tenant: m[2]!, user: m[3]! };
}
