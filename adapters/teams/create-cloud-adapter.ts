import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
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

/**
 * The public cloud's settings with the signing keys read from another address. botbuilder takes any one of these
 * settings as a sign that all are given, so the rest are the public cloud's own values, as its SDK defines them.
 */
function publicCloudWithKeysAt(metadataUrl: string) {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
    ToChannelFromBotOAuthScope: "https://api.botframework.com",
    ToBotFromChannelTokenIssuer: "https://api.botframework.com",
    OAuthUrl: "https://api.botframework.com",
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
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
          ...(config.TEAMS_OPENID_METADATA_URL ? publicCloudWithKeysAt(config.TEAMS_OPENID_METADATA_URL) : {}),
        }
      : {};
  const auth = new ConfigurationBotFrameworkAuthentication(options, undefined, undefined, undefined, {
    httpClient: createConnectorHttpClient(),
  });
  return { adapter: new CloudAdapter(auth), appId };
}
