// App Home opened, the app uninstalled, tokens revoked.
import type { App } from "@slack/bolt";
import type { SlackParts } from "../slack-parts.js";
import { deliveryId, eventTeam, slackId, type EventBody } from "../to-inbound.js";

/** The enterprise of an org-wide install an event came from, if it did. */
function orgWideEnterprise(body: unknown): string | undefined {
  const b = body as { is_enterprise_install?: unknown; enterprise_id?: unknown; authorizations?: { is_enterprise_install?: unknown; enterprise_id?: unknown }[] };
  const auth = Array.isArray(b.authorizations) ? b.authorizations[0] : undefined;
  const org = b.is_enterprise_install === true || auth?.is_enterprise_install === true;
  const id = auth?.enterprise_id ?? b.enterprise_id;
  return org && typeof id === "string" && id ? id : undefined;
}

/** Listens for App Home being opened and for the app leaving a workspace. */
export function listenForWorkspaceEvents(app: App, parts: SlackParts): void {
  app.event("app_home_opened", async ({ event, body }) => {
    const team = eventTeam(body as unknown as EventBody);
    const user = slackId(event.user);
    if (event.tab !== "home" || !team || !user) return;
    const from = { platform: "slack" as const, tenant: team, user };
    parts.replies.run(from, async () => {
      await parts.profiles.refresh(from);
      await parts.home.publish(from);
    });
  });

  for (const name of ["app_uninstalled", "tokens_revoked"] as const) {
    app.event(name, async ({ body, event }) => {
      const team = eventTeam(body as unknown as EventBody);
      if (!team) return;
      const tokens = (event as { tokens?: { bot?: unknown } }).tokens;
      // Only this app's bot token revoked ends the workspace; a user token alone is not an uninstall.
      if (name === "tokens_revoked" && !parts.workspaces.revokesOurBot(team, tokens?.bot)) return;
      parts.workspaces.forget(team, name, orgWideEnterprise(body), deliveryId((body as unknown as EventBody).event_id));
    });
  }
}
