import type { Activity } from "./bot-framework.js";
import type { RequestHandler } from "express";
import type { Config } from "../../src/config.js";
import type { Logger } from "../../src/logger.js";
import { tenantOf } from "./activity-to-inbound.js";

/** True when the activity may be served: no tenant is configured, or it comes from that tenant. */
export function isAllowedTenant(allowed: string | undefined, activity: Partial<Activity>): boolean {
  if (!allowed) return true;
  return tenantOf(activity)?.toLowerCase() === allowed.toLowerCase();
}

/**
 * Refuses, with 403 and before anything is stored, activities from tenants other than
 * MicrosoftAppTenantId. botbuilder checks the token, never the tenant, so this is ours to do.
 */
export function tenantGate(config: Pick<Config, "MicrosoftAppTenantId">, logger: Logger): RequestHandler {
  const allowed = config.MicrosoftAppTenantId;
  return (req, res, next) => {
    if (isAllowedTenant(allowed, req.body as Partial<Activity>)) return next();
    // The id is the client's choice until the token is checked: log a short prefix, never all of it.
    const tenant = tenantOf(req.body as Partial<Activity>);
    logger.warn({ tenant: tenant === undefined ? null : tenant.slice(0, 64) }, "teams: activity from another tenant refused");
    res.status(403).json({ error: "tenant_not_allowed", message: "This bot serves a single Microsoft 365 tenant." });
  };
}
