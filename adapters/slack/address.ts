import type { Address } from "../../src/core/types.js";
import { AfterwordError, ErrorCode } from "../../src/core/errors.js";

/** Where a Slack user is reached: their workspace and the DM channel with the bot. */
export interface SlackAddress {
  team: string;
  channel: string;
}

const PATTERN = /^slack:([A-Z0-9_-]+):([A-Z0-9_-]+)$/i;

/** Encodes a workspace and DM channel as the opaque `slack:<team>:<channel>` address. */
export function encodeSlackAddress(a: SlackAddress): Address {
  if (!/^[A-Z0-9_-]+$/i.test(a.team) || !/^[A-Z0-9_-]+$/i.test(a.channel)) {
    throw new AfterwordError(ErrorCode.SlackBadId, `Slack ids must be letters, digits, "-" or "_": team "${a.team}", channel "${a.channel}"`);
  }
  return `slack:${a.team}:${a.channel}`;
}

/** Decodes a `slack:<team>:<channel>` address; throws on anything else. */
export function decodeSlackAddress(address: string): SlackAddress {
  const m = PATTERN.exec(address);
  if (!m) throw new AfterwordError(ErrorCode.SlackBadId, `"${address}" is not a Slack address (expected slack:<team>:<channel>)`);
  return { team: m[1]!, channel: m[2]! };
}
