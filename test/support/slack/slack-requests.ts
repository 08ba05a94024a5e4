// Builds requests the way Slack sends them: signed with the signing secret, form-encoded
// commands and interactions (body as a string, exact content type), JSON events.
import { createHmac } from "node:crypto";
import { closingFetch } from "../http.js";

/** Options for one signed delivery. */
export interface SendOptions {
  /** Seconds since the epoch written in X-Slack-Request-Timestamp (default now). */
  timestamp?: number;
  /** Instead of `timestamp`: now plus this many seconds, taken at the moment the request is sent. */
  skewSeconds?: number;
  retryNum?: number;
  /** Sign with this secret instead (a forgery). */
  secret?: string;
  contentLength?: number;
}

/** Slack's v0 signature of a body. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** A form body for a slash command. */
export function commandBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** A form body for block_actions / view_submission: `payload=<json>`. */
export function interactionBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A client that posts signed deliveries to one Slack endpoint. */
export class SlackSender {
  constructor(private readonly url: string, private readonly secret: string) {}

  /** Posts a raw body with the given content type, signed. */
  async post(body: string, contentType: string, o: SendOptions = {}): Promise<{ status: number; text: string; json?: any }> {
    const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000) + (o.skewSeconds ?? 0);
    const headers: Record<string, string> = {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": sign(o.secret ?? this.secret, timestamp, body),
    };
    if (o.retryNum !== undefined) {
      headers["x-slack-retry-num"] = String(o.retryNum);
      headers["x-slack-retry-reason"] = "http_timeout";
    }
    const res = await closingFetch(this.url, { method: "POST", headers, body });
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, text, json };
  }

  /** A slash command. */
  command(fields: Record<string, string>, o?: SendOptions) {
    return this.post(commandBody(fields), "application/x-www-form-urlencoded", o);
  }

  /** An Events API event_callback. */
  event(body: unknown, o?: SendOptions) {
    return this.post(JSON.stringify(body), "application/json", o);
  }

  /** A block_actions or view_submission payload. */
  interaction(payload: unknown, o?: SendOptions) {
    return this.post(interactionBody(payload), "application/x-www-form-urlencoded", o);
  }
}
