import { randomUUID } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { logContext, type LogContext, type Logger } from "../logger.js";

// Only plain ids are taken from the caller: anything else could forge or split log lines.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request id of an inbound request: the caller's `x-request-id` when it is a plain id, else a new one. */
export function requestIdOf(req: Pick<Request, "headers">): string {
  const given = req.headers["x-request-id"];
  const id = Array.isArray(given) ? given[0] : given;
  return id && SAFE_ID.test(id) ? id : randomUUID();
}

/**
 * Gives every inbound request a request id: echoed in the `x-request-id` response header, carried
 * by every log line written while the request is handled (and by the replies it queues), and
 * logged once when the response is finished, with status and duration. Paths in `quiet` (the
 * health check a load balancer polls) log at debug.
 */
export function requestIds(logger: Logger, quiet: string[] = ["/healthz"]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const ctx: LogContext = { reqId: requestIdOf(req) };
    res.locals.logContext = ctx;
    res.setHeader("x-request-id", ctx.reqId);
    const started = process.hrtime.bigint();
    res.once("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const retry = req.headers["x-slack-retry-num"];
      const fields = {
        reqId: ctx.reqId,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        ...(retry !== undefined ? { slackRetry: Number(retry) } : {}),
      };
      if (res.statusCode >= 500) logger.warn(fields, "request failed");
      else if (quiet.includes(req.path)) logger.debug(fields, "request");
      else logger.info(fields, "request");
    });
    logContext.run(ctx, next);
  };
}
