#!/usr/bin/env bash
# Fit and synthesize at scale (not a test, not part of CI): a 1,000,000-row customer table with a
# 5,000,000-row orders child (0 to 10 orders per customer, amounts that follow the customer's credit).
#
#   doppel fit        --policy Benchmarks/synthesize-scale.yaml   one streaming pass per table
#   doppel synthesize --model …  --scale 1                       into a fresh SQLite file
# and, on the same machine in the same run, the baselines:
#   sqlite3 SRC .dump | sqlite3 DST                              a plain copy through SQL text
#   sqlite3 DST "ATTACH SRC; INSERT INTO … SELECT * FROM …"      a plain copy inside one engine
# Prints seconds, rows/s, the ratio to the dump pipeline and peak memory (GNU time %M), then the
# goal: fit and synthesize each under 300 MB of peak memory.
#
# Usage: bash Benchmarks/synthesize-scale.sh
#   DOPPEL_BENCH_PARENTS  customers (default 1000000); orders are about 5 per customer
#   DOPPEL_SCRATCH        swift build --scratch-path (default .build-release)
#   DOPPEL_BIN            a doppel binary to use instead of building one
#   DOPPEL_BENCH_KEEP     1 keeps the temporary directory
#   TMPDIR                where it goes (about 1.5 GB at the default size)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
parents="${DOPPEL_BENCH_PARENTS:-1000000}"
scratch="${DOPPEL_SCRATCH:-.build-release}"
policy="$repo/Benchmarks/synthesize-scale.yaml"
# shellcheck source=Benchmarks/common.sh
source "$repo/Benchmarks/common.sh"

command -v sqlite3 >/dev/null || { say "sqlite3 is required (apt-get install -y sqlite3)"; exit 2; }
find_gnu_time
[[ -n "$timebin" ]] || { say "GNU time (/usr/bin/time) is required for the peak-memory figures"; exit 2; }

release_doppel "$repo" "$scratch"

work="$(mktemp -d "${TMPDIR:-/tmp}/doppel-scale.XXXXXX")"
cleanup() { if [[ "${DOPPEL_BENCH_KEEP:-0}" == 1 ]]; then say "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
export DOPPEL_LEDGER="$work/ledger.sqlite"
src="$work/source.sqlite"

say "generating the source: $parents customers and about $((parents * 5)) orders"
sqlite3 -cmd ".parameter set :parents $parents" "$src" >/dev/null <<'SQL'
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -131072;
CREATE TABLE customer (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  segment TEXT NOT NULL CHECK (segment IN ('consumer', 'business', 'public')),
  country TEXT,
  signup DATE NOT NULL,
  credit REAL NOT NULL CHECK (credit >= 0)
);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customer(id),
  placed_at DATETIME NOT NULL,
  amount REAL NOT NULL CHECK (amount > 0),
  status TEXT NOT NULL,
  items INTEGER NOT NULL CHECK (items BETWEEN 1 AND 50)
);
INSERT INTO customer
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :parents),
g AS (SELECT i, (i * 2654435761) % 4294967291 AS h1, (i * 48271) % 2147483647 AS h2 FROM n)
SELECT i,
       'Customer ' || i,
       CASE h1 % 10 WHEN 0 THEN 'public' WHEN 1 THEN 'business' WHEN 2 THEN 'business' ELSE 'consumer' END,
       CASE WHEN h2 % 40 = 0 THEN NULL ELSE json_extract('["US","DE","FR","GB","BR","IN","JP","CA","ES","IT"]', '$[' || (h2 % 10) || ']') END,
       date('2010-01-01', '+' || (h1 % 5000) || ' days'),
       round((h2 % 1000) * (CASE h1 % 10 WHEN 1 THEN 20 WHEN 2 THEN 20 ELSE 3 END) + 50, 2)
