import type { Router } from "express";
import { ErrorCode as OAuthErrorCode, type CallbackOptions } from "@slack/oauth";
import type { Logger } from "../../../src/logger.js";
import { failedPage, installedPage } from "./install-pages.js";
import type { SlackOAuth } from "./slack-oauth.js";

/** Where a person starts an install ("Add to Slack"): a redirect to Slack's consent page with a fresh state. */
export const INSTALL_PATH = "/slack/install";
/** Where Slack sends the browser back with the code; the Redirect URL in the app's settings. */
export const REDIRECT_PATH = "/slack/oauth_redirect";

const STATE_ERRORS: string[] = [OAuthErrorCode.MissingStateError, OAuthErrorCode.InvalidStateError, OAuthErrorCode.MissingCodeError];

/** Mounts GET /slack/install and GET /slack/oauth_redirect (Bolt's InstallProvider) on the Slack router. */
export function mountInstallRoutes(router: Router, oauth: SlackOAuth, logger: Logger): void {
  const log = logger.child({ component: "slack-install" });
  const callbacks: CallbackOptions = {
    success: (installation, _options, _req, res) => {
      const team = installation.team?.id;
      log.info({ team, enterprise: installation.enterprise?.id, orgWide: Boolean(installation.isEnterpriseInstall), rotation: Boolean(installation.bot?.refreshToken) }, "slack workspace installed");
      const open = team && installation.appId ? `slack://app?team=${team}&id=${installation.appId}` : "slack://open";
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(installedPage(installation.team?.name ?? installation.enterprise?.name, open));
    },
    failure: (error, _options, _req, res) => {
      const cancelled = /cancelled/i.test(error.message);
      const link = STATE_ERRORS.includes(error.code);
      log.warn({ code: error.code, reason: error.message }, link ? "slack install refused: the state is forged, expired or used" : "slack install did not finish");
      res.writeHead(link ? 400 : cancelled ? 200 : 502, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(failedPage(link ? "link" : cancelled ? "cancelled" : "slack", INSTALL_PATH));
    },
  };
  router.get(INSTALL_PATH, async (req, res, next) => {
    try {
      await oauth.installer.handleInstallPath(req, res);
    } catch (err) {
      next(err);
    }
  });
  router.get(REDIRECT_PATH, async (req, res, next) => {
    try {
      await oauth.installer.handleCallback(req, res, callbacks);
    } catch (err) {
      next(err);
    }
  });
}
