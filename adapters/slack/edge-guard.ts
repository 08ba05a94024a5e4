import type { NextFunction, Request, Response } from "express";
import type { Logger } from "../../src/logger.js";

/** Largest request body accepted (Slack's own payloads are far smaller). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** How far a request timestamp may be from now, either way. */
export const MAX_SKEW_SECONDS = 5 * 60;

/**
 * Runs before Bolt reads the body: answers 413 to a body declared over 1 MB, and 401 to a
 * missing timestamp or one more than five minutes from now in either direction (Bolt itself
 * only refuses old ones). The signature is left to Bolt, which needs the raw body.
 */
export function slackEdgeGuard(logger: Logger, now: () => number = Date.now) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const length = Number(req.headers["content-length"] ?? 0);
    if (length > MAX_BODY_BYTES) {
      logger.warn({ length }, "slack request refused: body over 1 MB");
      res.status(413).set("Connection", "close").send();
      return;
    }
    // A streamed body of unknown size may be cut off at 1 MB by Bolt; never reuse that connection.
    if (req.headers["content-length"] === undefined) res.set("Connection", "close");
    const header = req.headers["x-slack-request-timestamp"];
    const ts = Number(Array.isArray(header) ? header[0] : header);
    if (!header || !Number.isFinite(ts) || Math.abs(now() / 1000 - ts) > MAX_SKEW_SECONDS) {
      logger.warn({ timestamp: header ?? null }, "slack request refused: timestamp missing or more than 5 minutes from now");
      res.status(401).send();
      return;
    }
    next();
  };
}
