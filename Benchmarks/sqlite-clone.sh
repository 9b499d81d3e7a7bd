#!/usr/bin/env bash
# The SQLite clone benchmark (not a test, not part of CI).
#
# Generates a SQLite source with a `person` table and a `payment` table referencing it (1M rows each by
# default), then times, in the same run and each on a fresh target file:
#   dump       sqlite3 SRC .dump | sqlite3 DST        the baseline the goal is stated against
#   vacuum     sqlite3 SRC "VACUUM INTO 'DST'"        the floor: a page copy, no SQL per row
#   doppel     doppel clone --policy Benchmarks/person.yaml (id: keep)
#   doppel-ff1 the same policy with `id: pseudonymize` (FF1 on person.id and, inherited, payment.person_id)
#   doppel-noavoid  the same policy with `avoid_source: false` on email and phone: the cost of reading
#              those columns first and of the keyed filter (unique emails are still assigned ahead)
# and prints seconds, rows/s, the ratio to the dump pipeline and the peak resident memory of each, then
# the goal: doppel (person.yaml) at most 0.6x the dump pipeline's time and at most 100 MB peak memory.
#
# Usage (from anywhere):  bash Benchmarks/sqlite-clone.sh
# Environment:
#   DOPPEL_BENCH_ROWS   rows per table                          (default 1000000)
#   DOPPEL_BENCH_RUNS   runs per method; the best time is kept  (default 2)
#   DOPPEL_SCRATCH      swift build --scratch-path, relative to the repo root (default .build-release)
#   DOPPEL_BIN          use this doppel binary instead of building one
#   DOPPEL_SECRET       the secret (a fixed benchmark secret when unset)
#   DOPPEL_BENCH_KEEP   1: keep the temporary directory (source, summaries) and print its path
#   TMPDIR              where the temporary directory goes (needs about 4x the source size, ~1 GB at 1M rows)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${DOPPEL_BENCH_ROWS:-1000000}"
runs="${DOPPEL_BENCH_RUNS:-2}"
scratch="${DOPPEL_SCRATCH:-.build-release}"
policy="$repo/Benchmarks/person.yaml"
total_rows=$((rows * 2))

# shellcheck source=Benchmarks/common.sh
source "$repo/Benchmarks/common.sh"

# --- tools -------------------------------------------------------------------------------------------
command -v sqlite3 >/dev/null || { say "sqlite3 is required (apt-get install -y sqlite3)"; exit 2; }
find_gnu_time
[[ -n "$timebin" ]] || say "GNU time not available: sqlite3's peak memory is not measured; doppel's comes from its summary"

# --- the release binary ---------------------------------------------------------------------------------
release_doppel "$repo" "$scratch"

