#!/usr/bin/env bash
# The subset benchmark (not a test, not part of CI).
#
# Creates a shop on a PostgreSQL server (1M customers with referrals, 3M orders, 6M order lines, 3M payments,
# 200k addresses, 20k products, 100 stores: 13.3M rows at scale 1), then times, in the same run, on the same
# server, a 1 % subset (the customers whose id ends in 00, everything they need and everything that follows them):
#   SQL closure          a hand-written closure (Benchmarks/subset-closure.sql: key sets in temporary tables of the
#                        source, recursive queries for the referrals), \copy out and in, with pg_dump's pre-data
#                        and post-data schema around it: the baseline
#   doppel PG -> PG      doppel clone --policy Benchmarks/subset.yaml (the same subset, every column kept)
#   doppel --dry-run     the closure alone (reads the source, writes nothing)
#   doppel masked        Benchmarks/subset-masked.yaml: a keyed 1 % sample with the emails faked
#   doppel PG -> SQLite  the same subset into a SQLite file
#   doppel 50 %          Benchmarks/subset-half.yaml (half the customers: millions of kept keys), with the default
#                        key budget and with DOPPEL_SUBSET_KEYS_IN_MEMORY=2000000 (the rest in a temporary file)
# and prints seconds, peak resident memory, the ratio to the baseline, rows kept and orphans (rows whose
# reference finds no row, counted by query for every foreign key of the source in every clone).
#
# Usage (from anywhere):  bash Benchmarks/subset-clone.sh
# Environment:
#   DOPPEL_BENCH_POSTGRES_URL  a server to use (a URL to its maintenance database); otherwise a throwaway cluster
#   DOPPEL_BENCH_SCALE         a factor on the row counts (default 1)
#   DOPPEL_BENCH_RUNS          runs per method; the best time is kept (default 2)
#   DOPPEL_BIN                 use this doppel binary instead of building one (.build-release)
#   DOPPEL_BENCH_KEEP          1: keep the temporary directory and the databases
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale="${DOPPEL_BENCH_SCALE:-1}"
runs="${DOPPEL_BENCH_RUNS:-2}"
# shellcheck source=Benchmarks/common.sh
source "$repo/Benchmarks/common.sh"

for tool in psql pg_dump sqlite3; do
    command -v "$tool" >/dev/null || { say "$tool is required (apt-get install -y postgresql sqlite3)"; exit 2; }
done
begin_postgres_bench subset

n() { awk -v base="$1" -v scale="$scale" 'BEGIN { printf "%d", base * scale }'; }
customers=$(n 1000000); orders=$(n 3000000); addresses=$(n 200000); products=$(n 20000)
say "creating the shop ($customers customers, $orders orders)"
fresh_db bench_source
src="$(url bench_source)"
psql "$src" -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE TABLE addresses (id integer PRIMARY KEY, city text NOT NULL, postcode text NOT NULL);
CREATE TABLE stores (id integer PRIMARY KEY, address_id integer NOT NULL, name text NOT NULL);
CREATE TABLE customers (
    id integer PRIMARY KEY, store_id integer NOT NULL, address_id integer, referred_by integer,
    email text NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id integer NOT NULL, ordered_at timestamptz NOT NULL, total numeric(12,2) NOT NULL);
CREATE TABLE order_lines (order_id bigint NOT NULL, line integer NOT NULL, product_id integer NOT NULL, qty integer NOT NULL, PRIMARY KEY (order_id, line));
CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL, customer_id integer NOT NULL, amount numeric(12,2) NOT NULL, paid_at timestamptz NOT NULL);
INSERT INTO addresses SELECT i, 'City ' || (i % 5000), lpad((i % 99999)::text, 5, '0') FROM generate_series(1, $addresses) AS i;
INSERT INTO stores SELECT i, 1 + (i * 37) % $addresses, 'Store ' || i FROM generate_series(1, 100) AS i;
INSERT INTO customers SELECT i, 1 + i % 100, CASE WHEN i % 11 = 0 THEN NULL ELSE 1 + (i * 7919) % $addresses END,
    CASE WHEN i % 7 = 0 AND i > 3 THEN i - 3 END, 'customer' || i || '@example.com', '2020-01-01'::timestamptz + (i % 1000) * interval '1 day'
    FROM generate_series(1::bigint, $customers) AS i;
INSERT INTO products SELECT i, 'Product ' || i, (i % 500) + 0.99 FROM generate_series(1, $products) AS i;
INSERT INTO orders SELECT i, 1 + (i * 104729) % $customers, '2024-01-01'::timestamptz + (i % 365) * interval '1 day', (i % 1000) + 0.5
    FROM generate_series(1::bigint, $orders) AS i;
