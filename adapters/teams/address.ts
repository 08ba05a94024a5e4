import type { ConversationReference } from "./bot-framework.js";
import { z } from "zod";
import type { Address } from "../../src/core/types.js";
import { AfterwordError, ErrorCode } from "../../src/core/errors.js";

/** The least of a Bot Framework conversation reference that `continueConversationAsync` needs. */
export interface TeamsReference {
  channelId: string;
  serviceUrl: string;
  conversationId: string;
  tenantId?: string;
  botId: string;
  userId: string;
}

// Short keys keep the stored address small; `v` lets the shape change without breaking old rows.
const Stored = z.object({
  v: z.literal(1),
  ch: z.string().min(1),
  s: z.string().url(),
  c: z.string().min(1),
  t: z.string().min(1).optional(),
  b: z.string().min(1),
  u: z.string().min(1),
});

/** Thrown when a stored address is not a Teams address this adapter can read. */
export class TeamsAddressError extends AfterwordError {
  constructor(message: string) {
    super(ErrorCode.TeamsAddress, message);
    this.name = "TeamsAddressError";
  }
}

/** Encodes a reference as an opaque `teams:` address (base64url JSON). */
export function encodeTeamsAddress(ref: TeamsReference): Address {
  const stored: z.infer<typeof Stored> = {
    v: 1,
    ch: ref.channelId,
    s: ref.serviceUrl,
    c: ref.conversationId,
    ...(ref.tenantId ? { t: ref.tenantId } : {}),
    b: ref.botId,
    u: ref.userId,
  };
  return `teams:${Buffer.from(JSON.stringify(Stored.parse(stored)), "utf8").toString("base64url")}`;
}

/** Decodes a `teams:` address back into the reference it was made from. */
export function decodeTeamsAddress(address: string): TeamsReference {
  if (!address.startsWith("teams:")) throw new TeamsAddressError(`"${address.slice(0, 20)}…" is not a Teams address`);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(address.slice("teams:".length), "base64url").toString("utf8"));
  } catch {
    throw new TeamsAddressError("the Teams address is not valid base64url JSON");
  }
  const parsed = Stored.safeParse(json);
  if (!parsed.success) throw new TeamsAddressError(`the Teams address is malformed: ${parsed.error.issues[0]?.message ?? "unknown"}`);
  const s = parsed.data;
  return { channelId: s.ch, serviceUrl: s.s, conversationId: s.c, ...(s.t ? { tenantId: s.t } : {}), botId: s.b, userId: s.u };
}

/** The shape of a Bot Framework ConversationReference built from a stored reference. */
export function toConversationReference(ref: TeamsReference): Partial<ConversationReference> {
  return {
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    conversation: { id: ref.conversationId, tenantId: ref.tenantId, isGroup: false, conversationType: "personal", name: "" },
    bot: { id: ref.botId, name: "" },
    user: { id: ref.userId, name: "" },
  };
}