# --- a temporary directory, removed on exit ----------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/doppel-bench.XXXXXX")"
cleanup() {
    if [[ "${DOPPEL_BENCH_KEEP:-0}" == 1 ]]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

export DOPPEL_SECRET="${DOPPEL_SECRET:-doppel-benchmark-secret-not-for-production-0123456789}"
export DOPPEL_LEDGER="$work/ledger.sqlite"
src="$work/source.sqlite"
dst="$work/target.sqlite"

# The `id: pseudonymize` variant of the policy: the same file with the line marked `bench:id` rewritten.
policy_ff1="$work/person-id-pseudonymize.yaml"
sed -E 's/^([[:space:]]*)id: keep([[:space:]]*# bench:id)/\1id: pseudonymize\2/' "$policy" >"$policy_ff1"
grep -q 'id: pseudonymize' "$policy_ff1" || { say "no line marked bench:id in $policy"; exit 2; }
# The `avoid_source: false` variant: email and phone fakes may equal a source value.
policy_noavoid="$work/person-noavoid.yaml"
sed -E -e 's/(email: *\{ pii: email, rule: fake, unique: true) \}/\1, avoid_source: false }/' \
    -e 's/(phone: *\{ pii: phone, rule: fake) \}/\1, avoid_source: false }/' "$policy" >"$policy_noavoid"
[[ "$(grep -c 'avoid_source: false' "$policy_noavoid")" == 2 ]] || { say "could not write the avoid_source: false variant of $policy"; exit 2; }

# --- the source ----------------------------------------------------------------------------------------
# Deterministic: every value is an SQL expression of the row number (multiplicative hashing), names and
# cities are drawn from small lists. ~240 MB at 1M rows per table.
say "generating the source: person and payment, $rows rows each"
gen_start=$(date +%s%N)
sqlite3 -cmd ".parameter set :rows $rows" "$src" >/dev/null <<'SQL'
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -65536;
CREATE TEMP TABLE fn(i INTEGER PRIMARY KEY, v TEXT);
CREATE TEMP TABLE ln(i INTEGER PRIMARY KEY, v TEXT);
CREATE TEMP TABLE ct(i INTEGER PRIMARY KEY, v TEXT);
INSERT INTO fn(i, v) SELECT key, value FROM json_each('["James","Mary","Robert","Patricia","John","Jennifer","Michael","Linda","David","Elizabeth","William","Barbara","Richard","Susan","Joseph","Jessica","Thomas","Sarah","Charles","Karen","Christopher","Lisa","Daniel","Nancy","Matthew","Betty","Anthony","Margaret","Mark","Sandra","Donald","Ashley","Steven","Kimberly","Paul","Emily","Andrew","Donna","Joshua","Michelle","Kenneth","Carol","Kevin","Amanda","Brian","Dorothy","George","Melissa","Timothy","Deborah","Ronald","Stephanie","Edward","Rebecca","Jason","Sharon","Jeffrey","Laura","Ryan","Cynthia","Jacob","Kathleen","Gary","Amy","Nicholas","Angela","Eric","Shirley","Jonathan","Anna"]');
INSERT INTO ln(i, v) SELECT key, value FROM json_each('["Smith","Johnson","Williams","Brown","Jones","Garcia","Miller","Davis","Rodriguez","Martinez","Hernandez","Lopez","Gonzalez","Wilson","Anderson","Thomas","Taylor","Moore","Jackson","Martin","Lee","Perez","Thompson","White","Harris","Sanchez","Clark","Ramirez","Lewis","Robinson","Walker","Young","Allen","King","Wright","Scott","Torres","Nguyen","Hill","Flores","Green","Adams","Nelson","Baker","Hall","Rivera","Campbell","Mitchell","Carter","Roberts","Gomez","Phillips","Evans","Turner","Diaz","Parker","Cruz","Edwards","Collins","Reyes","Stewart","Morris","Morales","Murphy","Cook","Rogers","Gutierrez","Ortiz","Morgan","Cooper","Peterson","Bailey","Reed","Kelly","Howard","Ramos","Kim","Cox","Ward","Richardson","Watson","Brooks","Chavez","Wood","James","Bennett","Gray","Mendoza","Ruiz","Hughes","Price","Alvarez","Castillo","Sanders","Patel","Myers","Long","Ross","Foster","Jimenez"]');
INSERT INTO ct(i, v) SELECT key, value FROM json_each('["New York","Los Angeles","Chicago","Houston","Phoenix","Philadelphia","San Antonio","San Diego","Dallas","San Jose","Austin","Jacksonville","Fort Worth","Columbus","Charlotte","Indianapolis","San Francisco","Seattle","Denver","Oklahoma City","Nashville","El Paso","Washington","Boston","Las Vegas","Portland","Detroit","Louisville","Memphis","Baltimore","Milwaukee","Albuquerque","Tucson","Fresno","Sacramento","Kansas City","Mesa","Atlanta","Omaha","Colorado Springs","Raleigh","Long Beach","Virginia Beach","Miami","Oakland","Minneapolis","Tulsa","Bakersfield","Wichita","Arlington"]');

CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,
  phone TEXT,
  birth_date DATE,
  city TEXT,
  balance_cents INTEGER NOT NULL,
  created_at DATETIME NOT NULL
);
CREATE TABLE payment (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person(id),
  amount_cents INTEGER NOT NULL,
  paid_at DATETIME NOT NULL,
  note TEXT
);

INSERT INTO person (id, first_name, last_name, email, phone, birth_date, city, balance_cents, created_at)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :rows),
g AS (
  SELECT i,
         (i * 2654435761) % 4294967291 AS h1,
         (i * 40503 + 12345) % 1000003 AS h2,
         (i * 48271) % 2147483647 AS h3
  FROM n
)
SELECT g.i,
       fn.v,
       ln.v,
       lower(fn.v) || CASE g.h2 % 3 WHEN 0 THEN '.' WHEN 1 THEN '_' ELSE '' END || lower(ln.v) || g.i
         || CASE g.h3 % 4 WHEN 0 THEN '@gmail.com' WHEN 1 THEN '@yahoo.com' WHEN 2 THEN '@outlook.com' ELSE '@corp.example' END,
       CASE WHEN g.h2 % 20 = 0 THEN NULL
            ELSE printf('+1 (%03d) %03d-%04d', 200 + g.h1 % 800, g.h2 % 1000, g.h3 % 10000) END,
       CASE WHEN g.h3 % 50 = 0 THEN NULL
            ELSE date('1940-01-01', '+' || (g.h1 % 23000) || ' days') END,
       CASE WHEN g.h1 % 25 = 0 THEN NULL ELSE ct.v END,
       ((g.h1 * 31 + g.h3) % 10000000) - 1000000,
       datetime('2015-01-01 00:00:00', '+' || ((g.h2 * 283 + g.i) % 315360000) || ' seconds')
