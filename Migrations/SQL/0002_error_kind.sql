-- Every run is recorded from its start, failed ones too (a policy that does not load, a source that cannot be
-- reached, a missing secret): the kind of error that ended a run, beside its exit status and message.
-- policy_path, policy_sha256, seed, source and target were nullable from 0001: a run that fails before its
-- policy loads records what it knows.
ALTER TABLE runs ADD COLUMN error_kind TEXT;     -- usage | policy | secret | model | connection | run; NULL when it finished
