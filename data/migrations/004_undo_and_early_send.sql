-- Undo: what a reversible step (mark sent, stop nudges, heard back, let go) changed, so one tap
-- within a day puts it back. The snapshot is JSON parsed with a zod schema on the way out.
CREATE TABLE undo_log (
  id           INTEGER PRIMARY KEY,
  user_ref     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  what         TEXT    NOT NULL,
  snapshot     TEXT    NOT NULL,
  created_at   INTEGER NOT NULL,
  undone_at    INTEGER
);
CREATE INDEX undo_log_user ON undo_log (user_ref, created_at);

-- Set once the user chose to send a thank-you before the reflect nudge came: asked once, not again.
ALTER TABLE interviews ADD COLUMN early_send_ok INTEGER NOT NULL DEFAULT 0;