INSERT INTO order_lines SELECT o, l, 1 + (o * 31 + l * 17) % $products, 1 + (o + l) % 5 FROM generate_series(1, $orders) AS o, generate_series(1, 2) AS l;
INSERT INTO payments SELECT i, i, 1 + (i * 104729) % $customers, (i % 1000) + 0.5, '2024-01-02'::timestamptz + (i % 365) * interval '1 day'
    FROM generate_series(1::bigint, $orders) AS i;
ALTER TABLE stores ADD FOREIGN KEY (address_id) REFERENCES addresses(id);
ALTER TABLE customers ADD FOREIGN KEY (store_id) REFERENCES stores(id), ADD FOREIGN KEY (address_id) REFERENCES addresses(id),
    ADD FOREIGN KEY (referred_by) REFERENCES customers(id);
ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers(id);
ALTER TABLE order_lines ADD FOREIGN KEY (order_id) REFERENCES orders(id), ADD FOREIGN KEY (product_id) REFERENCES products(id);
ALTER TABLE payments ADD FOREIGN KEY (order_id) REFERENCES orders(id), ADD FOREIGN KEY (customer_id) REFERENCES customers(id);
CREATE INDEX ON customers (referred_by);
CREATE INDEX ON orders (customer_id);
CREATE INDEX ON payments (customer_id);
CREATE INDEX ON payments (order_id);
VACUUM ANALYZE;
SQL
tables=(addresses stores customers products orders order_lines payments)
source_rows=0
for table in "${tables[@]}"; do source_rows=$((source_rows + $(psql "$src" -XtAc "SELECT count(*) FROM $table"))); done

export DOPPEL_SECRET="${DOPPEL_SECRET:-doppel-benchmark-secret-not-for-production-0123456789}"
export DOPPEL_LEDGER="$work/ledger.sqlite"
: >"$work/results"

sql_closure() {
    local dir="$work/copy"; rm -rf "$dir"; mkdir -p "$dir"
    pg_dump --schema-only --section=pre-data "$1" | psql -X -q -v ON_ERROR_STOP=1 "$2" >/dev/null
    (cd "$dir" && psql "$1" -X -q -v ON_ERROR_STOP=1 -f "$repo/Benchmarks/subset-closure.sql" >/dev/null)
    for table in addresses stores customers products orders order_lines payments; do
        psql "$2" -X -q -v ON_ERROR_STOP=1 -c "\\copy $table FROM '$dir/$table.copy'"
    done
    pg_dump --schema-only --section=post-data "$1" | psql -X -q -v ON_ERROR_STOP=1 "$2" >/dev/null
}
export -f sql_closure
export work repo

for ((run = 1; run <= runs; run++)); do
    say "run $run of $runs"
    fresh_db bench_sql
    timed sql-closure bash -c 'sql_closure "$1" "$2"' _ "$src" "$(url bench_sql)"
    fresh_db bench_doppel
    timed doppel-pg "$doppel" clone --policy "$repo/Benchmarks/subset.yaml" --source "$src" --target "$(url bench_doppel)" --quiet
    timed doppel-dry-run bash -c '"$1" clone --policy "$2" --source "$3" --target "$4" --dry-run >/dev/null' _ "$doppel" "$repo/Benchmarks/subset.yaml" "$src" "$(url bench_dry)"
    fresh_db bench_masked
    timed doppel-masked "$doppel" clone --policy "$repo/Benchmarks/subset-masked.yaml" --source "$src" --target "$(url bench_masked)" --quiet
    rm -f "$work/subset.sqlite"
    timed doppel-sqlite "$doppel" clone --policy "$repo/Benchmarks/subset.yaml" --source "$src" --target "sqlite:$work/subset.sqlite" --quiet
    fresh_db bench_half
    timed doppel-half "$doppel" clone --policy "$repo/Benchmarks/subset-half.yaml" --source "$src" --target "$(url bench_half)" --quiet
    fresh_db bench_half_spilled
    timed doppel-half-spilled env DOPPEL_SUBSET_KEYS_IN_MEMORY=2000000 "$doppel" clone --policy "$repo/Benchmarks/subset-half.yaml" \
        --source "$src" --target "$(url bench_half_spilled)" --quiet
done
"$doppel" clone --policy "$repo/Benchmarks/subset.yaml" --source "$src" --target "$(url bench_dry)" --dry-run 2>/dev/null \
    | grep -E '^Subset|rows kept|^ +[0-9]+ (picked|referenc)|^[0-9]+\.' >"$work/dry-run.txt" || true

# Rows per table and orphans, by query: every foreign key of the source, in every clone.
fks=$(psql "$src" -XtA -F'|' -c "
    SELECT c.conrelid::regclass, a.attname, c.confrelid::regclass, fa.attname
    FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1] WHERE c.contype = 'f'")
