// Slack's Web API client, with the calls made on every turn (a reply, a form) sent as one JSON POST.
// The stock apiCall costs more CPU than the turn it answers: the body is form-encoded with JSON
// inside, and every request and result is copied, redacted and stringified for debug lines that
// are built whether or not anything logs them. Only the encoding changes; the client's semantics
// stay: the bearer token, network errors and HTTP failures retried on the client's retry policy,
// a 429 thrown at once as WebAPIRateLimitedError with its Retry-After, ok:false thrown as
// WebAPIPlatformError, each error the library's own class. Every other method is the stock client.
import { webApi } from "@slack/bolt";

// Write methods Slack documents as taking a JSON body.
const JSON_METHODS = new Set(["chat.postMessage", "chat.postEphemeral", "chat.update", "views.open", "views.update", "views.push", "views.publish"]);

type Options = webApi.WebClientOptions & { fetch: webApi.FetchFunction; rejectRateLimitedCalls: true };
type Result = webApi.WebAPICallResult & { error?: string; response_metadata?: { warnings?: string[] } };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A failure the stock client gives up on at once (a 429 without a usable Retry-After). */
class NotRetried extends Error {}

/** The delay before retry `n` (0-based), as node-retry computes it for p-retry. */
export function retryDelayMs(n: number, policy: webApi.RetryOptions, random: () => number = Math.random): number {
  const base = Math.max(policy.minTimeout ?? 1000, 1) * (policy.factor ?? 2) ** n * (policy.randomize ? 1 + random() : 1);
  return Math.round(Math.min(base, policy.maxTimeout ?? Number.POSITIVE_INFINITY));
}

/** A WebClient whose per-turn write methods go as JSON (rate-limited calls must be rejected, as Afterword's are). */
export class FastWebClient extends webApi.WebClient {
  private readonly fetchJson: webApi.FetchFunction;
  private readonly retryPolicy: webApi.RetryOptions;
  private readonly warn: (...msg: unknown[]) => void;
  private readonly defaultTeamId: string | undefined;

  constructor(token: string | undefined, options: Options) {
    super(token, options);
    this.fetchJson = options.fetch;
    this.retryPolicy = options.retryConfig ?? { retries: 0 };
    this.warn = (...msg) => options.logger?.warn(...msg);
    this.defaultTeamId = options.teamId;
  }

  override async apiCall(method: string, options: Record<string, unknown> = {}): Promise<webApi.WebAPICallResult> {
    if (!JSON_METHODS.has(method) || Object.values(options).some((v) => Buffer.isBuffer(v))) return super.apiCall(method, options);
    const { token = this.token, ...args } = options as { token?: string; team_id?: unknown };
    const body = JSON.stringify(this.defaultTeamId && args.team_id === undefined ? { team_id: this.defaultTeamId, ...args } : args);
    const headers: Record<string, string> = { "Content-Type": "application/json; charset=utf-8", ...(token ? { Authorization: `Bearer ${token}` } : {}) };
    const result = await this.postWithRetries(`${this.slackApiUrl}${method}`, headers, body);
    result.response_metadata ??= {};
    for (const w of result.response_metadata.warnings ?? []) this.warn(w);
    if (!result.ok) throw new webApi.WebAPIPlatformError(result as webApi.WebAPICallResult & { error: string });
    return result;
  }

  private async postWithRetries(url: string, headers: Record<string, string>, body: string): Promise<Result> {
    const retries = this.retryPolicy.retries ?? 0;
    for (let n = 0; ; n++) {
      try {
        return await this.postOnce(url, headers, body);
      } catch (err) {
        if (err instanceof webApi.WebAPIRateLimitedError || err instanceof NotRetried || n >= retries) throw err;
        await sleep(retryDelayMs(n, this.retryPolicy));
      }
    }
  }

  private async postOnce(url: string, headers: Record<string, string>, body: string): Promise<Result> {
    let response: Awaited<ReturnType<webApi.FetchFunction>>;
    try {
      response = await this.fetchJson(url, { method: "POST", headers, body, redirect: "error" });
    } catch (err) {
      this.warn("http request failed", (err as Error).message);
      throw new webApi.WebAPIRequestError(err instanceof Error ? err : new Error(String(err)));
    }
    if (response.status === 429) {
      const retryAfter = Number.parseInt(response.headers.get("retry-after") ?? "", 10);
      if (Number.isNaN(retryAfter)) throw new NotRetried(`Retry header did not contain a valid timeout (url: ${url}, retry-after header: ${response.headers.get("retry-after")})`);
      this.emit(webApi.WebClientEvent.RATE_LIMITED, retryAfter, { url, body });
      throw new webApi.WebAPIRateLimitedError(retryAfter);
    }
    const text = await response.text();
    if (response.status !== 200) throw new webApi.WebAPIHTTPError(response.status, response.statusText, Object.fromEntries(response.headers.entries()), text);
    try {
      return JSON.parse(text) as Result;
    } catch {
      return { ok: false, error: text };
    }
  }
}
