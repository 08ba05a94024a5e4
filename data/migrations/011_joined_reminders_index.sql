-- Nudges held behind another (joined_to, 009) are looked up by the one they wait for on every
-- nudge the sweeper prepares and records. Without an index each lookup read every reminder: at
-- 1M pending, 50 ms per nudge. Only the few held rows are in this index.
CREATE INDEX reminders_joined_to ON reminders (joined_to) WHERE joined_to IS NOT NULL;
