-- Nudges of one interview due at the same moment (after a pause or downtime) go out as one message:
-- the others are held behind the first and point at it here, and are marked sent when it is.
ALTER TABLE reminders ADD COLUMN joined_to INTEGER;
