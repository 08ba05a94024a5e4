// A minimal stand-in for Slack's Web API on 127.0.0.1: answers {ok:true,…} and reports chat.postMessage arrivals.
// It also stands in for Teams' Bot Connector: a POST to /v3/conversations/<id>/activities[/<reply-to>] gets an activity id.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A chat.postMessage seen by the fake: its channel and when it arrived (process.hrtime.bigint()). */
export interface PostedMessage {
  channel: string;
  at: bigint;
}

/** A running fake. */
export interface FakeSlackApi {
  /** The Web API base URL, ending in /api/ as Afterword's config requires. */
  apiUrl: string;
  /** The Bot Connector's service URL (activities are posted under /v3/conversations/). */
  serviceUrl: string;
  port: number;
  /** Calls answered, by method. */
  counts: Map<string, number>;
  close(): Promise<void>;
}

/** The count key of activities posted to the fake Bot Connector. */
export const TEAMS_ACTIVITY = "teams.activity";

/** The bot identity auth.test reports. */
export const BOT = { userId: "UBENCHBOT", botId: "BBENCHBOT", team: "TBENCH" };

function readArgs(req: IncomingMessage, body: string): Record<string, string> {
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/json")) {
    try {
      return JSON.parse(body) as Record<string, string>;
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(body));
}

let ts = 1_800_000_000;

function answer(method: string, args: Record<string, string>): Record<string, unknown> {
  switch (method) {
    case "auth.test":
      return { ok: true, url: "https://bench.slack.com/", team: "Bench", user: "afterword", team_id: BOT.team, user_id: BOT.userId, bot_id: BOT.botId };
    case "conversations.open": {
      const user = String(args.users ?? "").split(",")[0] ?? "";
      return { ok: true, channel: { id: `D${user.replace(/^[UW]/, "")}` } };
    }
    case "chat.postMessage":
      return { ok: true, channel: args.channel, ts: `${++ts}.000100`, message: { type: "message", text: args.text ?? "" } };
    case "chat.postEphemeral":
      return { ok: true, message_ts: `${++ts}.000100` };
    case "users.info":
      return { ok: true, user: { id: args.user, tz: "UTC", real_name: "Sam Bench", profile: { real_name: "Sam Bench", display_name: "sam" } } };
    default:
      return { ok: true };
  }
}

/** Starts the fake on 127.0.0.1 (port 0 picks a free one); `onPost` hears every chat.postMessage. */
export async function startFakeSlackApi(options: { port?: number; onPost?: (m: PostedMessage) => void } = {}): Promise<FakeSlackApi> {
  const counts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = req.url ?? "";
      if (url.startsWith("/v3/conversations/")) {
        counts.set(TEAMS_ACTIVITY, (counts.get(TEAMS_ACTIVITY) ?? 0) + 1);
        const body = JSON.stringify({ id: `reply-${++ts}` });
        res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
        res.end(body);
        return;
      }
      const method = url.replace(/^\/api\//, "").split("?")[0] ?? "";
      const args = readArgs(req, Buffer.concat(chunks).toString("utf8"));
      counts.set(method, (counts.get(method) ?? 0) + 1);
      if (method === "chat.postMessage") options.onPost?.({ channel: String(args.channel ?? ""), at: process.hrtime.bigint() });
      const body = JSON.stringify(answer(method, args));
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    serviceUrl: `http://127.0.0.1:${port}/`,
    port,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
