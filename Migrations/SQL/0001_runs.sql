-- The run ledger: one row per run of clone, fit or synthesize, and one per table of that run.
-- Never a data value: names, counts, timings, hashes and verdicts only.
CREATE TABLE runs (
    id              INTEGER PRIMARY KEY,
    command         TEXT    NOT NULL,            -- clone | fit | synthesize
    started_at      TEXT    NOT NULL,            -- ISO 8601, UTC
    finished_at     TEXT,
    exit_status     INTEGER,                     -- 0 done, 1 policy, 3 connection, 4 failed run
    policy_path     TEXT,
    policy_sha256   TEXT,
    seed            INTEGER,
    secret_fingerprint TEXT,                     -- 16 hex digits derived from the secret; never the secret
    source          TEXT,                        -- URL with the password removed
    target          TEXT,                        -- URL with the password removed
    rows_written    INTEGER NOT NULL DEFAULT 0,
    bytes_written   INTEGER,
    error           TEXT,                        -- the error message of a failed run (never a value)
    doppel_version  TEXT    NOT NULL
);

CREATE TABLE run_tables (
    run_id          INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    table_name      TEXT    NOT NULL,
    mode            TEXT    NOT NULL,            -- mask | empty | skip
    rows_read       INTEGER NOT NULL DEFAULT 0,
    rows_written    INTEGER NOT NULL DEFAULT 0,
    seconds         REAL    NOT NULL DEFAULT 0,
    rules           TEXT    NOT NULL DEFAULT '', -- rule names applied, comma-separated, e.g. "fake,keep,pseudonymize"
    PRIMARY KEY (run_id, table_name)
);

CREATE INDEX runs_started_at ON runs(started_at);
