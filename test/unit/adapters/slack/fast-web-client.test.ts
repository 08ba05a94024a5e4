// The Web API client's per-turn methods sent as JSON keep the stock client's semantics: the token
// as a bearer header, network errors and HTTP failures retried on the retry policy, a 429 thrown at
// once with its Retry-After, ok:false thrown as the library's platform error; other methods (and
// binary arguments) still go the stock way, form-encoded. Against a scripted server on loopback.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { webApi } from "@slack/bolt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FastWebClient, retryDelayMs } from "../../../../adapters/slack/fast-web-client.js";
import { keepAliveFetch } from "../../../../adapters/http/keep-alive-fetch.js";

interface Seen {
  method: string;
  type: string;
  auth: string;
  body: string;
}
type Answer = { status: number; body: string; headers?: Record<string, string> } | "hang-up";

let server: Server;
let apiUrl: string;
const seen: Seen[] = [];
let script: Answer[] = [];

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => resolve(body));
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await read(req);
    seen.push({ method: (req.url ?? "").replace("/api/", ""), type: String(req.headers["content-type"]), auth: String(req.headers.authorization), body });
    const answer = script.shift() ?? { status: 200, body: JSON.stringify({ ok: true, ts: "1.000100" }) };
    if (answer === "hang-up") return void req.socket.destroy();
    res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  seen.length = 0;
  script = [];
});

function client(retries = 2): FastWebClient {
  return new FastWebClient("xoxb-test-token", {
    slackApiUrl: apiUrl,
    rejectRateLimitedCalls: true,
    // Retries a few milliseconds apart: the semantics, not the waiting, are under test.
    retryConfig: { retries, factor: 2, minTimeout: 1, maxTimeout: 4 },
    timeout: 0,
    fetch: keepAliveFetch(5_000),
  });
}

describe("FastWebClient", () => {
  it("posts chat.postMessage as JSON with the bearer token, and returns Slack's answer", async () => {
    const res = await client().chat.postMessage({ channel: "D1", text: "hello", blocks: [{ type: "section", text: { type: "mrkdwn", text: "*hi*" } }] });
    expect(res).toMatchObject({ ok: true, ts: "1.000100" });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: "chat.postMessage", type: "application/json; charset=utf-8", auth: "Bearer xoxb-test-token" });
    expect(JSON.parse(seen[0]!.body)).toEqual({ channel: "D1", text: "hello", blocks: [{ type: "section", text: { type: "mrkdwn", text: "*hi*" } }] });
  });

  it("takes a token given with the call over the client's own, and never sends it in the body", async () => {
    await client().views.open({ token: "xoxb-other", trigger_id: "T1", view: { type: "modal", title: { type: "plain_text", text: "x" }, blocks: [] } });
    expect(seen[0]!.auth).toBe("Bearer xoxb-other");
    expect(JSON.parse(seen[0]!.body)).not.toHaveProperty("token");
  });

  it("retries a server error on the retry policy, then succeeds", async () => {
    script = [{ status: 503, body: "busy" }, { status: 500, body: "{}" }];
    await expect(client().chat.postMessage({ channel: "D1", text: "again" })).resolves.toMatchObject({ ok: true });
    expect(seen).toHaveLength(3);
  });

  it("gives up after the policy's retries with the library's HTTP error", async () => {
    script = [{ status: 502, body: "x" }, { status: 502, body: "x" }, { status: 502, body: "x" }];
    const err = await client().chat.postMessage({ channel: "D1", text: "no" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(webApi.WebAPIHTTPError);
    expect((err as webApi.WebAPIHTTPError).statusCode).toBe(502);
    expect(seen).toHaveLength(3);
  });

  it("retries a connection the server dropped, as a request error", async () => {
    script = ["hang-up", "hang-up"];
    const err = await client(1).chat.postMessage({ channel: "D1", text: "no" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(webApi.WebAPIRequestError);
    expect(seen).toHaveLength(2);
  });

  it("throws a 429 at once with its Retry-After, without retrying", async () => {
    script = [{ status: 429, body: JSON.stringify({ ok: false, error: "ratelimited" }), headers: { "retry-after": "30" } }];
    const err = await client().chat.postMessage({ channel: "D1", text: "slow" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(webApi.WebAPIRateLimitedError);
    expect((err as webApi.WebAPIRateLimitedError).retryAfter).toBe(30);
    expect(seen).toHaveLength(1);
  });

  it("throws Slack's refusal as the platform error with its code, without retrying", async () => {
    script = [{ status: 200, body: JSON.stringify({ ok: false, error: "channel_not_found" }) }];
    const err = await client().chat.postMessage({ channel: "DGONE", text: "x" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(webApi.WebAPIPlatformError);
    expect((err as webApi.WebAPIPlatformError).data.error).toBe("channel_not_found");
    expect(seen).toHaveLength(1);
  });

  it("sends every other method the stock way, form-encoded", async () => {
    script = [{ status: 200, body: JSON.stringify({ ok: true, channel: { id: "D9" } }) }];
    const res = await client().conversations.open({ users: "U1" });
    expect(res.channel?.id).toBe("D9");
    expect(seen[0]!.type).toBe("application/x-www-form-urlencoded");
    expect(new URLSearchParams(seen[0]!.body).get("users")).toBe("U1");
  });
});

describe("retryDelayMs", () => {
  it("grows by the factor from the minimum, capped at the maximum, as node-retry does", () => {
    const policy = { retries: 5, factor: 2, minTimeout: 500, maxTimeout: 2000 };
    expect([0, 1, 2, 3].map((n) => retryDelayMs(n, policy))).toEqual([500, 1000, 2000, 2000]);
    expect(retryDelayMs(0, { ...policy, randomize: true }, () => 0.5)).toBe(750);
  });
});
