import { pino, type Logger } from "pino";

export type { Logger };

/** Fields that must never reach a log line: tokens, secrets, letter bodies, user text. */
export const REDACT_PATHS = [
  "token",
  "*.token",
  "secret",
  "*.secret",
  "password",
  "*.password",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "req.headers.authorization",
  "body",
  "*.body",
  "text",
  "*.text",
];

/** A structured JSON-lines logger; `destination` is a file path, 1 for stdout, or "none". */
export function createLogger(level: string, destination: string | 1 | 2 | "none" = 1): Logger {
  if (destination === "none") return pino({ level: "silent" });
  return pino(
    { level, redact: { paths: REDACT_PATHS, censor: "[redacted]" }, base: { app: "afterword" } },
    pino.destination({ dest: destination, sync: true, mkdir: true }),
  );
}