FROM g;
CREATE TEMP TABLE fan AS
WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 9) SELECT j FROM k;
INSERT INTO orders (customer_id, placed_at, amount, status, items)
SELECT c.id,
       datetime(c.signup, '+' || ((c.id * 7919 + f.j * 104729) % 4000) || ' days', '+' || ((c.id + f.j) % 86400) || ' seconds'),
       round(c.credit * (0.05 + ((c.id * 31 + f.j * 17) % 100) / 250.0) + 1, 2),
       CASE (c.id + f.j) % 20 WHEN 0 THEN 'cancelled' WHEN 1 THEN 'refunded' WHEN 2 THEN 'pending' ELSE 'shipped' END,
       1 + ((c.id * 13 + f.j * 7) % 9) * (1 + (c.credit > 5000))
FROM customer c JOIN fan f ON f.j < ((c.id * 2654435761) % 4294967291) % 11;
CREATE INDEX orders_customer_id ON orders(customer_id);
ANALYZE;
PRAGMA journal_mode = DELETE;
SQL
parent_rows=$(sqlite3 "$src" 'SELECT count(*) FROM customer')
child_rows=$(sqlite3 "$src" 'SELECT count(*) FROM orders')
total=$((parent_rows + child_rows))
say "source: $parent_rows customers, $child_rows orders, $(( $(stat -c %s "$src") / 1000000 )) MB"

: >"$work/results"
say "baseline: sqlite3 .dump | sqlite3"
timed dump bash -c "sqlite3 '$src' .dump | sqlite3 '$work/dump.sqlite'"
say "baseline: INSERT … SELECT in one sqlite3"
sqlite3 "$src" "SELECT sql || ';' FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'" | sqlite3 "$work/copy.sqlite"
timed copy sqlite3 "$work/copy.sqlite" "ATTACH '$src' AS s; BEGIN; INSERT INTO customer SELECT * FROM s.customer; INSERT INTO orders SELECT * FROM s.orders; COMMIT;"
say "doppel fit"
timed fit "$doppel" fit --quiet --policy "$policy" --source "sqlite://$src" --out "$work/model.json"
say "doppel synthesize"
timed synthesize "$doppel" synthesize --quiet --model "$work/model.json" --target "sqlite://$work/synthetic.sqlite" --summary-json "$work/summary.json"
written=$(sqlite3 "$work/synthetic.sqlite" 'SELECT (SELECT count(*) FROM customer) + (SELECT count(*) FROM orders)')
violations=$(sqlite3 "$work/synthetic.sqlite" 'PRAGMA foreign_key_check' | wc -l)

field() { awk -v m="$1" -v f="$2" '$1 == m { print $f }' "$work/results"; }
dump_s=$(field dump 2)
echo
echo "Fit and synthesize at scale — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "doppel $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown) (release); source: $parent_rows customers + $child_rows orders = $total rows, model $(( $(stat -c %s "$work/model.json") / 1000 )) kB"
echo "synthesized: $written rows, $violations foreign-key violations"
echo
printf '%-34s %9s %11s %8s %9s\n' method seconds rows/s "x dump" "peak MB"
printf '%-34s %9s %11s %8s %9s\n' ---------------------------------- ------- ---------- ------- -------
row() { # NAME LABEL ROWS
    local secs kib
    secs=$(field "$1" 2); kib=$(field "$1" 3)
    awk -v l="$2" -v s="$secs" -v k="$kib" -v r="$3" -v d="$dump_s" \
        'BEGIN { printf "%-34s %9.2f %11.0f %7.2fx %9.1f\n", l, s, r / s, s / d, k * 1024 / 1e6 }'
}
row dump "sqlite3 .dump | sqlite3 (baseline)" "$total"
row copy "INSERT … SELECT (floor)" "$total"
row fit "doppel fit" "$total"
row synthesize "doppel synthesize (scale 1)" "$written"
fit_mb=$(awk -v k="$(field fit 3)" 'BEGIN { printf "%.0f", k * 1024 / 1e6 }')
syn_mb=$(awk -v k="$(field synthesize 3)" 'BEGIN { printf "%.0f", k * 1024 / 1e6 }')
echo
verdict() { [[ "$1" -le 300 ]] && echo PASS || echo FAIL; }
echo "goal: peak memory <= 300 MB: fit $fit_mb MB $(verdict "$fit_mb"), synthesize $syn_mb MB $(verdict "$syn_mb")"
