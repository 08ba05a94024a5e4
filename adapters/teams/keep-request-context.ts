import type { RequestHandler } from "express";
import { logContext, type LogContext } from "../../src/logger.js";

/**
 * Re-enters the request's log context. Body parsers call `next` from stream callbacks, which run
 * outside it; a route mounts this after its parser so its own lines keep the request id.
 */
export const keepRequestContext: RequestHandler = (_req, res, next) => {
  const ctx = res.locals.logContext as LogContext | undefined;
  if (ctx) logContext.run(ctx, next);
  else next();
};
