import { dirname, join } from "node:path";
import { userInfo } from "node:os";
import { DevClock } from "../../adapters/console/dev-clock.js";
import { ConfigError, type Config } from "../config.js";
import { safeZone } from "../core/plan/index.js";
import { createLogger } from "../logger.js";
import { startConfiguredGrammar } from "../start-configured-grammar.js";
import { Store } from "../store/store.js";
import type { CliValues } from "./cli-values.js";
import { startTerminalCoach } from "./start-terminal-coach.js";

/** `afterword chat`: the terminal coach on the local database, with its own development clock. */
export async function runChat(config: Config, values: CliValues): Promise<number> {
  // Log lines never reach the terminal the user reads.
  const logger = createLogger(config.LOG_LEVEL, join(dirname(config.DATABASE_PATH), "afterword.log"));
  const start = values.now ? new Date(values.now) : undefined;
  if (start && Number.isNaN(start.getTime())) throw new ConfigError(`--now "${values.now}" is not an ISO date and time`);
  const store = Store.open(config.DATABASE_PATH);
  const clock = new DevClock(start);
  const tz = safeZone(values.tz ?? process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone, config.AFTERWORD_TZ);
  const user = (values.user ?? userInfo().username ?? "me").replace(/[^\p{L}\p{N}._-]/gu, "").slice(0, 40) || "me";
  const grammar = startConfiguredGrammar(config, logger);
  const session = startTerminalCoach({ store, clock, user, tz, input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY), holder: `console-${process.pid}`, ...(grammar ? { grammar } : {}) });
  logger.info({ user }, "terminal coach started");
  await session.run();
  store.close();
  return 0;
}
