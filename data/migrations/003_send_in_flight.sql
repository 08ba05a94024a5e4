-- A send that began and whose outcome was never recorded (the sweeper died, or lost its claim while
-- sending) may have reached the user. `send_started_at` marks a send in flight; `repeats` counts the
-- sends started while an earlier one's outcome was unknown: each may have delivered the nudge again.
ALTER TABLE reminders ADD COLUMN send_started_at INTEGER;
ALTER TABLE reminders ADD COLUMN repeats INTEGER NOT NULL DEFAULT 0;
