-- An interview logged ahead (/interview-next): when it was logged, and how long it is expected to
-- last (minutes). Such a row keeps status 'draft' until its debrief is saved, and reads as
-- "upcoming": widening the status CHECK would mean rebuilding the table, and dropping the old one
-- would cascade-delete every interviewer, answer, reminder and letter hanging off it.
ALTER TABLE interviews ADD COLUMN logged_ahead_at INTEGER;
ALTER TABLE interviews ADD COLUMN length_minutes INTEGER;
