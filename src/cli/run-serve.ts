import type { Config } from "../config.js";
import { createLogger } from "../logger.js";

/** `afterword serve`: the HTTP server and the cron sweeper, until SIGTERM or SIGINT. Returns -1: the process keeps running. */
export async function runServe(config: Config): Promise<number> {
  const logger = createLogger(config.LOG_LEVEL, 1);
  const { startServer } = await import("../server/serve.js");
  const server = await startServer(config, logger);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "shutting down: finishing the turn and the sweep in progress");
    await server.close();
    logger.info("stopped cleanly");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  return -1;
}
