import { SendError } from "../../src/core/types.js";
import { ConnectorHttpError } from "./connector-http-client.js";

/** How hard one send tries before handing the failure to the sweeper. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  tries: number;
  /** Backoff before the second attempt; doubled each time, with full jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for here: the sweeper reschedules instead. */
  maxRetryAfterMs: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Three tries within a few seconds: a sweeper's lease is never at risk. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { tries: 3, baseDelayMs: 300, maxDelayMs: 2_000, maxRetryAfterMs: 5_000 };

// Throttling and gateway trouble that Microsoft documents as worth retrying; 503 and lost
// connections behave the same way in practice.
const TRANSIENT = new Set([412, 429, 502, 503, 504]);
// The bot was blocked, uninstalled or disabled (403), or the conversation is gone (404).
const PERMANENT = new Set([403, 404]);
// Microsoft's login service refused the app's id or secret (the token could not be had).
const LOGIN_REFUSED = /AADSTS\d+|invalid_client|unauthorized_client/;

/** How a failed connector call should be treated; `credentials`: the connector (401) or Microsoft's login refused the app itself. */
export function classifySendFailure(err: unknown): "transient" | "permanent" | "credentials" | "other" {
  if (!(err instanceof ConnectorHttpError)) return err instanceof Error && LOGIN_REFUSED.test(err.message) ? "credentials" : "other";
  if (err.status === undefined || TRANSIENT.has(err.status)) return "transient";
  if (err.status === 401) return "credentials";
  if (PERMANENT.has(err.status)) return "permanent";
  return "other";
}

/** Turns any send failure into the SendError the sweeper understands. */
export function toSendError(err: unknown): SendError {
  if (err instanceof SendError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const kind = classifySendFailure(err);
  if (kind === "credentials") {
    return new SendError(`Teams refused Afterword's app credentials (${message}): check MicrosoftAppId and MicrosoftAppPassword.`, "credentials");
  }
  if (kind === "permanent") return new SendError(`Teams refused the message for good: ${message}`, "permanent");
  const retryAfterMs = err instanceof ConnectorHttpError ? err.retryAfterMs : undefined;
  return new SendError(`Teams could not take the message now: ${message}`, "retry", retryAfterMs);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt`, retrying throttling and gateway failures with capped exponential backoff,
 * full jitter and the connector's Retry-After; gives up with a SendError.
 */
export async function sendWithRetry<T>(attempt: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY_POLICY): Promise<T> {
  const sleep = policy.sleep ?? defaultSleep;
  const random = policy.random ?? Math.random;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (classifySendFailure(err) !== "transient" || n >= policy.tries) throw toSendError(err);
      const retryAfter = (err as ConnectorHttpError).retryAfterMs;
      if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) throw toSendError(err);
      const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
      await sleep(Math.max(retryAfter ?? 0, Math.round(random() * backoff)));
    }
  }
}