orphans_pg() {
    local total=0
    while IFS='|' read -r child column parent key; do
        total=$((total + $(psql "$1" -XtAc "SELECT count(*) FROM $child c WHERE c.$column IS NOT NULL AND NOT EXISTS (SELECT 1 FROM $parent p WHERE p.$key = c.$column)")))
    done <<<"$fks"
    echo "$total"
}
orphans_sqlite() {
    local total=0
    while IFS='|' read -r child column parent key; do
        total=$((total + $(sqlite3 "$1" "SELECT count(*) FROM $child c WHERE c.$column IS NOT NULL AND NOT EXISTS (SELECT 1 FROM $parent p WHERE p.$key = c.$column)")))
    done <<<"$fks"
    echo "$total"
}
counts_pg() { for table in "${tables[@]}"; do printf '%s ' "$(psql "$1" -XtAc "SELECT count(*) FROM $table")"; done; }
counts_sqlite() { for table in "${tables[@]}"; do printf '%s ' "$(sqlite3 "$1" "SELECT count(*) FROM $table")"; done; }
sum() { awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; print s }' <<<"$1"; }
sql_counts=$(counts_pg "$(url bench_sql)"); doppel_counts=$(counts_pg "$(url bench_doppel)")
masked_counts=$(counts_pg "$(url bench_masked)"); sqlite_counts=$(counts_sqlite "$work/subset.sqlite")
half_counts=$(counts_pg "$(url bench_half)"); spilled_counts=$(counts_pg "$(url bench_half_spilled)")
[[ "$half_counts" == "$spilled_counts" ]] || say "the 50 % subsets differ with and without the key file: $half_counts / $spilled_counts"
[[ "$sql_counts" == "$doppel_counts" ]] || say "the SQL closure and doppel keep different rows: $sql_counts / $doppel_counts"

best() { awk -v n="$1" '$1 == n { if (t == "" || $2 < t) t = $2; if ($3 > m) m = $3 } END { printf "%s %s", t, m }' "$work/results"; }
read -r sql_s sql_k <<<"$(best sql-closure)"
read -r dpg_s dpg_k <<<"$(best doppel-pg)"
read -r dry_s dry_k <<<"$(best doppel-dry-run)"
read -r msk_s msk_k <<<"$(best doppel-masked)"
read -r dsq_s dsq_k <<<"$(best doppel-sqlite)"
read -r half_s half_k <<<"$(best doppel-half)"
read -r spill_s spill_k <<<"$(best doppel-half-spilled)"
line() {
    awk -v name="$1" -v s="$2" -v k="$3" -v base="$sql_s" -v rows="$4" -v orphans="$5" \
        'BEGIN { printf "%-36s %8.2f %8.2fx %9.1f %10s %8s\n", name, s, s / base, k * 1024 / 1e6, rows, orphans }'
}
{
    echo
    echo "Doppel subset benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; PostgreSQL $server_version; doppel $(cd "$repo" && git rev-parse --short HEAD)"
    echo "source: $source_rows rows in ${#tables[@]} tables (scale $scale); subset: customers with id % 100 = 0; best of $runs run(s)"
    echo
    printf '%-36s %8s %9s %9s %10s %8s\n' method seconds "x base" "peak MB" "rows kept" orphans
    line "SQL closure (temp tables) + \\copy" "$sql_s" "$sql_k" "$(sum "$sql_counts")" "$(orphans_pg "$(url bench_sql)")"
    line "doppel PG -> PG" "$dpg_s" "$dpg_k" "$(sum "$doppel_counts")" "$(orphans_pg "$(url bench_doppel)")"
    line "doppel --dry-run (closure alone)" "$dry_s" "$dry_k" "-" "-"
    line "doppel PG -> PG, percent: 1, masked" "$msk_s" "$msk_k" "$(sum "$masked_counts")" "$(orphans_pg "$(url bench_masked)")"
    line "doppel PG -> SQLite" "$dsq_s" "$dsq_k" "$(sum "$sqlite_counts")" "$(orphans_sqlite "$work/subset.sqlite")"
    line "doppel 50 % of the customers" "$half_s" "$half_k" "$(sum "$half_counts")" "$(orphans_pg "$(url bench_half)")"
    line "doppel 50 %, 2,000,000 keys in memory" "$spill_s" "$spill_k" "$(sum "$spilled_counts")" "$(orphans_pg "$(url bench_half_spilled)")"
    echo "(x base: against the SQL closure of the 1 % subset; peak MB = 10^6 bytes; rows per table (${tables[*]}):"
    echo "  SQL closure $sql_counts; doppel $doppel_counts; masked $masked_counts;"
    echo "  50 % $half_counts; 50 % with the key file $spilled_counts)"
    echo
    echo "doppel clone --dry-run says:"
    sed 's/^/  /' "$work/dry-run.txt"
}
