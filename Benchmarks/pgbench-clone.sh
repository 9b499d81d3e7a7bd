#!/usr/bin/env bash
# The PostgreSQL clone benchmark (not a test, not part of CI).
#
# Creates `pgbench -i -s SCALE --foreign-keys` (2M accounts at scale 20) on a PostgreSQL server, then
# times, in the same run, on the same server:
#   pg_dump | psql         pg_dump SRC | psql DST                      the PG → PG baseline
#   doppel PG → PG         doppel clone --policy Benchmarks/pgbench.yaml (aid pseudonymized), and with --jobs 2
#   \copy CSV + .import    psql \copy each table TO CSV; sqlite3 .import  the PG → SQLite baseline
#   doppel PG → SQLite     the same policy into a SQLite file
# and prints seconds, rows/s, the ratio to its baseline and peak resident memory of each.
#
# Usage (from anywhere):  bash Benchmarks/pgbench-clone.sh
# Environment:
#   DOPPEL_BENCH_POSTGRES_URL  a server to use (a URL to its maintenance database, e.g.
#                              postgresql://me@localhost/postgres); otherwise the script starts a throwaway
#                              cluster (initdb + pg_ctl on a private socket; as root, as the postgres user)
#   DOPPEL_BENCH_SCALE         pgbench scale (default 20: 2,000,000 accounts)
#   DOPPEL_BENCH_RUNS          runs per method; the best time is kept (default 2)
#   DOPPEL_BIN                 use this doppel binary instead of building one (.build-release)
#   DOPPEL_BENCH_KEEP          1: keep the temporary directory and the databases
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale="${DOPPEL_BENCH_SCALE:-20}"
runs="${DOPPEL_BENCH_RUNS:-2}"
# shellcheck source=Benchmarks/common.sh
source "$repo/Benchmarks/common.sh"

for tool in psql pg_dump pgbench sqlite3; do
    command -v "$tool" >/dev/null || { say "$tool is required (apt-get install -y postgresql postgresql-contrib sqlite3)"; exit 2; }
done
begin_postgres_bench pgbench

say "creating pgbench -i -s $scale --foreign-keys"
psql_admin -c "DROP DATABASE IF EXISTS bench_source" -c "CREATE DATABASE bench_source"
pgbench -i -s "$scale" --foreign-keys -q "$(url bench_source)" >/dev/null 2>&1
src="$(url bench_source)"
rows=$(psql "$src" -XtAc "SELECT (SELECT count(*) FROM pgbench_accounts) + (SELECT count(*) FROM pgbench_branches) + (SELECT count(*) FROM pgbench_tellers)")
psql "$src" -Xqc "VACUUM ANALYZE"

export DOPPEL_SECRET="${DOPPEL_SECRET:-doppel-benchmark-secret-not-for-production-0123456789}"
export DOPPEL_LEDGER="$work/ledger.sqlite"
: >"$work/results"

dump_restore() { pg_dump "$1" | psql -X -q -v ON_ERROR_STOP=1 "$2" >/dev/null; }
csv_import() {
    local dir="$work/csv"; rm -rf "$dir" "$3"; mkdir -p "$dir"
    for table in pgbench_branches pgbench_tellers pgbench_accounts pgbench_history; do
        psql "$1" -Xqc "\\copy $table TO '$dir/$table.csv' WITH (FORMAT csv, HEADER)"
        sqlite3 "$3" ".import --csv $dir/$table.csv $table"
    done
}
export -f dump_restore csv_import
export work

for ((run = 1; run <= runs; run++)); do
    say "run $run of $runs"
    fresh_db bench_dump
    timed dump bash -c 'dump_restore "$1" "$2"' _ "$src" "$(url bench_dump)"
    fresh_db bench_doppel   # an empty database, as for the dump: both runs create no database while timed
    timed doppel-pg "$doppel" clone --policy "$repo/Benchmarks/pgbench.yaml" --source "$src" --target "$(url bench_doppel)" --quiet
    fresh_db bench_doppel
    timed doppel-pg-jobs2 "$doppel" clone --policy "$repo/Benchmarks/pgbench.yaml" --source "$src" --target "$(url bench_doppel)" --quiet --jobs 2
    timed csv bash -c 'csv_import "$1" "$2" "$3"' _ "$src" "" "$work/csv.sqlite"
    rm -f "$work/doppel.sqlite"
    timed doppel-sqlite "$doppel" clone --policy "$repo/Benchmarks/pgbench.yaml" --source "$src" --target "sqlite:$work/doppel.sqlite" --quiet
done
[[ "$(psql "$(url bench_doppel)" -XtAc 'SELECT count(*) FROM pgbench_accounts')" == "$((scale * 100000))" ]] || { say "the PostgreSQL clone is short of rows"; exit 1; }
[[ "$(sqlite3 "$work/doppel.sqlite" 'SELECT count(*) FROM pgbench_accounts')" == "$((scale * 100000))" ]] || { say "the SQLite clone is short of rows"; exit 1; }

best() { awk -v n="$1" '$1 == n { if (t == "" || $2 < t) t = $2; if ($3 > m) m = $3 } END { printf "%s %s", t, m }' "$work/results"; }
read -r dump_s dump_k <<<"$(best dump)"
read -r dpg_s dpg_k <<<"$(best doppel-pg)"
read -r dpj_s dpj_k <<<"$(best doppel-pg-jobs2)"
read -r csv_s csv_k <<<"$(best csv)"
read -r dsq_s dsq_k <<<"$(best doppel-sqlite)"
line() { awk -v name="$1" -v s="$2" -v k="$3" -v base="$4" -v rows="$rows" 'BEGIN { printf "%-34s %8.2f %12.0f %8.2fx %8.1f\n", name, s, rows / s, s / base, k * 1024 / 1e6 }'; }
{
    echo
    echo "Doppel PostgreSQL clone benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; PostgreSQL $server_version; doppel $(cd "$repo" && git rev-parse --short HEAD)"
    echo "source: pgbench -i -s $scale --foreign-keys ($rows rows); best of $runs run(s)"
    echo
    printf '%-34s %8s %12s %9s %8s\n' method seconds rows/s "x base" "peak MB"
    line "pg_dump | psql" "$dump_s" "$dump_k" "$dump_s"
    line "doppel PG -> PG (aid pseudonymized)" "$dpg_s" "$dpg_k" "$dump_s"
    line "doppel PG -> PG --jobs 2" "$dpj_s" "$dpj_k" "$dump_s"
    line "psql \\copy CSV + sqlite3 .import" "$csv_s" "$csv_k" "$csv_s"
    line "doppel PG -> SQLite" "$dsq_s" "$dsq_k" "$csv_s"
    echo "(x base: against pg_dump | psql for PG -> PG, against the CSV route for PG -> SQLite; peak MB = 10^6 bytes)"
    echo
    echo "goal: doppel PG -> PG --jobs 2 <= 1.2x pg_dump | psql and <= 200 MB peak"
}
