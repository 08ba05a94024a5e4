-- A Teams tenant id is a GUID: one tenant whatever its letter case. Users are now keyed on the lower-
-- case id; rows stored before are moved over (a row whose lower-case twin already exists stays as it
-- was rather than break the unique key).
UPDATE OR IGNORE users SET tenant = lower(tenant) WHERE platform = 'teams' AND tenant <> lower(tenant);
UPDATE OR IGNORE deliveries SET tenant = lower(tenant) WHERE platform = 'teams' AND tenant <> lower(tenant);
UPDATE OR IGNORE credential_holds SET tenant = lower(tenant) WHERE platform = 'teams' AND tenant <> lower(tenant);
