import { LogLevel, type Logger as SlackLogger } from "@slack/bolt";
import type { Logger } from "../../src/logger.js";

function line(msg: unknown[]): { text: string; err?: unknown } {
  const err = msg.find((m) => m instanceof Error);
  const text = msg
    .filter((m) => !(m instanceof Error))
    .map((m) => (typeof m === "string" ? m : JSON.stringify(m)))
    .join(" ");
  return { text, err };
}

/** Bolt's and the Web API client's logger, written into Afterword's pino logger. */
export function boltLogger(logger: Logger): SlackLogger {
  const log = logger.child({ component: "slack-sdk" });
  // Bolt's debug lines carry whole payloads (user text), so they only appear at pino's trace level.
  return {
    debug: (...msg) => log.trace(line(msg).text),
    info: (...msg) => log.debug(line(msg).text),
    warn: (...msg) => {
      const { text, err } = line(msg);
      log.warn({ err }, text);
    },
    error: (...msg) => {
      const { text, err } = line(msg);
      log.error({ err }, text);
    },
    setLevel: () => {},
    getLevel: () => (log.isLevelEnabled("trace") ? LogLevel.DEBUG : log.isLevelEnabled("info") ? LogLevel.INFO : LogLevel.WARN),
    setName: () => {},
  };
}
