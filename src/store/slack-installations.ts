import type Database from "better-sqlite3";
import type { InstallationKey, SlackInstallationRecord, SlackInstallationsRepo } from "../core/model/installation.js";
import { prepared } from "./prepared.js";
import { TokenCipher, TokenUnreadableError } from "./token-cipher.js";

interface Row {
  install_kind: "team" | "enterprise";
  install_id: string;
  team_id: string | null;
  team_name: string | null;
  enterprise_id: string | null;
  enterprise_name: string | null;
  enterprise_url: string | null;
  app_id: string | null;
  bot_id: string | null;
  bot_user_id: string;
  bot_scopes: string;
  bot_token: string;
  bot_refresh_token: string | null;
  bot_expires_at: number | null;
  installer_user_id: string | null;
}

/** What `rekey` did. */
export interface RekeyResult {
  /** Rows whose tokens were re-encrypted from the previous key to the current one. */
  rekeyed: number;
  /** Rows already under the current key (a rekey run twice changes nothing). */
  current: number;
}

const where = (key: InstallationKey) => `${key.kind}:${key.id}`;
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

/**
 * Slack installations in SQLite, tokens sealed with AES-256-GCM by the current key's cipher. With
 * the previous key too (during a key rotation) tokens sealed with either are read; writes always
 * use the current key.
 */
export class SlackInstallations implements SlackInstallationsRepo {
  constructor(
    private readonly db: Database.Database,
    private readonly cipher: TokenCipher,
    private readonly previous?: TokenCipher,
  ) {}

  /** Creates or replaces the installation under its key. */
  save(r: SlackInstallationRecord, now: number): void {
    const at = where(r);
    prepared(this.db,
      `INSERT INTO slack_installations (install_kind, install_id, team_id, team_name, enterprise_id, enterprise_name, enterprise_url,
         app_id, bot_id, bot_user_id, bot_scopes, bot_token, bot_refresh_token, bot_expires_at, installer_user_id, installed_at, updated_at)
       VALUES (@kind, @id, @teamId, @teamName, @enterpriseId, @enterpriseName, @enterpriseUrl,
         @appId, @botId, @botUserId, @botScopes, @botToken, @botRefreshToken, @botExpiresAt, @installer, @now, @now)
       ON CONFLICT (install_kind, install_id) DO UPDATE SET team_id = @teamId, team_name = @teamName, enterprise_id = @enterpriseId,
         enterprise_name = @enterpriseName, enterprise_url = @enterpriseUrl, app_id = @appId, bot_id = @botId, bot_user_id = @botUserId,
         bot_scopes = @botScopes, bot_token = @botToken, bot_refresh_token = @botRefreshToken, bot_expires_at = @botExpiresAt,
         installer_user_id = COALESCE(@installer, installer_user_id), updated_at = @now`,
    ).run({
      kind: r.kind,
      id: r.id,
      teamId: orNull(r.teamId),
      teamName: orNull(r.teamName),
      enterpriseId: orNull(r.enterpriseId),
      enterpriseName: orNull(r.enterpriseName),
      enterpriseUrl: orNull(r.enterpriseUrl),
      appId: orNull(r.appId),
      botId: orNull(r.botId),
      botUserId: r.botUserId,
      botScopes: r.botScopes.join(","),
      botToken: this.cipher.seal(r.botToken, `${at}:bot_token`),
      botRefreshToken: r.botRefreshToken ? this.cipher.seal(r.botRefreshToken, `${at}:bot_refresh_token`) : null,
      botExpiresAt: orNull(r.botExpiresAt),
      installer: orNull(r.installerUserId),
      now,
    });
  }

  /** The installation under this key with its tokens opened, or undefined. Throws TokenUnreadableError under another key. */
  find(key: InstallationKey): SlackInstallationRecord | undefined {
    const row = prepared(this.db, "SELECT * FROM slack_installations WHERE install_kind = ? AND install_id = ?").get(key.kind, key.id) as Row | undefined;
    if (!row) return undefined;
    const sealedWith = TokenCipher.keyIdOf(row.bot_token);
    return this.toRecord(row, this.previous && sealedWith === this.previous.keyId ? this.previous : this.cipher);
  }

