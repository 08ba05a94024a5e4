import type { Config } from "./config.js";
import { startGrammarChecker, type StartingGrammarChecker } from "./core/letters/index.js";
import type { Logger } from "./logger.js";

/** The grammar checker when the configuration turns it on, loading in the background from start-up (a failure is logged, and letters are checked without it). */
export function startConfiguredGrammar(config: Config, logger: Logger): StartingGrammarChecker | undefined {
  return config.AFTERWORD_GRAMMAR === "on" ? startGrammarChecker((err) => logger.warn({ err }, "grammar checker failed to load; letters are checked without it")) : undefined;
}
