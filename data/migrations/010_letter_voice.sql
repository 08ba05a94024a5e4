-- The user's own voice in letters: the name they chose to sign with (never overwritten by the platform's display
-- name, which is refreshed on every event), how they greet interviewers, and when the name was asked (once).
ALTER TABLE users ADD COLUMN signing_name TEXT;
ALTER TABLE users ADD COLUMN greeting_style TEXT NOT NULL DEFAULT 'first' CHECK (greeting_style IN ('first', 'formal'));
ALTER TABLE users ADD COLUMN signing_name_asked_at INTEGER;

-- A beat of the letters the notes could not fill as written (slot: moment:<interviewer id>, need, unsaid): asked once
-- in the thank-you nudge; the user's one-sentence answer, when given, is what the letter uses.
CREATE TABLE letter_gaps (
  interview_id  INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  slot          TEXT    NOT NULL,
  asked_at      INTEGER NOT NULL,
  answer        TEXT,
  PRIMARY KEY (interview_id, slot)
);
