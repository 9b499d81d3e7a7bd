-- What a finished run verified, measured against the source's full set of foreign keys: keys of the cloned tables
-- checked against every row, keys nothing checked (their list, with reasons, is in the summary), and the
-- target's integrity check (NULL when none ran: PostgreSQL has none). All NULL for a failed run and for a fit.
ALTER TABLE runs ADD COLUMN foreign_keys_verified INTEGER;
ALTER TABLE runs ADD COLUMN foreign_keys_unverified INTEGER;
ALTER TABLE runs ADD COLUMN integrity_check TEXT;
