#!/usr/bin/env bash
# The detection benchmark of `doppel init` (not a test, not part of CI).
#
# Builds every database of Benchmarks/detection/corpus/*.sql (or holdout/, holdout2/ or holdout3/corpus/*.sql) with the sqlite3 CLI, runs
#   doppel init --source sqlite:DB --out DRAFT.yaml
# on each, and scores the drafts against Benchmarks/detection/labels.tsv (or holdout/, holdout2/ or holdout3/labels.tsv): per database and overall, recall
# and precision of "personal or not" (a column labelled personal and drafted with any `pii:` is found;
# foreign keys are not scored), per kind (exact kind and kind family), the missed columns, the false
# positives, the seconds `init` took and whether each draft passed its check (init exits 1 when it does
# not: recorded, not fatal). Then the timing case: a generated database of 100 tables and 10 M rows
# (about 0.9 GB), timed under `doppel init`. Prints a Markdown report to paste into Benchmarks/README.md.
#
# Usage (from anywhere):  bash Benchmarks/detection.sh
# Environment:
#   DOPPEL_BIN                  the doppel binary            (default: .build-release/release/doppel in the repo)
#   DOPPEL_BENCH_SET            which labelled corpus: main (default: corpus/ and labels.tsv, the set the detector
#                               was tuned on), holdout (holdout/corpus/ and holdout/labels.tsv, written after tuning;
#                               its misses were later used to improve the detector), holdout2 (holdout2/corpus/ and
#                               holdout2/labels.tsv, written without reading Sources/; its misses were later used too)
#                               or holdout3 (holdout3/corpus/ and holdout3/labels.tsv, written without reading Sources/
#                               or the other held-out sets' misses, and never to be tuned on)
#   DOPPEL_BENCH_DBS            space-separated corpus names to run (default: all)
#   DOPPEL_BENCH_SAMPLE_ROWS    passed to init as --sample-rows (default: init's own default)
#   DOPPEL_BENCH_SKIP_LARGE     1: skip the 100-table, 10 M-row timing case
#   DOPPEL_BENCH_LARGE_TABLES   tables in the timing case    (default 100)
#   DOPPEL_BENCH_LARGE_ROWS     rows per table in it         (default 100000)
#   DOPPEL_BENCH_KEEP           1: keep the temporary directory (databases, drafts, init logs)
#   DOPPEL_BENCH_OUT            also write the report to this file
#   TMPDIR                      where the temporary directory goes (needs about 1 GB with the timing case)
# Exit status: 0 when every step ran (whatever the figures), 2 when a tool or the binary is missing.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
here="$repo/Benchmarks/detection"
doppel="${DOPPEL_BIN:-$repo/.build-release/release/doppel}"
say() { printf '%s\n' "$*" >&2; }
case "${DOPPEL_BENCH_SET:-main}" in
    main) corpus="$here/corpus"; labels="$here/labels.tsv" ;;
    holdout) corpus="$here/holdout/corpus"; labels="$here/holdout/labels.tsv"; say "held-out set: $corpus" ;;
    holdout2) corpus="$here/holdout2/corpus"; labels="$here/holdout2/labels.tsv"; say "second held-out set: $corpus" ;;
    holdout3) corpus="$here/holdout3/corpus"; labels="$here/holdout3/labels.tsv"; say "third held-out set: $corpus" ;;
    *) say "DOPPEL_BENCH_SET must be main, holdout, holdout2 or holdout3, not ${DOPPEL_BENCH_SET}"; exit 2 ;;
esac

# --- tools ----------------------------------------------------------------------------------------------
command -v sqlite3 >/dev/null || { say "sqlite3 is required (apt-get install -y sqlite3)"; exit 2; }
command -v python3 >/dev/null || { say "python3 is required"; exit 2; }
python3 -c 'import yaml' 2>/dev/null || { say "PyYAML is required (pip install pyyaml)"; exit 2; }
[[ -x "$doppel" ]] || { say "no doppel binary at $doppel (build it with: swift build -c release --scratch-path .build-release, or set DOPPEL_BIN)"; exit 2; }
# (a binary without `init` answers `init --help` with its general help, so look for init's own option)
init_help="$("$doppel" init --help 2>&1 || true)"
[[ "$init_help" == *--out* ]] || { say "$doppel has no \`init\` command (build a newer release binary)"; exit 2; }
timebin=""
[[ -x /usr/bin/time ]] && timebin=/usr/bin/time

