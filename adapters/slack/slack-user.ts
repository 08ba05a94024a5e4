import type { webApi } from "@slack/bolt";
import type { Logger } from "../../src/logger.js";
import { AfterwordError, ErrorCode } from "../../src/core/errors.js";

/** What users.info tells us about a person: IANA time zone and the name that signs letters. */
export interface SlackProfile {
  tz?: string;
  name?: string;
}

/**
 * Reads a user's time zone and real name with users.info; on failure, or after `timeoutMs`,
 * logs and returns nothing (the stored zone, or the default, serves meanwhile).
 */
export async function fetchProfile(web: webApi.WebClient, userId: string, logger: Logger, timeoutMs?: number): Promise<SlackProfile> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const call = web.users.info({ user: userId });
    const res = timeoutMs
      ? await Promise.race([call, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`users.info took over ${timeoutMs} ms`)), timeoutMs)))])
      : await call;
    const u = res.user;
    const name = u?.profile?.real_name || u?.real_name || u?.profile?.display_name || undefined;
    return { ...(u?.tz ? { tz: u.tz } : {}), ...(name ? { name } : {}) };
  } catch (err) {
    logger.warn({ err, user: userId }, "users.info failed; keeping the stored time zone");
    return {};
  } finally {
    clearTimeout(timer);
  }
}

/** Opens (or finds) the bot's DM with a user and returns its channel id. */
export async function openDm(web: webApi.WebClient, userId: string): Promise<string> {
  const res = await web.conversations.open({ users: userId });
  const id = res.channel?.id;
  if (!id) throw new AfterwordError(ErrorCode.SendFailed, `conversations.open returned no channel for ${userId}`);
  return id;
}
