import type { ConfigurationBotFrameworkAuthentication } from "botbuilder";
import { keepAliveFetch, type FetchResponse } from "../http/keep-alive-fetch.js";
import { AfterwordError, ErrorCode } from "../../src/core/errors.js";

/** The `httpClient` option botbuilder's ConnectorClient accepts. */
export type ConnectorHttpClient = NonNullable<NonNullable<ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4]>["httpClient"]>;

/** A failed call to the Bot Connector, with what a retry decision needs. */
export class ConnectorHttpError extends AfterwordError {
  constructor(
    message: string,
    /** HTTP status, or undefined when no response arrived (network error, timeout). */
    readonly status: number | undefined,
    /** The Retry-After the connector asked for, in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(ErrorCode.TeamsConnector, message);
    this.name = "ConnectorHttpError";
  }
}

/** Reads `Retry-After` (seconds or an HTTP date) as milliseconds from now. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

type HeadersLike = Awaited<ReturnType<ConnectorHttpClient["sendRequest"]>>["headers"];

function headersLike(entries: [string, string][]): HeadersLike {
  const map = new Map(entries.map(([name, value]) => [name.toLowerCase(), { name, value }]));
  const like: HeadersLike = {
    set: (name, value) => void map.set(name.toLowerCase(), { name, value: String(value) }),
    get: (name) => map.get(name.toLowerCase())?.value,
    contains: (name) => map.has(name.toLowerCase()),
    remove: (name) => map.delete(name.toLowerCase()),
    rawHeaders: () => Object.fromEntries([...map.values()].map((h) => [h.name, h.value])),
    headersArray: () => [...map.values()],
    headerNames: () => [...map.values()].map((h) => h.name),
    headerValues: () => [...map.values()].map((h) => h.value),
    clone: () => headersLike([...map.values()].map((h) => [h.name, h.value])),
    toJson: (options) =>
      Object.fromEntries([...map.values()].map((h) => [options?.preserveCase ? h.name : h.name.toLowerCase(), h.value])),
  };
  return like;
}

/**
 * One attempt per call, and a non-2xx answer thrown as ConnectorHttpError. botbuilder's own
 * pipeline would otherwise retry 429s for as long as Retry-After says and 5xx for seconds,
 * inside a sweeper's lease; Afterword's bounded retry (send-with-retry.ts) decides instead.
 */
export function createConnectorHttpClient(timeoutMs = 15_000): ConnectorHttpClient {
  // Keep-alive sockets and no per-call abort signal: the turn's reply is most of a Teams turn's CPU otherwise.
  const send = keepAliveFetch(timeoutMs);
  return {
    async sendRequest(request) {
      let response: FetchResponse;
      try {
        response = await send(request.url, {
          method: request.method,
          headers: request.headers.rawHeaders(),
          ...(request.body !== undefined && request.body !== null ? { body: request.body as string } : {}),
          redirect: "error",
        });
      } catch (err) {
        const cause = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
        throw new ConnectorHttpError(`the Bot Connector at ${new URL(request.url).origin} could not be reached (${cause})`, undefined);
      }
      const bodyAsText = await response.text();
      if (!response.ok) {
        throw new ConnectorHttpError(
          `the Bot Connector answered ${response.status} to ${request.method} ${new URL(request.url).pathname}`,
          response.status,
          parseRetryAfter(response.headers.get("retry-after")),
        );
      }
      return { request, status: response.status, headers: headersLike([...response.headers.entries()]), bodyAsText };
    },
  };
}
