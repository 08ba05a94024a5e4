// The chat platforms' HTTP transport (Slack's Web API client, Teams' Bot Connector client): one
// plain keep-alive HTTP request per call instead of undici's fetch, whose streams, Headers and
// abort signals cost more CPU than a chat turn. Only the transport changes: each client still
// retries, reads Retry-After and turns failures into its own errors.
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type RequestOptions } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
/** The slice of fetch's request options the clients use. */
export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | FormData;
  redirect?: "error" | "follow" | "manual";
  signal?: AbortSignal;
}

/** The slice of fetch's Response the clients read. */
export interface FetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null; entries(): Iterable<[string, string]> };
  arrayBuffer(): Promise<ArrayBuffer>;
  json(): Promise<unknown>;
  text(): Promise<string>;
}

/** A fetch as the clients call it (@slack/web-api's `fetch` option has this shape). */
export type FetchFunction = (url: string | URL, init?: FetchInit) => Promise<FetchResponse>;

// Sockets are kept for the next call; Slack closes idle ones, and a closed one is replaced.
const agents = {
  "http:": new HttpAgent({ keepAlive: true, maxSockets: 64, scheduling: "lifo" }),
  "https:": new HttpsAgent({ keepAlive: true, maxSockets: 64, scheduling: "lifo" }),
};

/** A whole response, read before the client sees it (Web API answers are small JSON). */
class KeptResponse implements FetchResponse {
  readonly ok: boolean;
  readonly headers: FetchResponse["headers"];

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    raw: IncomingHttpHeaders,
    private readonly body: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
    const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(", ") : (v ?? ""));
    this.headers = {
      get: (name) => (raw[name.toLowerCase()] === undefined ? null : one(raw[name.toLowerCase()])),
      entries: () => Object.entries(raw).map(([k, v]): [string, string] => [k, one(v)]),
    };
  }

  async text(): Promise<string> {
    return this.body.toString("utf8");
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body.toString("utf8"));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer;
  }
}

// Where a URL goes, parsed once per API method rather than once per call.
const targets = new Map<string, RequestOptions & { protocol: "http:" | "https:" }>();

function targetOf(url: string): (RequestOptions & { protocol: "http:" | "https:" }) | undefined {
  let target = targets.get(url);
  if (!target) {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return undefined;
    target = { protocol: u.protocol, hostname: u.hostname.replace(/^\[|\]$/g, ""), port: u.port || undefined, path: `${u.pathname}${u.search}`, agent: agents[u.protocol] };
    // Web API method URLs are few; anything else (upload URLs are one-off) is not kept.
    if (targets.size < 500 && !u.search) targets.set(url, target);
  }
  return target;
}

/**
 * A `fetch` for @slack/web-api's `fetch` option (give the client `timeout: 0`: this one times
 * out after `timeoutMs`): string bodies over keep-alive sockets, redirects refused (as the client
 * asks) or returned; anything else (a multipart file upload, a redirect to follow) goes to the
 * global fetch. An aborted signal aborts the request.
 */
export function keepAliveFetch(timeoutMs: number): FetchFunction {
  return (input, init = {}) => {
    const url = typeof input === "string" ? input : input.href;
    const target = targetOf(url);
    const plain = init.body === undefined || typeof init.body === "string";
    if (!target || !plain || (init.redirect !== "error" && init.redirect !== "manual")) {
      const signal = init.signal ?? (timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined);
      return globalThis.fetch(input, { ...init, ...(signal ? { signal } : {}) } as RequestInit) as Promise<FetchResponse>;
    }
    return send(url, target, init, timeoutMs);
  };
}

function send(url: string, target: RequestOptions & { protocol: "http:" | "https:" }, init: FetchInit, timeoutMs: number): Promise<FetchResponse> {
  return new Promise<FetchResponse>((resolve, reject) => {
    const body = init.body as string | undefined;
    const headers: Record<string, string | number> = { ...init.headers };
    if (body !== undefined) headers["content-length"] = Buffer.byteLength(body);
    const request = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = request({ ...target, method: init.method ?? "GET", headers, ...(init.signal ? { signal: init.signal } : {}) }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && init.redirect === "error") {
        res.resume();
        return fail(new TypeError(`redirect from ${target.hostname}${target.path} refused (status ${status})`));
      }
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        clearTimeout(timer);
        resolve(new KeptResponse(status, res.statusMessage ?? "", url, res.headers, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
      });
      res.on("error", fail);
    });
    const timer = timeoutMs > 0 ? setTimeout(() => req.destroy(Object.assign(new Error(`no answer from ${target.hostname} within ${timeoutMs} ms`), { name: "TimeoutError" })), timeoutMs) : undefined;
    function fail(err: unknown) {
      clearTimeout(timer);
      reject(err);
    }
    req.on("error", fail);
    req.end(body);
  });
}
