-- A platform (per workspace or tenant) that refused Afterword's own credentials: its nudges are held,
-- not failed, until a sweep finds the credentials work again. The operator's problem, never the users'.
CREATE TABLE credential_holds (
  platform      TEXT    NOT NULL,
  tenant        TEXT    NOT NULL,
  error         TEXT    NOT NULL,                -- what the platform said, e.g. invalid_auth
  since         INTEGER NOT NULL,
  checked_at    INTEGER NOT NULL,
  PRIMARY KEY (platform, tenant)
);
