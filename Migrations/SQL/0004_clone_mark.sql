-- The run id a clone's mark carries (SQLite: the _doppel_clone row where there is one; PostgreSQL: each schema's
-- comment), so a target's mark leads to its run here. NULL for a fit and for a run that failed before its target.
ALTER TABLE runs ADD COLUMN clone_mark TEXT;
