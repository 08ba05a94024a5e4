// Slack's side of an OAuth install, on the fake Web API: the consent page a person approves
// (turned into a redirect with a one-time code), oauth.v2.access for the code exchange and for
// refreshes of rotating tokens, and per-workspace bot tokens that auth.test and the other
// methods accept. Every token it ever issued is kept, so a test can look for them on disk.
import type { FakeSlackApi } from "./fake-slack-api.js";

/** A workspace the fake knows. */
interface Workspace {
  team: string;
  name: string;
  botUserId: string;
  botId: string;
  /** Seconds the next issued token lives. */
  expiresIn: number;
  refreshToken?: string;
  accessToken?: string;
  issued: number;
}

/** The fake OAuth half of Slack. */
export class FakeSlackOAuth {
  readonly clientId = "1111111111.2222222222";
  readonly clientSecret = "fake-client-secret-0123456789";
  readonly appId = "AAFTERWORD";
  /** Every token issued, access and refresh, in order. */
  readonly issued: string[] = [];
  /** Milliseconds a refresh takes (so concurrent callers overlap). */
  refreshDelayMs = 0;
  private readonly workspaces = new Map<string, Workspace>();
  private readonly codes = new Map<string, { team: string; user: string; redirectUri?: string }>();
  private nextCode = 1;

  constructor(private readonly api: FakeSlackApi) {
    api.oauthAccess = (args) => this.access(args);
  }

  /** Adds a workspace whose bot tokens live `expiresIn` seconds (Slack's is 12 hours). */
  workspace(team: string, name: string, expiresIn = 43_200): this {
    this.workspaces.set(team, { team, name, botUserId: `U${team}BOT`, botId: `B${team}`, expiresIn, issued: 0 });
    return this;
  }

  /** The bot user id Slack gave the app in a workspace. */
  botUserIdOf(team: string): string {
    return this.workspaces.get(team)!.botUserId;
  }

  /** The workspace's current bot token. */
  tokenOf(team: string): string | undefined {
    return this.workspaces.get(team)?.accessToken;
  }

  /**
   * Slack's consent page: checks the authorize URL Afterword sent the browser to, and returns
   * where Slack sends the browser back once `user` of `team` approves (code and state).
   */
  approve(authorizeUrl: string, team: string, user: string, redirectUri: string): string {
    const url = new URL(authorizeUrl);
    if (url.searchParams.get("client_id") !== this.clientId) throw new Error(`wrong client_id in ${authorizeUrl}`);
    if (!url.searchParams.get("scope")?.includes("chat:write")) throw new Error(`no bot scopes in ${authorizeUrl}`);
    const code = `code-${team}-${this.nextCode++}`;
    this.codes.set(code, { team, user, redirectUri: url.searchParams.get("redirect_uri") ?? undefined });
    const back = new URL(url.searchParams.get("redirect_uri") ?? redirectUri);
    back.searchParams.set("code", code);
    back.searchParams.set("state", url.searchParams.get("state") ?? "");
    return back.href;
  }

  /** How many refreshes (grant_type=refresh_token) Slack has answered for a workspace. */
  refreshesOf(team: string): number {
    return this.api.callsOf("oauth.v2.access").filter((c) => c.args.grant_type === "refresh_token" && c.args.refresh_token?.includes(`-${team}-`)).length;
  }

  private issue(w: Workspace): { access_token: string; refresh_token: string; expires_in: number } {
    w.issued++;
    if (w.accessToken) this.api.workspaceTokens.delete(w.accessToken);
    w.accessToken = `xoxe.xoxb-1-${w.team}-${w.issued}-${Math.random().toString(36).slice(2, 10)}`;
    w.refreshToken = `xoxe-1-${w.team}-${w.issued}-${Math.random().toString(36).slice(2, 10)}`;
    this.api.workspaceTokens.set(w.accessToken, { team: w.team, botUserId: w.botUserId, botId: w.botId });
    this.issued.push(w.accessToken, w.refreshToken);
    return { access_token: w.accessToken, refresh_token: w.refreshToken, expires_in: w.expiresIn };
  }

  private async access(args: Record<string, any>): Promise<Record<string, unknown>> {
    if (args.client_id !== this.clientId || args.client_secret !== this.clientSecret) return { ok: false, error: "invalid_client_id" };
    if (args.grant_type === "refresh_token") {
      const w = [...this.workspaces.values()].find((x) => x.refreshToken && x.refreshToken === args.refresh_token);
      if (!w) return { ok: false, error: "invalid_refresh_token" };
      if (this.refreshDelayMs) await new Promise((r) => setTimeout(r, this.refreshDelayMs));
      return { ok: true, app_id: this.appId, scope: "commands,chat:write", token_type: "bot", bot_user_id: w.botUserId, team: { id: w.team, name: w.name }, enterprise: null, is_enterprise_install: false, ...this.issue(w) };
    }
    const grant = this.codes.get(args.code);
    if (!grant) return { ok: false, error: "invalid_code" };
    this.codes.delete(args.code);
    if (grant.redirectUri && grant.redirectUri !== args.redirect_uri) return { ok: false, error: "bad_redirect_uri" };
    const w = this.workspaces.get(grant.team);
    if (!w) return { ok: false, error: "team_not_found" };
    return {
      ok: true,
      app_id: this.appId,
      authed_user: { id: grant.user },
      scope: "commands,chat:write,im:write,im:history,users:read,files:write",
      token_type: "bot",
      bot_user_id: w.botUserId,
      team: { id: w.team, name: w.name },
      enterprise: null,
      is_enterprise_install: false,
      ...this.issue(w),
    };
  }
}
