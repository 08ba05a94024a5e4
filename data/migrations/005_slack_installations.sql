-- Slack OAuth distribution: one row per workspace install, and one per Enterprise Grid
-- organisation for an org-wide install. Tokens are stored only as AES-256-GCM ciphertexts
-- (aw1:<key id>:<iv|tag|ciphertext>); the key (AFTERWORD_ENCRYPTION_KEY) never enters the database.
CREATE TABLE slack_installations (
  install_kind      TEXT    NOT NULL CHECK (install_kind IN ('team', 'enterprise')),
  install_id        TEXT    NOT NULL,          -- team id (T…) or, org-wide, enterprise id (E…)
  team_id           TEXT,
  team_name         TEXT,
  enterprise_id     TEXT,
  enterprise_name   TEXT,
  enterprise_url    TEXT,
  app_id            TEXT,
  bot_id            TEXT,
  bot_user_id       TEXT    NOT NULL,
  bot_scopes        TEXT    NOT NULL,          -- comma-separated, as Slack writes them
  bot_token         TEXT    NOT NULL,          -- encrypted
  bot_refresh_token TEXT,                      -- encrypted; only with token rotation
  bot_expires_at    INTEGER,                   -- epoch seconds; only with token rotation
  installer_user_id TEXT,
  installed_at      INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL,
  PRIMARY KEY (install_kind, install_id)
);

-- OAuth state nonces handed out by /slack/install: each is accepted once, within ten minutes.
CREATE TABLE slack_oauth_states (
  nonce       TEXT    PRIMARY KEY,
  expires_at  INTEGER NOT NULL
);
