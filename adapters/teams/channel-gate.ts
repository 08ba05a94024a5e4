import type { RequestHandler } from "express";
import type { Config } from "../../src/config.js";
import type { Logger } from "../../src/logger.js";

/**
 * True when activities from this channel are served: Teams itself, and the Bot Framework
 * Emulator only when Teams runs unauthenticated (which is loopback only). Other channels of the
 * same bot (Direct Line, Web Chat) let their clients set `from` and `channelData` themselves, so
 * an activity from them could speak as any Teams user.
 */
export function isServedChannel(config: Pick<Config, "teams">, channelId: unknown): boolean {
  return channelId === "msteams" || (channelId === "emulator" && config.teams === "unauthenticated");
}

/** Refuses, with 403 and before anything is stored or sent, activities from any other channel. */
export function channelGate(config: Pick<Config, "teams">, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const channelId = (req.body as { channelId?: unknown }).channelId;
    if (isServedChannel(config, channelId)) return next();
    logger.warn({ channelId: String(channelId).slice(0, 100) }, "teams: activity from a channel other than Teams refused");
    res.status(403).json({ error: "channel_not_served", message: "This endpoint serves Microsoft Teams only." });
  };
}
