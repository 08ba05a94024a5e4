-- Afterword's first schema. Every row about a person hangs off users(id) with ON DELETE CASCADE,
-- so deleting a user removes everything about them.

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  platform      TEXT    NOT NULL CHECK (platform IN ('slack', 'teams', 'console')),
  tenant        TEXT    NOT NULL,
  user_id       TEXT    NOT NULL,
  display_name  TEXT,
  address       TEXT,
  tz            TEXT,
  tz_checked_at INTEGER,
  nudge_start   INTEGER NOT NULL DEFAULT 540,   -- minutes after local midnight
  nudge_end     INTEGER NOT NULL DEFAULT 1140,
  paused        INTEGER NOT NULL DEFAULT 0,
  stopped       TEXT,                            -- why nudges stopped for good (bot removed, account gone)
  created_at    INTEGER NOT NULL,
  UNIQUE (platform, tenant, user_id)
);

CREATE TABLE interviews (
  id            INTEGER PRIMARY KEY,
  user_ref      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  status        TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'closed')),
  company       TEXT,
  role          TEXT,
  happened_at   TEXT,
  format        TEXT,
  stage         TEXT,
  decision_date TEXT,
  checkin_date  TEXT,
  interest      TEXT CHECK (interest IN ('yes', 'unsure', 'no')),
  recruiter     TEXT,                            -- JSON {name, email?}
  outcome       TEXT,
  created_at    INTEGER NOT NULL,
  confirmed_at  INTEGER,
  closed_at     INTEGER
);
CREATE INDEX interviews_by_user ON interviews (user_ref, status);

CREATE TABLE interviewers (
  id            INTEGER PRIMARY KEY,
  interview_id  INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  name          TEXT    NOT NULL,
  title         TEXT,
  email         TEXT,
  specific      TEXT
);
CREATE INDEX interviewers_by_interview ON interviewers (interview_id, position);

-- The free-text answers of a debrief, one row per question, written as each answer arrives.
CREATE TABLE debrief_answers (
  interview_id  INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  field         TEXT    NOT NULL,
  value         TEXT    NOT NULL,
  PRIMARY KEY (interview_id, field)
);

-- Each user's in-progress conversation: a zod-validated JSON state with a version.
CREATE TABLE conversations (
  user_ref      INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  state         TEXT    NOT NULL,
  version       INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);

CREATE TABLE reminders (
  id            INTEGER PRIMARY KEY,
  user_ref      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  interview_id  INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  kind          TEXT    NOT NULL,
  due_at        INTEGER NOT NULL,                -- epoch milliseconds, UTC
  status        TEXT    NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'sending', 'sent', 'cancelled', 'dead')),
  attempts      INTEGER NOT NULL DEFAULT 0,
  lease_until   INTEGER,
  claimed_by    TEXT,
  last_error    TEXT,
  sent_at       INTEGER,
  created_at    INTEGER NOT NULL
);
CREATE INDEX reminders_due ON reminders (status, due_at);
CREATE INDEX reminders_by_interview ON reminders (interview_id, kind);
CREATE INDEX reminders_by_user ON reminders (user_ref, due_at);

CREATE TABLE letters (
  id             INTEGER PRIMARY KEY,
  interview_id   INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  interviewer_id INTEGER REFERENCES interviewers(id) ON DELETE CASCADE,
  kind           TEXT    NOT NULL CHECK (kind IN ('thanks', 'card', 'checkin', 'rejection')),
  variant        INTEGER NOT NULL DEFAULT 0,
  recipient      TEXT    NOT NULL,
  email          TEXT,
  subject        TEXT    NOT NULL,
  body           TEXT    NOT NULL,
  edited         INTEGER NOT NULL DEFAULT 0,
  status         TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent')),
  sent_at        INTEGER,
  updated_at     INTEGER NOT NULL
);
CREATE INDEX letters_by_interview ON letters (interview_id, kind);

-- Delivery ids already applied, so a retried delivery is applied once. Pruned after a few days.
CREATE TABLE deliveries (
  platform      TEXT    NOT NULL,
  tenant        TEXT    NOT NULL,
  delivery_id   TEXT    NOT NULL,
  user_ref      INTEGER REFERENCES users(id) ON DELETE CASCADE,
  seen_at       INTEGER NOT NULL,
  PRIMARY KEY (platform, tenant, delivery_id)
);
CREATE INDEX deliveries_by_age ON deliveries (seen_at);

-- Small named leases (the server's sweeper lease) and operator facts (last sweep).
CREATE TABLE leases (
  name          TEXT PRIMARY KEY,
  holder        TEXT NOT NULL,
  expires_at    INTEGER NOT NULL
);

CREATE TABLE facts (
  name          TEXT PRIMARY KEY,
  value         TEXT NOT NULL,
  updated_at    INTEGER NOT NULL
);
