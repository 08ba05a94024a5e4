// A stand-in for Slack's Web API (and its Socket Mode WebSocket) on 127.0.0.1. It records every
// call and refuses what real Slack refuses, so a renderer bug fails a test instead of production.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { validateMessage, validateView } from "./block-kit-rules.js";

/** One recorded Web API call. */
export interface RecordedCall {
  method: string;
  args: Record<string, any>;
  token?: string;
  at: number;
}

/** A scripted failure for the next `times` calls of a method. */
export interface Failure {
  /** HTTP 429 with this Retry-After (seconds). */
  retryAfter?: number;
  /** `{ ok: false, error }` with HTTP 200, as Slack answers. */
  error?: string;
  times?: number;
  /** Only when the call's channel is this one. */
  channel?: string;
  /** Answer normally, but only after this many milliseconds. */
  delayMs?: number;
  /** Answer normally, but only once this settles (a gate the test opens). */
  until?: Promise<unknown>;
}

/** A person the fake's users.info knows. */
export interface FakeUser {
  tz?: string;
  real_name?: string;
}

const JSON_FIELDS = ["blocks", "view", "files", "attachments"];

/** The fake Slack Web API server. */
export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  readonly rejected: { method: string; error: string; messages: string[] }[] = [];
  readonly uploads: { fileId: string; body: string }[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly failures = new Map<string, Failure[]>();
  botToken = "xoxb-test-token";
  /** More bot tokens it accepts, each for its own workspace (OAuth tests): token → who it is. */
  readonly workspaceTokens = new Map<string, { team: string; botUserId: string; botId: string }>();
  /** Answers oauth.v2.access, which carries the app's client id and secret instead of a token (OAuth tests). */
  oauthAccess?: (args: Record<string, any>) => Promise<Record<string, unknown>>;
  appToken = "xapp-test-token";
  botUserId = "UAFTERWORD";
  botId = "BAFTERWORD";
  private server!: Server;
  private wss?: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private ts = 1_700_000_000;
  private nextEnvelope = 1;
  private acks = new Map<string, (payload: unknown) => void>();
  /** Envelope ids in the order their acks arrived. */
  readonly ackLog: string[] = [];
  port = 0;

  /** Base URL for SLACK_API_URL. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** Starts listening on 127.0.0.1 with an OS-chosen port. */
  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.serve(req, res));
    // Never the one to close an idle connection: Node's 5 s default races a client reusing it on a
    // busy machine ("fetch failed" on a views.open, and the form fell back to the chat).
    this.server.keepAliveTimeout = 120_000;
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/link")) return socket.destroy();
      this.wss!.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Closes the server and every WebSocket. */
  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Scripts a failure of `method`. */
  fail(method: string, failure: Failure): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), { times: 1, ...failure }]);
  }

  /** Recorded calls of one method. */
  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Forgets recorded calls (not users or failures). */
  reset(): void {
    this.calls.length = 0;
    this.rejected.length = 0;
    this.uploads.length = 0;
  }

  /** Number of open Socket Mode connections. */
  get socketCount(): number {
    return [...this.sockets].filter((s) => s.readyState === s.OPEN).length;
  }

  /**
   * Sends a Socket Mode envelope (`events_api`, `slash_commands`, `interactive`) to every
   * connected client and resolves with the ack's payload once it arrives.
   */
  sendEnvelope(type: string, payload: unknown, options: { retryAttempt?: number; envelopeId?: string } = {}): Promise<unknown> {
    const envelope_id = options.envelopeId ?? `env-${this.nextEnvelope++}`;
    const message: Record<string, unknown> = { envelope_id, type, payload, accepts_response_payload: type !== "events_api" };
    if (type === "events_api") {
      message.retry_attempt = options.retryAttempt ?? 0;
      message.retry_reason = options.retryAttempt ? "timeout" : "";
    }
    const acked = new Promise<unknown>((resolve) => this.acks.set(envelope_id, resolve));
    for (const ws of this.sockets) if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    return acked;
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    // Slack pings every few seconds; the client reconnects when the pings stop.
    const heartbeat = setInterval(() => ws.readyState === ws.OPEN && ws.ping("fake"), 1000);
    ws.on("close", () => {
      clearInterval(heartbeat);
      this.sockets.delete(ws);
    });
    ws.on("message", (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (msg.envelope_id) {
        this.ackLog.push(msg.envelope_id);
        this.acks.get(msg.envelope_id)?.(msg.payload ?? {});
        this.acks.delete(msg.envelope_id);
      }
    });
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake" }, connection_info: { app_id: "AFAKE" } }));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path.startsWith("/upload/")) {
      this.uploads.push({ fileId: path.slice("/upload/".length), body: raw });
      res.writeHead(200, { "content-type": "text/plain" }).end("OK - 200");
      return;
    }
    const method = path.replace(/^\/api\//, "");
    const args = this.parseArgs(req, raw);
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "") || args.token;
    this.calls.push({ method, args, token, at: Date.now() });

    const failure = this.takeFailure(method, args);
    if (failure?.delayMs) await new Promise((r) => setTimeout(r, failure.delayMs));
    if (failure?.until) await failure.until.catch(() => undefined);
    if (failure?.retryAfter !== undefined) {
      res.writeHead(429, { "retry-after": String(failure.retryAfter), "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
      return;
    }
    if (failure?.error) return this.reply(res, { ok: false, error: failure.error });
    if (method === "oauth.v2.access" && this.oauthAccess) return this.reply(res, await this.oauthAccess(args));
    const expected = method === "apps.connections.open" ? this.appToken : this.botToken;
    const workspace = method === "apps.connections.open" ? undefined : this.workspaceTokens.get(token ?? "");
    if (token !== expected && !workspace) return this.reply(res, { ok: false, error: "invalid_auth" });
    if (method === "auth.test" && workspace) {
      return this.reply(res, { ok: true, url: `https://${workspace.team.toLowerCase()}.slack.com/`, team: workspace.team, user: "afterword", team_id: workspace.team, user_id: workspace.botUserId, bot_id: workspace.botId });
    }
    this.reply(res, this.answer(method, args));
  }

  private parseArgs(req: IncomingMessage, raw: string): Record<string, any> {
    const type = req.headers["content-type"] ?? "";
    let args: Record<string, any> = {};
    if (type.includes("application/json")) args = raw ? JSON.parse(raw) : {};
    else if (type.includes("application/x-www-form-urlencoded")) args = Object.fromEntries(new URLSearchParams(raw));
    for (const f of JSON_FIELDS) if (typeof args[f] === "string") args[f] = JSON.parse(args[f]);
    return args;
  }

  private takeFailure(method: string, args: Record<string, any>): Failure | undefined {
    const list = this.failures.get(method);
    const i = list?.findIndex((f) => !f.channel || f.channel === args.channel) ?? -1;
    if (!list || i < 0) return undefined;
    const f = list[i]!;
    f.times = (f.times ?? 1) - 1;
    if (f.times <= 0) list.splice(i, 1);
    return f;
  }

  private refuse(method: string, error: string, messages: string[]): Record<string, unknown> {
    this.rejected.push({ method, error, messages });
    return { ok: false, error, response_metadata: { messages } };
  }

  private answer(method: string, args: Record<string, any>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return { ok: true, url: "https://fake.slack.com/", team: "Fake", user: "afterword", team_id: "TFAKE", user_id: this.botUserId, bot_id: this.botId };
      case "apps.connections.open":
        return { ok: true, url: `ws://127.0.0.1:${this.port}/link/?ticket=fake` };
      case "conversations.open": {
        const user = String(args.users ?? "").split(",")[0];
        if (!user) return { ok: false, error: "users_list_not_supplied" };
        return { ok: true, channel: { id: `D${user.replace(/^[UW]/, "")}` } };
      }
      case "users.info": {
        const u = this.users.get(args.user);
        if (!u) return { ok: false, error: "user_not_found" };
        return { ok: true, user: { id: args.user, tz: u.tz, real_name: u.real_name, profile: { real_name: u.real_name, display_name: "" } } };
      }
      case "chat.postMessage":
      case "chat.postEphemeral":
      case "chat.update": {
        if (!args.channel) return { ok: false, error: "channel_not_found" };
        const problem = validateMessage(args);
        if (problem) return this.refuse(method, problem.error, problem.messages);
        const ts = `${this.ts++}.000100`;
        return method === "chat.postEphemeral" ? { ok: true, message_ts: ts } : { ok: true, channel: args.channel, ts, message: { text: args.text } };
      }
      case "views.publish":
      case "views.open": {
        const problem = validateView(args.view, method === "views.open" ? "modal" : "home");
        if (problem) return this.refuse(method, problem.error, problem.messages);
        if (method === "views.open" && !args.trigger_id) return { ok: false, error: "invalid_trigger_id" };
        return { ok: true, view: { id: `V${this.ts++}`, ...args.view } };
      }
      case "files.getUploadURLExternal": {
        const id = `F${this.ts++}`;
        return { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${id}`, file_id: id };
      }
      case "files.completeUploadExternal": {
        const files = (args.files as { id: string; title?: string }[]) ?? [];
        if (!files.every((f) => this.uploads.some((u) => u.fileId === f.id))) return { ok: false, error: "file_not_found" };
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  private reply(res: ServerResponse, body: unknown): void {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  }
}
