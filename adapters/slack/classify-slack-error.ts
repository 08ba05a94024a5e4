import { webApi } from "@slack/bolt";
import { SendError } from "../../src/core/types.js";
import { isNotInstalled } from "./oauth/sqlite-installation-store.js";

// The user, their DM or the bot's access is gone: sending again can never work.
const PERMANENT = new Set([
  "account_inactive",
  "channel_not_found",
  "not_in_channel",
  "user_not_found",
  "users_not_found",
  "user_disabled",
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "token_expired",
  "is_archived",
  "cannot_dm_bot",
  "team_access_not_granted",
  "ekm_access_denied",
]);

/** The Slack error code of a Web API failure, if it has one. */
export function slackErrorCode(err: unknown): string | undefined {
  if (err instanceof webApi.WebAPIPlatformError) return err.data.error;
  if (err instanceof webApi.WebAPIRateLimitedError) return "ratelimited";
  return undefined;
}

/** Milliseconds Slack asked us to wait, when the error is a 429. */
export function retryAfterMs(err: unknown): number | undefined {
  return err instanceof webApi.WebAPIRateLimitedError ? err.retryAfter * 1000 : undefined;
}

/** Translates a Web API failure into the sweeper's SendError: permanent, or retry (after Retry-After). */
export function toSendError(err: unknown): SendError {
  if (err instanceof SendError) return err;
  // No installation, or a refresh that failed: the workspace's credentials, not the user, are the problem.
  if (isNotInstalled(err)) return new SendError(`No usable Slack installation for this workspace (${(err as Error).message}); the nudge waits.`, "retry");
  const wait = retryAfterMs(err);
  if (wait !== undefined) return new SendError(`Slack is rate-limiting Afterword; retry after ${wait / 1000} s.`, "retry", wait);
  const code = slackErrorCode(err);
  if (code && PERMANENT.has(code)) {
    return new SendError(`Slack refused the message for good (${code}): the user, their DM or the app's access is gone.`, "permanent");
  }
  const detail = code ?? (err instanceof Error ? err.message : String(err));
  return new SendError(`Slack did not take the message (${detail}); it will be tried again later.`, "retry");
}
