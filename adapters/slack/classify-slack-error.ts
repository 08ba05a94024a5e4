import { webApi } from "@slack/bolt";
import { SendError } from "../../src/core/types.js";
import { isNotInstalled } from "./oauth/sqlite-installation-store.js";

// Slack refused Afterword's own token or the app's access to the workspace: the operator's to fix.
// Nudges are held, never failed, and no user is stopped for it.
const CREDENTIALS = new Set([
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "token_expired",
  "team_access_not_granted",
  "missing_scope",
  "not_allowed_token_type",
  "ekm_access_denied",
]);

// The recipient is really gone: sending again can never work, so their nudges stop.
const RECIPIENT_GONE = new Set(["account_inactive", "user_not_found", "users_not_found", "user_disabled", "cannot_dm_bot"]);

/** Errors about the DM channel rather than the person: the DM is opened again once before giving up. */
export const CHANNEL_GONE = new Set(["channel_not_found", "is_archived", "not_in_channel"]);

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

/** Translates a Web API failure into the sweeper's SendError: credentials, permanent, or retry (after Retry-After). */
export function toSendError(err: unknown): SendError {
  if (err instanceof SendError) return err;
  // No installation, or a refresh that failed: the workspace's credentials, not the user, are the problem.
  if (isNotInstalled(err)) return new SendError(`No usable Slack installation for this workspace (${(err as Error).message}); the nudge waits.`, "retry");
  const wait = retryAfterMs(err);
  if (wait !== undefined) return new SendError(`Slack is rate-limiting Afterword; retry after ${wait / 1000} s.`, "retry", wait);
  const code = slackErrorCode(err);
  if (code && CREDENTIALS.has(code)) {
    return new SendError(`Slack refused Afterword's bot token (${code}): reinstall the app or update SLACK_BOT_TOKEN.`, "credentials");
  }
  if (code && (RECIPIENT_GONE.has(code) || CHANNEL_GONE.has(code))) {
    return new SendError(`Slack refused the message for good (${code}): the user or their DM with Afterword is gone.`, "permanent");
  }
  const detail = code ?? (err instanceof Error ? err.message : String(err));
  return new SendError(`Slack did not take the message (${detail}); it will be tried again later.`, "retry");
}
