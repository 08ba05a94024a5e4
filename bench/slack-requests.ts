// Signed Slack requests as Slack sends them: slash commands (form-encoded) and DM message events (JSON).
import { createHmac } from "node:crypto";
import { BOT } from "./fake-slack-api.js";

/** The path both servers answer Slack on. */
export const SLACK_PATH = "/slack/events";

/** Headers Slack signs a body with: v0=HMAC-SHA256(secret, "v0:<ts>:<body>"), timestamp in seconds. */
export function signedHeaders(secret: string, body: string, contentType: string, nowSeconds = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac("sha256", secret).update(`v0:${nowSeconds}:${body}`).digest("hex");
  return {
    "content-type": contentType,
    "x-slack-request-timestamp": String(nowSeconds),
    "x-slack-signature": `v0=${signature}`,
  };
}

/** A bench user's id and their DM channel with the bot (as the fake's conversations.open names it). */
export function benchUser(kind: "C" | "M" | "R", n: number): { user: string; channel: string } {
  const id = `${kind}${String(n).padStart(6, "0")}`;
  return { user: `U${id}`, channel: `D${id}` };
}

/** `/interview-done <text>` from `user`, form-encoded exactly as Slack posts it (no charset). */
export function commandBody(user: string, text: string, triggerId: string): string {
  const fields: Record<string, string> = {
    token: "bench-verification-token",
    team_id: BOT.team,
    team_domain: "bench",
    channel_id: "CBENCH",
    channel_name: "general",
    user_id: user,
    user_name: user.toLowerCase(),
    command: "/interview-done",
    text,
    api_app_id: "ABENCH",
    is_enterprise_install: "false",
    response_url: "http://127.0.0.1:9/commands/never-used",
    trigger_id: triggerId,
  };
  return Object.entries(fields)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join("&");
}

/** A DM `message` event_callback from `user` in `channel`, with a unique event id. */
export function messageEventBody(user: string, channel: string, text: string, eventId: string, seq: number): string {
  const ts = `${1_800_000_000 + seq}.${String(seq % 1_000_000).padStart(6, "0")}`;
  return JSON.stringify({
    token: "bench-verification-token",
    team_id: BOT.team,
    api_app_id: "ABENCH",
    event: { type: "message", channel_type: "im", channel, user, text, ts, event_ts: ts, team: BOT.team },
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: BOT.team, user_id: BOT.userId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

/** Content types as Slack sends them (Bolt refuses a form body with a charset parameter). */
export const FORM = "application/x-www-form-urlencoded";
export const JSON_TYPE = "application/json";