# --- a temporary directory, removed on exit ---------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/doppel-detection.XXXXXX")"
cleanup() {
    if [[ "${DOPPEL_BENCH_KEEP:-0}" == 1 ]]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
export DOPPEL_SECRET="${DOPPEL_SECRET:-doppel-benchmark-secret-not-for-production-0123456789}"
export DOPPEL_LEDGER="$work/ledger.sqlite"
: >"$work/results"

sample_args=()
[[ -n "${DOPPEL_BENCH_SAMPLE_ROWS:-}" ]] && sample_args=(--sample-rows "$DOPPEL_BENCH_SAMPLE_ROWS")

now() { date +%s%N; }
seconds_since() { awk -v ns=$(($(now) - $1)) 'BEGIN { printf "%.3f", ns / 1e9 }'; }

# run_init NAME DB: runs init on DB, writing NAME.yaml and NAME.log; sets init_code, init_secs, init_peak (KiB or -).
run_init() {
    local name="$1" db="$2" start
    start=$(now)
    set +e
    if [[ -n "$timebin" ]]; then
        "$timebin" -f '%M' -o "$work/$name.time" "$doppel" init --source "sqlite:$db" --out "$work/$name.yaml" "${sample_args[@]}" \
            >"$work/$name.log" 2>&1 </dev/null
    else
        "$doppel" init --source "sqlite:$db" --out "$work/$name.yaml" "${sample_args[@]}" >"$work/$name.log" 2>&1 </dev/null
    fi
    init_code=$?
    set -e
    init_secs=$(seconds_since "$start")
    init_peak=-
    if [[ -n "$timebin" ]] && [[ -s "$work/$name.time" ]]; then
        init_peak=$(tail -n 1 "$work/$name.time")
        [[ "$init_peak" =~ ^[0-9]+$ ]] || init_peak=-
    fi
}

# --- the corpus ----------------------------------------------------------------------------------------------
names=()
if [[ -n "${DOPPEL_BENCH_DBS:-}" ]]; then
    read -r -a names <<<"$DOPPEL_BENCH_DBS"
else
    for sql in "$corpus"/*.sql; do names+=("$(basename "$sql" .sql)"); done
fi
for name in "${names[@]}"; do
    [[ -f "$corpus/$name.sql" ]] || { say "no corpus database $name"; exit 2; }
    sqlite3 -bail "$work/$name.db" <"$corpus/$name.sql" >/dev/null
    run_init "$name" "$work/$name.db"
    say "  $name: init exit $init_code in $init_secs s"
    if [[ $init_code -ne 0 ]]; then tail -n 5 "$work/$name.log" | sed 's/^/      /' >&2; fi
    printf '%s %s %s\n' "$name" "$init_code" "$init_secs" >>"$work/results"
done

# --- the timing case -------------------------------------------------------------------------------------------
large_args=()
if [[ "${DOPPEL_BENCH_SKIP_LARGE:-0}" != 1 ]]; then
    tables="${DOPPEL_BENCH_LARGE_TABLES:-100}"
    rows="${DOPPEL_BENCH_LARGE_ROWS:-100000}"
    say "generating the timing case: $tables tables of $rows rows"
    start=$(now)
    python3 "$here/large.py" "$tables" "$rows" | sqlite3 -bail "$work/large.db" >/dev/null
    gen_secs=$(seconds_since "$start")
    bytes=$(stat -c %s "$work/large.db")
    say "  generated $((bytes / 1000000)) MB in $gen_secs s; running init"
    run_init large "$work/large.db"
    say "  large: init exit $init_code in $init_secs s"
    if [[ $init_code -ne 0 ]]; then tail -n 5 "$work/large.log" | sed 's/^/      /' >&2; fi
    printf '%s %s %s %s %s %s %s\n' "$tables" "$((tables * rows))" "$bytes" "$gen_secs" "$init_code" "$init_secs" "$init_peak" >"$work/large"
    large_args=(--large "$work/large")
fi

# --- the report ----------------------------------------------------------------------------------------------------
version="$("$doppel" --version 2>/dev/null || true)"
report="$work/report.md"
python3 "$here/score.py" --labels "$labels" --work "$work" "${large_args[@]}" \
    --doppel "doppel ${version:-?} ($doppel)" --sample-rows "${DOPPEL_BENCH_SAMPLE_ROWS:-default}" >"$report"
cat "$report"
if [[ -n "${DOPPEL_BENCH_OUT:-}" ]]; then cp "$report" "$DOPPEL_BENCH_OUT"; fi
