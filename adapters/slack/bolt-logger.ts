import { LogLevel, type Logger as SlackLogger } from "@slack/bolt";
import { scrubSdkText, type Logger } from "../../src/logger.js";

// SDK lines carry request bodies, API results and envelopes (what users typed, letter text) and
// sometimes tokens: only their wording reaches the log, never the payload.
function line(msg: unknown[]): { text: string; err?: unknown } {
  const err = msg.find((m) => m instanceof Error);
  const text = msg
    .filter((m) => !(m instanceof Error))
    .map((m) => (typeof m === "string" ? m : (JSON.stringify(m) ?? String(m))))
    .join(" ");
  return { text: scrubSdkText(text), err };
}

/** Bolt's and the Web API client's logger, written into Afterword's pino logger. */
export function boltLogger(logger: Logger): SlackLogger {
  const log = logger.child({ component: "slack-sdk" });
  // Bolt's debug lines are chatty (and were payloads before scrubbing), so they only appear at pino's trace level.
  return {
    // The SDKs call debug several times per request and reply: a line below the level is not built at all.
    debug: (...msg) => {
      if (log.isLevelEnabled("trace")) log.trace(line(msg).text);
    },
    info: (...msg) => {
      if (log.isLevelEnabled("debug")) log.debug(line(msg).text);
    },
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