FROM g
JOIN fn ON fn.i = g.h1 % (SELECT count(*) FROM fn)
JOIN ln ON ln.i = g.h2 % (SELECT count(*) FROM ln)
JOIN ct ON ct.i = g.h3 % (SELECT count(*) FROM ct);

INSERT INTO payment (id, person_id, amount_cents, paid_at, note)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :rows),
g AS (SELECT i, (i * 7907) % :rows + 1 AS p, (i * 2654435761) % 4294967291 AS h1, (i * 48271) % 2147483647 AS h3 FROM n)
SELECT g.i,
       g.p,
       100 + g.h1 % 250000,
       datetime('2018-01-01 00:00:00', '+' || (g.h3 % 220000000) || ' seconds'),
       CASE g.h1 % 5
         WHEN 0 THEN NULL
         WHEN 1 THEN 'Invoice INV-' || printf('%08d', g.i) || ' paid by card ending ' || printf('%04d', g.h3 % 10000)
         WHEN 2 THEN 'Refund requested by customer #' || g.p
         WHEN 3 THEN 'Monthly subscription, plan ' || char(65 + g.h3 % 26)
         ELSE 'Transfer ref ' || hex(g.h1) || ' - see ticket ' || (g.h3 % 99999)
       END
FROM g;

CREATE INDEX payment_person_id ON payment(person_id);
ANALYZE;
PRAGMA journal_mode = DELETE;
SQL
gen_ms=$((($(date +%s%N) - gen_start) / 1000000))
src_bytes=$(stat -c %s "$src")
[[ "$(sqlite3 "$src" 'SELECT count(*) FROM person; SELECT count(*) FROM payment;' | tr '\n' ' ')" == "$rows $rows " ]] \
    || { say "the generated source does not hold $rows rows per table"; exit 1; }
say "source: $((src_bytes / 1000000)) MB in $((gen_ms / 1000)).$(printf '%03d' $((gen_ms % 1000))) s"

# --- timing --------------------------------------------------------------------------------------------
# timed NAME CMD...: runs CMD against a fresh $dst, appends "NAME seconds peak_kib" to $work/results.
# Peak memory is GNU time's %M: the largest resident set of the command or of any process it waited for
# (for the dump pipeline, the larger of the two sqlite3 processes, not their sum).
timed() {
    local name="$1"; shift
    rm -f "$dst" "$dst-journal" "$dst-wal" "$dst-shm"
    sync
    local start end kib=""
    start=$(date +%s%N)
    if [[ -n "$timebin" ]]; then
        "$timebin" -f '%M' -o "$work/time.out" "$@"
        kib=$(tail -n 1 "$work/time.out")
    else
        "$@"
    fi
    end=$(date +%s%N)
    local got
    got="$(sqlite3 "$dst" 'SELECT count(*) FROM person; SELECT count(*) FROM payment;' | tr '\n' ' ')"
    [[ "$got" == "$rows $rows " ]] || { say "$name: the target holds '$got' rows, expected $rows per table"; exit 1; }
    local secs
    secs=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
    printf '%s %s %s\n' "$name" "$secs" "${kib:--}" >>"$work/results"
    say "  $name: $secs s${kib:+, peak ${kib} KiB}"
}

dump_pipeline() { sqlite3 "$1" .dump | sqlite3 "$2"; }
export -f dump_pipeline

: >"$work/results"
for ((run = 1; run <= runs; run++)); do
    say "run $run of $runs"
    timed dump bash -c 'dump_pipeline "$1" "$2"' _ "$src" "$dst"
    timed vacuum sqlite3 "$src" "VACUUM INTO '$dst'"
    timed doppel "$doppel" clone --policy "$policy" --source "sqlite:$src" --target "sqlite:$dst" \
        --quiet --summary-json "$work/summary-doppel-$run.json"
    timed doppel-ff1 "$doppel" clone --policy "$policy_ff1" --source "sqlite:$src" --target "sqlite:$dst" \
        --quiet --summary-json "$work/summary-doppel-ff1-$run.json"
    timed doppel-noavoid "$doppel" clone --policy "$policy_noavoid" --source "sqlite:$src" --target "sqlite:$dst" \
        --quiet --summary-json "$work/summary-doppel-noavoid-$run.json"
done
rm -f "$dst"