  /** Removes the installation; false when there was none. */
  delete(key: InstallationKey): boolean {
    return prepared(this.db, "DELETE FROM slack_installations WHERE install_kind = ? AND install_id = ?").run(key.kind, key.id).changes > 0;
  }

  /** How many installations there are. */
  count(): number {
    return (prepared(this.db, "SELECT count(*) AS n FROM slack_installations").get() as { n: number }).n;
  }

  /** The key ids the stored tokens were sealed with, and how many rows each (for `doctor`). */
  keyIds(): Map<string, number> {
    const ids = new Map<string, number>();
    for (const { bot_token } of prepared(this.db, "SELECT bot_token FROM slack_installations").all() as { bot_token: string }[]) {
      const id = TokenCipher.keyIdOf(bot_token) ?? "unknown";
      ids.set(id, (ids.get(id) ?? 0) + 1);
    }
    return ids;
  }

  /** Opens every stored token without changing anything; returns what cannot be read, one sentence each (for `doctor`). */
  unreadable(): string[] {
    const problems: string[] = [];
    for (const row of prepared(this.db, "SELECT * FROM slack_installations ORDER BY install_kind, install_id").all() as Row[]) {
      const sealedWith = TokenCipher.keyIdOf(row.bot_token);
      try {
        this.toRecord(row, this.previous && sealedWith === this.previous.keyId ? this.previous : this.cipher);
      } catch (err) {
        if (!(err instanceof TokenUnreadableError)) throw err;
        problems.push(err.message);
      }
    }
    return problems;
  }

  /**
   * Re-encrypts every token sealed with `previous` under this store's (current) key, in one
   * transaction: all rows or none. Rows already under the current key are left alone; a row
   * neither key opens stops the whole rekey with TokenUnreadableError naming it.
   */
  rekey(now: number, previous: TokenCipher | undefined = this.previous): RekeyResult {
    const result: RekeyResult = { rekeyed: 0, current: 0 };
    this.db.transaction(() => {
      const rows = prepared(this.db, "SELECT * FROM slack_installations ORDER BY install_kind, install_id").all() as Row[];
      for (const row of rows) {
        if (TokenCipher.keyIdOf(row.bot_token) === this.cipher.keyId) {
          this.toRecord(row, this.cipher);
          result.current++;
          continue;
        }
        if (!previous) throw new TokenUnreadableError(`The tokens of ${row.install_kind}:${row.install_id} were encrypted with another key; give it as AFTERWORD_ENCRYPTION_KEY_PREVIOUS.`);
        const record = this.toRecord(row, previous);
        // save() keeps installed_at and seals each token afresh under the current key.
        this.save(record, now);
        result.rekeyed++;
      }
    }).immediate();
    return result;
  }

  private toRecord(row: Row, cipher: TokenCipher): SlackInstallationRecord {
    const at = `${row.install_kind}:${row.install_id}`;
    const open = (sealed: string, column: string) => {
      try {
        return cipher.open(sealed, `${at}:${column}`);
      } catch (err) {
        if (err instanceof TokenUnreadableError) throw err;
        throw new TokenUnreadableError(`The stored value for ${at}:${column} cannot be read: ${(err as Error).message}`);
      }
    };
    const record: SlackInstallationRecord = {
      kind: row.install_kind,
      id: row.install_id,
      botUserId: row.bot_user_id,
      botScopes: row.bot_scopes ? row.bot_scopes.split(",") : [],
      botToken: open(row.bot_token, "bot_token"),
    };
    const optional = {
      teamId: orUndefined(row.team_id),
      teamName: orUndefined(row.team_name),
      enterpriseId: orUndefined(row.enterprise_id),
      enterpriseName: orUndefined(row.enterprise_name),
      enterpriseUrl: orUndefined(row.enterprise_url),
      appId: orUndefined(row.app_id),
      botId: orUndefined(row.bot_id),
      botRefreshToken: row.bot_refresh_token ? open(row.bot_refresh_token, "bot_refresh_token") : undefined,
      botExpiresAt: orUndefined(row.bot_expires_at),
      installerUserId: orUndefined(row.installer_user_id),
    };
    for (const [k, v] of Object.entries(optional)) if (v !== undefined) (record as unknown as Record<string, unknown>)[k] = v;
    return record;
  }
}
