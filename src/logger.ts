import { AsyncLocalStorage } from "node:async_hooks";
import { pino, type Logger } from "pino";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

export type { Logger };

/** Fields that must never reach a log line: tokens, secrets, signatures, letter bodies, user text. */
export const REDACT_PATHS = [
  "token",
  "*.token",
  "secret",
  "*.secret",
  "password",
  "*.password",
  "signature",
  "*.signature",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "req.headers.authorization",
  "cookie",
  "*.cookie",
  "body",
  "*.body",
  "text",
  "*.text",
  "payload",
  "*.payload",
  "answer",
  "*.answer",
  "letter",
  "*.letter",
];

/** The environment variables whose values are secrets: scrubbed from every line even if some code logs them. */
export const SECRET_VARIABLES = [
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "SLACK_CLIENT_SECRET",
  "SLACK_STATE_SECRET",
  "AFTERWORD_ENCRYPTION_KEY",
  "AFTERWORD_ENCRYPTION_KEY_PREVIOUS",
  "MicrosoftAppPassword",
];

/** What every log line written while handling one request carries. */
export interface LogContext {
  reqId: string;
}

/**
 * The request a piece of work belongs to. The server enters it for each inbound HTTP request;
 * every line logged in that async context (adapter code, SDK lines, replies posted afterwards)
 * carries its `reqId` without the logger being passed down.
 */
export const logContext = new AsyncLocalStorage<LogContext>();

// Token shapes that are secret wherever they appear: Slack tokens, bearer tokens, Slack signatures.
const TOKEN_PATTERNS = [/\bxox[a-z]-[A-Za-z0-9-]+/g, /\bxapp-[A-Za-z0-9-]+/g, /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi, /\bv0=[0-9a-f]{16,}/g];

// Matches wherever any of TOKEN_PATTERNS could (and sometimes where none does): one scan of a
// line instead of four when, as on nearly every line, no token shape is in it.
const TOKEN_HINT = /xox[a-z]-|xapp-|bearer\s|v0=[0-9a-f]{16}/i;

/** Replaces token shapes and the given secret values in a text. */
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  if (TOKEN_HINT.test(out)) for (const p of TOKEN_PATTERNS) out = out.replace(p, "[redacted]");
  for (const s of secrets) {
    if (out.includes(s)) out = out.split(s).join("[redacted]");
    const escaped = JSON.stringify(s).slice(1, -1);
    if (escaped !== s && out.includes(escaped)) out = out.split(escaped).join("[redacted]");
  }
  return out;
}

/**
 * A line some SDK (Bolt, the Web API client, botbuilder) wanted to log, made safe: tokens
 * removed, and any payload it carries (request bodies, API results, envelopes: everything from
 * the first `{` or `[`, or after `body:`/`data:`) cut off, since payloads hold what users typed.
 */
export function scrubSdkText(text: string): string {
  let out = scrubSecrets(text);
  out = out.replace(/\b(body|data|payload|text|storedResponse)(\s*[:=]\s*).*$/is, "$1$2[omitted]");
  const json = out.search(/[{[]/);
  if (json >= 0) out = `${out.slice(0, json)}[payload omitted]`;
  return out.length > 300 ? `${out.slice(0, 300)}…` : out;
}

/**
 * An error as a log line may show it: type, message, code, stack and the code of its cause.
 * Nothing else: SDK errors carry the request they failed on (headers with the bearer token,
 * bodies with user text), which the standard serializer would print in full.
 */
export function serializeError(err: unknown): Record<string, unknown> | string {
  if (!(err instanceof Error)) {
    if (err && typeof err === "object") return { type: "object", message: scrubSdkText(String((err as { message?: unknown }).message ?? "non-error object")) };
    return scrubSdkText(String(err));
  }
  const e = err as Error & { code?: unknown; data?: { error?: unknown }; cause?: unknown; statusCode?: unknown; status?: unknown };
  const out: Record<string, unknown> = { type: e.name, message: scrubSdkText(e.message) };
  if (typeof e.code === "string" || typeof e.code === "number") out.code = e.code;
  if (typeof e.data?.error === "string") out.slackError = e.data.error;
  const status = typeof e.statusCode === "number" ? e.statusCode : typeof e.status === "number" ? e.status : undefined;
  if (status !== undefined) out.status = status;
  const cause = e.cause as { code?: unknown; message?: unknown } | undefined;
  if (cause && typeof cause === "object") {
    out.cause = { ...(typeof cause.code === "string" ? { code: cause.code } : {}), message: scrubSdkText(String(cause.message ?? "")) };
  }
  if (e.stack) out.stack = e.stack.split("\n").map((l, i) => (i === 0 ? scrubSdkText(l) : l)).join("\n");
  return out;
}

/** Options for the logger. */
export interface LoggerOptions {
  /** Exact values scrubbed from every line; by default the values of SECRET_VARIABLES in the environment. */
  secrets?: string[];
}

/** The secret values set in an environment (short values are ignored: they would scrub ordinary words). */
export function secretsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return SECRET_VARIABLES.map((k) => env[k]).filter((v): v is string => typeof v === "string" && v.length >= 6);
}

/** A structured JSON-lines logger; `destination` is a file path, 1 for stdout, 2 for stderr, or "none". */
export function createLogger(level: string, destination: string | 1 | 2 | "none" = 1, options: LoggerOptions = {}): Logger {
  if (destination === "none") return pino({ level: "silent" });
  const secrets = options.secrets ?? secretsFromEnv();
  // A log file (the terminal coach's) is the server user's alone, like the database beside it.
  if (typeof destination === "string") mkdirSync(dirname(destination), { recursive: true, mode: 0o700 });
  const sink = pino.destination({ dest: destination, sync: true, mode: 0o600 });
  // The last line of defence: whatever a caller put in a line, known secrets never leave the process.
  const stream = { write: (line: string) => void sink.write(scrubSecrets(line, secrets)) };
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      base: { app: "afterword" },
      serializers: { err: serializeError, error: serializeError },
      // A fresh object each time: pino merges the line's fields into what mixin returns.
      mixin: () => ({ ...logContext.getStore() }),
    },
    stream,
  );
}
