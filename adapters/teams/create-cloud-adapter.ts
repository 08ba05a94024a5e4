import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
import type { Config } from "../../src/config.js";
import { createConnectorHttpClient } from "./connector-http-client.js";
import { AfterwordError, ErrorCode } from "../../src/core/errors.js";

/** Why Teams cannot run with this configuration. */
export class TeamsOffError extends AfterwordError {
  constructor(message: string) {
    super(ErrorCode.TeamsOff, message);
    this.name = "TeamsOffError";
  }
}

/** A CloudAdapter and the app id proactive sends must name. */
export interface TeamsCloud {
  adapter: CloudAdapter;
  /** MicrosoftAppId, or "" when running unauthenticated for the emulator. */
  appId: string;
}

/** Builds botbuilder's CloudAdapter from Afterword's configuration; throws TeamsOffError when Teams is off. */
export function createCloudAdapter(config: Config): TeamsCloud {
  if (config.teams === "off") {
    const why = config.notes.find((n) => n.startsWith("Teams")) ?? "Teams is off: no MicrosoftAppId.";
    throw new TeamsOffError(why);
  }
  // An empty app id switches botbuilder's authentication off entirely, so it is only ever
  // empty when the operator asked for unauthenticated mode by name.
  const appId = config.teams === "authenticated" ? config.MicrosoftAppId! : "";
  const options =
    config.teams === "authenticated"
      ? {
          MicrosoftAppId: appId,
          MicrosoftAppPassword: config.MicrosoftAppPassword ?? "",
          MicrosoftAppType: config.MicrosoftAppType ?? "MultiTenant",
          MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? "",
        }
      : {};
  const auth = new ConfigurationBotFrameworkAuthentication(options, undefined, undefined, undefined, {
    httpClient: createConnectorHttpClient(),
  });
  return { adapter: new CloudAdapter(auth), appId };
}