# --- the table -----------------------------------------------------------------------------------------
json_number() { # FILE KEY
    sed -n -E "s/^[[:space:]]*\"$2\"[[:space:]]*:[[:space:]]*([0-9.eE+-]+).*/\1/p" "$1" | head -n 1
}

# The best (lowest) time of each method, and the highest peak memory over its runs.
best() { awk -v m="$1" '$1 == m { if (t == "" || $2 < t) t = $2 } END { print t }' "$work/results"; }
peak_kib() { awk -v m="$1" '$1 == m && $3 != "-" { if ($3 > p) p = $3 } END { print p + 0 }' "$work/results"; }
best_run() { awk -v m="$1" '$1 == m { n++; if (t == "" || $2 < t) { t = $2; r = n } } END { print r }' "$work/results"; }

doppel_peak_mb() { # METHOD: from GNU time, else from the summaries' peakMemoryBytes
    local kib; kib=$(peak_kib "$1")
    if [[ "$kib" != 0 ]]; then awk -v k="$kib" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }'; return; fi
    local max=0 f b
    for f in "$work/summary-$1-"*.json; do
        b=$(json_number "$f" peakMemoryBytes); [[ -n "$b" ]] && max=$(awk -v a="$max" -v b="$b" 'BEGIN { print (b > a ? b : a) }')
    done
    awk -v b="$max" 'BEGIN { if (b > 0) printf "%.1f", b / 1e6; else print "n/a" }'
}

dump_s=$(best dump)
ratio_goal=0.6
mem_goal_mb=100

echo
echo "Doppel SQLite clone benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); sqlite3 $(sqlite3 --version | cut -d' ' -f1); $("$doppel" --version 2>/dev/null || echo doppel)"
rev="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
[[ -z "$(git -C "$repo" status --porcelain -- Sources Package.swift 2>/dev/null)" ]] || rev="$rev+uncommitted"
echo "doppel: $rev (release build)"
echo "source: person + payment, $rows rows each ($total_rows rows, $((src_bytes / 1000000)) MB); best of $runs run(s) per method"
echo
printf '%-34s %9s %12s %9s %9s\n' "method" "seconds" "rows/s" "x dump" "peak MB"
printf '%-34s %9s %12s %9s %9s\n' "----------------------------------" "-------" "----------" "-------" "-------"
for m in dump vacuum doppel doppel-ff1 doppel-noavoid; do
    case "$m" in
        dump) label="sqlite3 .dump | sqlite3" ;;
        vacuum) label="VACUUM INTO (floor)" ;;
        doppel) label="doppel clone (person.yaml)" ;;
        doppel-ff1) label="doppel clone (id: pseudonymize)" ;;
        doppel-noavoid) label="doppel clone (avoid_source: false)" ;;
    esac
    s=$(best "$m")
    if [[ "$m" == doppel* ]]; then mb=$(doppel_peak_mb "$m"); else
        kib=$(peak_kib "$m"); mb=$([[ "$kib" != 0 ]] && awk -v k="$kib" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }' || echo n/a)
    fi
    awk -v l="$label" -v s="$s" -v d="$dump_s" -v n="$total_rows" -v mb="$mb" \
        'BEGIN { printf "%-34s %9.2f %12.0f %8.2fx %9s\n", l, s, n / s, s / d, mb }'
done
echo "(peak MB = 10^6 bytes of resident memory; for the pipeline, the larger of its two processes)"

doppel_s=$(best doppel)
doppel_mb=$(doppel_peak_mb doppel)
ratio=$(awk -v s="$doppel_s" -v d="$dump_s" 'BEGIN { printf "%.2f", s / d }')
ratio_ok=$(awk -v r="$ratio" -v g="$ratio_goal" 'BEGIN { print (r <= g ? "PASS" : "FAIL") }')
mem_ok=$(awk -v m="$doppel_mb" -v g="$mem_goal_mb" 'BEGIN { print (m != "n/a" && m + 0 <= g ? "PASS" : "FAIL") }')
echo
echo "goal (doppel clone with person.yaml):"
echo "  time   <= ${ratio_goal}x the dump pipeline: ${ratio}x            $ratio_ok"
echo "  memory <= ${mem_goal_mb} MB peak:                 ${doppel_mb} MB        $mem_ok"
avoid_cost=$(awk -v a="$doppel_s" -v b="$(best doppel-noavoid)" 'BEGIN { printf "%.2f", a / b }')
echo "avoid_source on email and phone (default) / off: ${avoid_cost}x the time, $(doppel_peak_mb doppel) MB / $(doppel_peak_mb doppel-noavoid) MB peak"

echo
echo "doppel summary (person.yaml, best run):"
cat "$work/summary-doppel-$(best_run doppel).json"
echo
