// A stand-in for the Bot Connector service on loopback: records every activity the bot sends
// and fails on demand the way Teams does (403 blocked, 404 gone, 429 throttled).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { until, WAIT_CAP_MS } from "../until.js";

/** One activity the bot posted. */
export interface RecordedActivity {
  conversationId: string;
  replyToId?: string;
  path: string;
  authorization?: string;
  activity: Record<string, any>;
}

/** A failure to answer with. */
export interface Failure {
  status: number;
  retryAfter?: string;
}

export interface FakeConnector {
  /** The serviceUrl to put on activities, ending in a slash as Teams' does. */
  serviceUrl: string;
  activities: RecordedActivity[];
  /** Every request that reached the fake, failed ones included. */
  attempts: { path: string; status: number }[];
  /** The next sends fail with these, in order (any conversation). */
  failNext(...failures: Failure[]): void;
  /** Every send to this conversation fails with this status from now on. */
  block(conversationId: string, status: number): void;
  /** The activities sent to one conversation. */
  to(conversationId: string): RecordedActivity[];
  /** Resolves once at least `count` activities were recorded. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

// Teams service URLs carry a region path (…/amer/<tenant>/), so any prefix is accepted.
const ROUTE = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (body += c));
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

/** Starts a fake connector on 127.0.0.1 with a random port. */
export async function startFakeConnector(): Promise<FakeConnector> {
  const activities: RecordedActivity[] = [];
  const attempts: { path: string; status: number }[] = [];
  const queue: Failure[] = [];
  const blocked = new Map<string, number>();
  let seq = 0;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = (req.url ?? "").split("?")[0]!;
    const m = ROUTE.exec(path);
    const answer = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      attempts.push({ path, status });
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(json));
    };
    if (req.method !== "POST" || !m) return answer(404, { error: { code: "NotFound", message: "no such route" } });
    const conversationId = decodeURIComponent(m[1]!);
    const block = blocked.get(conversationId);
    if (block) return answer(block, { error: { code: block === 403 ? "BotDisabledByAdmin" : "ConversationNotFound", message: "refused" } });
    const failure = queue.shift();
    if (failure) {
      return answer(failure.status, { error: { code: "Throttled", message: "slow down" } }, failure.retryAfter ? { "retry-after": failure.retryAfter } : {});
    }
    let activity: Record<string, any>;
    try {
      activity = JSON.parse(body);
    } catch {
      return answer(400, { error: { code: "BadArgument", message: "not JSON" } });
    }
    // Teams refuses messages over about 28 KB.
    if (Buffer.byteLength(body) > 28_000) return answer(413, { error: { code: "MessageSizeTooBig", message: "too big" } });
    activities.push({
      conversationId,
      replyToId: m[2] ? decodeURIComponent(m[2]) : undefined,
      path,
      authorization: req.headers.authorization,
      activity,
    });
    answer(201, { id: `sent-${++seq}` });
  });
  // Never the one to close an idle connection: Node's 5 s default races a client reusing it on a busy machine.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    activities,
    attempts,
    failNext: (...failures) => void queue.push(...failures),
    block: (conversationId, status) => void blocked.set(conversationId, status),
    to: (conversationId) => activities.filter((a) => a.conversationId === conversationId),
    waitFor: (count, timeoutMs = WAIT_CAP_MS) => until(() => activities.length >= count, `${count} activities at the fake connector`, timeoutMs),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
