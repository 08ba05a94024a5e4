-- A time zone the user chose in settings: the platform's reports (Slack profile, Teams client, the
-- terminal's --tz) no longer replace it until the user goes back to following the platform.
ALTER TABLE users ADD COLUMN tz_chosen INTEGER NOT NULL DEFAULT 0;
