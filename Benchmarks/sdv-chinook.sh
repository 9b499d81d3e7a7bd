#!/usr/bin/env bash
# The SDV comparison benchmark on Chinook (not a test, not part of CI).
#
# Builds a 5-table subset of Chinook (Invoice, InvoiceLine, Playlist, PlaylistTrack, Track; only the four
# foreign keys among them; PlaylistTrack without a primary key; Invoice.CustomerId and
# Track.AlbumId/MediaTypeId/GenreId plain INTEGER columns — see Benchmarks/sdv/make_subset.py), then:
#   sdv           SDV HMASynthesizer: fit on the subset, sample one copy (scale 1), write it to SQLite
#                 (Benchmarks/sdv/sdv_run.py; fit and sample seconds measured inside the process)
#   doppel        doppel fit --policy Benchmarks/sdv/chinook-subset.yaml on the subset, then
#                 doppel synthesize --seed 1 into a fresh SQLite file
#   doppel-full   the same on all 11 Chinook tables with Policies/chinook_synthesize.yaml (SDV's HMA
#                 cannot: more than 5 tables and depth > 2 in its community edition)
# and scores every copy against its real database with SDMetrics' multi-table QualityReport and
# DiagnosticReport (Benchmarks/sdv/score.py; the same metadata for both tools, derived from the real
# database and Policies/chinook.yaml's pii: marks — rules in Benchmarks/sdv/dbmeta.py). Prints a
# side-by-side table (quality, its four properties, diagnostic, fit s, sample s, fit+sample s, peak MB)
# and the goals: Doppel quality >= SDV's, Doppel diagnostic 100%, Doppel fit+sample >= 20x faster.
#
# Usage (from anywhere):  bash Benchmarks/sdv-chinook.sh
# Environment:
#   DOPPEL_SDV_VENV      the Python virtualenv (created and filled from Benchmarks/sdv/requirements.txt
#                        when missing or out of date)     (default $HOME/.cache/doppel/sdv-venv)
#   DOPPEL_SDV_PYTHON    the interpreter that creates the venv                   (default python3)
#   DOPPEL_SDV_PIP_ARGS  extra pip arguments, e.g. "--extra-index-url https://download.pytorch.org/whl/cpu"
#                        for a CPU-only torch (torch is a dependency of sdv, unused by HMA)
#   DOPPEL_DATASETS      the datasets folder holding chinook/Chinook_Sqlite.sqlite (default: Tests/Datasets
#                        in the repository, as the tests use)
#   DOPPEL_SCRATCH       swift build --scratch-path, relative to the repo root   (default .build-release)
#   DOPPEL_BIN           use this doppel binary instead of building one
#   DOPPEL_SECRET        the secret (a fixed benchmark secret when unset)
#   DOPPEL_SDV_SKIP      1: skip the SDV run (reuse nothing; SDV columns show n/a)
#   DOPPEL_BENCH_KEEP    1: keep the temporary directory (databases, models, scores JSON) and print its path
#   TMPDIR               where the temporary directory goes (~50 MB)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
here="$repo/Benchmarks/sdv"
scratch="${DOPPEL_SCRATCH:-.build-release}"
venv="${DOPPEL_SDV_VENV:-$HOME/.cache/doppel/sdv-venv}"
datasets="${DOPPEL_DATASETS:-$repo/Tests/Datasets}"
chinook="$datasets/chinook/Chinook_Sqlite.sqlite"
pii_policy="$repo/Policies/chinook.yaml"
subset_policy="$here/chinook-subset.yaml"
full_policy="$repo/Policies/chinook_synthesize.yaml"
doppel_seed=1

# shellcheck source=Benchmarks/common.sh
source "$repo/Benchmarks/common.sh"

# --- tools -------------------------------------------------------------------------------------------
[[ -f "$chinook" ]] || { say "no Chinook database at $chinook (set DOPPEL_DATASETS)"; exit 2; }
for f in "$subset_policy" "$full_policy" "$pii_policy"; do
    [[ -f "$f" ]] || { say "missing policy $f"; exit 2; }
done
find_gnu_time
[[ -n "$timebin" ]] || say "GNU time not available: doppel's peak memory is not measured (SDV's comes from getrusage)"

# --- the Python environment -----------------------------------------------------------------------------
py="$venv/bin/python"
stamp="$venv/.doppel-requirements.sha256"
want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"
if [[ ! -x "$py" ]]; then
    say "creating the Python virtualenv $venv"
    mkdir -p "$(dirname "$venv")"
    "${DOPPEL_SDV_PYTHON:-python3}" -m venv "$venv"
fi
if [[ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]]; then
    say "installing Benchmarks/sdv/requirements.txt into $venv (sdv pulls torch: several minutes, GBs)"
    # shellcheck disable=SC2086
    "$py" -m pip install --quiet --disable-pip-version-check ${DOPPEL_SDV_PIP_ARGS:-} -r "$here/requirements.txt" >&2
    printf '%s\n' "$want" >"$stamp"
fi
sdv_version="$("$py" -c 'import importlib.metadata as m; print(m.version("sdv"))' 2>/dev/null || echo '?')"
sdm_version="$("$py" -c 'import importlib.metadata as m; print(m.version("sdmetrics"))' 2>/dev/null || echo '?')"

# --- the release binary ---------------------------------------------------------------------------------
release_doppel "$repo" "$scratch"

# --- a temporary directory, removed on exit ----------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/doppel-sdv.XXXXXX")"
work="$(cd "$work" && pwd)"   # absolute: doppel's URLs are sqlite:///abs/path (= "sqlite://" + the path)
cleanup() {
    if [[ "${DOPPEL_BENCH_KEEP:-0}" == 1 ]]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

export DOPPEL_SECRET="${DOPPEL_SECRET:-doppel-benchmark-secret-not-for-production-0123456789}"
export DOPPEL_LEDGER="$work/ledger.sqlite"
export PYTHONWARNINGS=ignore
subset="$work/chinook-subset.sqlite"
full="$work/chinook-full.sqlite"

say "building the 5-table subset"
"$py" "$here/make_subset.py" "$chinook" "$subset" >&2
cp "$chinook" "$full"   # a private copy: the shared dataset stays untouched

# --- timing helpers ------------------------------------------------------------------------------------
# timed NAME CMD...: appends "NAME seconds peak_kib" to $work/results (GNU time's %M: the peak resident
# set of the command).
: >"$work/results"
timed() {
    local name="$1"; shift
    local start end kib="-"
    start=$(date +%s%N)
    if [[ -n "$timebin" ]]; then
        "$timebin" -f '%M' -o "$work/time-$name.out" "$@"
        kib=$(tail -n 1 "$work/time-$name.out")
    else
        "$@"
    fi
    end=$(date +%s%N)
    local secs
    secs=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
    printf '%s %s %s\n' "$name" "$secs" "$kib" >>"$work/results"
    say "  $name: $secs s${kib:+, peak ${kib} KiB}"
}
result_field() { awk -v m="$1" -v f="$2" '$1 == m { v = $f } END { print v }' "$work/results"; }

# --- SDV -----------------------------------------------------------------------------------------------
sdv_db="$work/sdv.sqlite"
sdv_json="$work/sdv-run.json"
sdv_status=skipped
if [[ "${DOPPEL_SDV_SKIP:-0}" != 1 ]]; then
    say "SDV: HMASynthesizer fit + sample on the subset"
    set +e
    timed sdv env PYTHONHASHSEED=0 "$py" "$here/sdv_run.py" --real "$subset" --policy "$pii_policy" --out "$sdv_db" \
        --json "$sdv_json" --seed "$doppel_seed"
    rc=$?
    set -e
    if [[ $rc -eq 0 ]]; then sdv_status=ok; else sdv_status="failed (exit $rc)"; fi
    if [[ -f "$sdv_json" ]] && grep -q '"error"' "$sdv_json"; then
        say "SDV said: $("$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["error"])' "$sdv_json")"
    fi
fi

# --- Doppel --------------------------------------------------------------------------------------------
# doppel_run LABEL POLICY SOURCE: fit then synthesize into $work/LABEL.sqlite (paths are absolute, so
# "sqlite://$path" is the sqlite:///abs/path form)
doppel_run() {
    local label="$1" policy="$2" source="$3"
    local model="$work/$label.model" out="$work/$label.sqlite"
    rm -f "$model" "$out"
    say "doppel ($label): fit + synthesize"
    timed "$label-fit" "$doppel" fit --policy "$policy" --source "sqlite://$source" --out "$model"
    timed "$label-synthesize" "$doppel" synthesize --model "$model" --target "sqlite://$out" --seed "$doppel_seed"
}
doppel_run doppel "$subset_policy" "$subset"
doppel_run doppel-full "$full_policy" "$full"

# --- scoring -------------------------------------------------------------------------------------------
say "scoring with SDMetrics $sdm_version"
subset_args=(--synthetic "doppel=$work/doppel.sqlite")
[[ "$sdv_status" == ok ]] && subset_args+=(--synthetic "sdv=$sdv_db")
"$py" "$here/score.py" --real "$subset" --policy "$pii_policy" "${subset_args[@]}" --json "$work/scores-subset.json"
"$py" "$here/score.py" --real "$full" --policy "$pii_policy" --synthetic "doppel-full=$work/doppel-full.sqlite" \
    --json "$work/scores-full.json"

# --- the table -----------------------------------------------------------------------------------------
# A row of figures for a label, from the scores JSON and the timings.
# figures LABEL SCORES_JSON FIT_S SAMPLE_S PEAK_MB  ->  "quality shapes pairs cardinality intertable diagnostic fit sample total peak"
figures() {
    "$py" - "$@" <<'PY'
import json, sys
label, path, fit, sample, peak = sys.argv[1:6]
def pct(v):
    return 'n/a' if v is None else f'{100 * v:.2f}'
try:
    entry = json.load(open(path)).get(label) or {'error': 'not scored'}
except OSError:
    entry = {'error': 'no scores'}
if 'error' in entry:
    cells = ['err'] * 6
else:
    q, d = entry['quality'], entry['diagnostic']
    p = q['properties']
    cells = [pct(q['overall'])] + [pct(p.get(k)) for k in
             ('Column Shapes', 'Column Pair Trends', 'Cardinality', 'Intertable Trends')] + [pct(d['overall'])]
def num(x):
    try:
        return float(x)
    except ValueError:
        return None
f, s = num(fit), num(sample)
total = f + s if f is not None and s is not None else None
cells += ['n/a' if f is None else f'{f:.3f}', 'n/a' if s is None else f'{s:.3f}',
          'n/a' if total is None else f'{total:.3f}', peak]
print(' '.join(cells))
PY
}
kib_to_mb() { [[ "$1" =~ ^[0-9]+$ ]] && awk -v k="$1" 'BEGIN { printf "%.0f", k * 1024 / 1e6 }' || echo n/a; }
max_mb() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a") print b; else if (b == "n/a") print a; else print (a + 0 > b + 0 ? a : b) }'; }

json_field() { # FILE KEY -> number or n/a
    [[ -f "$1" ]] || { echo n/a; return; }
    "$py" -c 'import json,sys; v=json.load(open(sys.argv[1])).get(sys.argv[2]); print("n/a" if v is None else v)' "$1" "$2"
}

sdv_fit=$(json_field "$sdv_json" fit_seconds)
sdv_sample=$(json_field "$sdv_json" sample_seconds)
sdv_peak=$(kib_to_mb "$(result_field sdv 3)")
[[ "$sdv_peak" == n/a ]] && sdv_peak=$(json_field "$sdv_json" peak_rss_mb | awk '{ if ($1 == "n/a") print "n/a"; else printf "%.0f", $1 * 1048576 / 1e6 }')
[[ "$sdv_status" == ok ]] || { sdv_fit=n/a; sdv_sample=n/a; }

row_doppel() { # LABEL SCORES
    local label="$1" scores="$2"
    local fit sample peak
    fit=$(result_field "$label-fit" 2); sample=$(result_field "$label-synthesize" 2)
    peak=$(max_mb "$(kib_to_mb "$(result_field "$label-fit" 3)")" "$(kib_to_mb "$(result_field "$label-synthesize" 3)")")
    figures "$label" "$scores" "${fit:-n/a}" "${sample:-n/a}" "$peak"
}

sdv_row=$(figures sdv "$work/scores-subset.json" "$sdv_fit" "$sdv_sample" "$sdv_peak")
doppel_row=$(row_doppel doppel "$work/scores-subset.json")
full_row=$(row_doppel doppel-full "$work/scores-full.json")

echo
echo "Doppel vs SDV on Chinook — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
rev="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
[[ -z "$(git -C "$repo" status --porcelain -- Sources Package.swift 2>/dev/null)" ]] || rev="$rev+uncommitted"
echo "doppel: $rev (release build, seed $doppel_seed); SDV $sdv_version (HMASynthesizer, $sdv_status); SDMetrics $sdm_version"
echo "subset: $(sqlite3 "$subset" "SELECT 'Invoice=' || (SELECT count(*) FROM Invoice) || ' InvoiceLine=' || (SELECT count(*) FROM InvoiceLine) || ' Playlist=' || (SELECT count(*) FROM Playlist) || ' PlaylistTrack=' || (SELECT count(*) FROM PlaylistTrack) || ' Track=' || (SELECT count(*) FROM Track)" 2>/dev/null || echo '5 tables')"
echo "scores in %; SDV fit/sample seconds measured inside its process (imports excluded); doppel's are the"
echo "wall time of each command; peak MB = 10^6 bytes of resident memory (SDV's includes importing torch)"
echo
printf '%-22s %8s %8s %8s %8s %8s %8s %8s %8s %10s %8s\n' \
    "" "quality" "shapes" "pairs" "cardin." "inter." "diagn." "fit s" "sample s" "fit+smp s" "peak MB"
printf '%-22s %8s %8s %8s %8s %8s %8s %8s %8s %10s %8s\n' \
    "----------------------" "-------" "-------" "-------" "-------" "-------" "-------" "-------" "-------" "---------" "-------"
print_row() { # LABEL FIGURES...
    local label="$1"; shift
    # shellcheck disable=SC2086
    printf '%-22s %8s %8s %8s %8s %8s %8s %8s %8s %10s %8s\n' "$label" $*
}
print_row "SDV HMA (5 tables)" "$sdv_row"
print_row "doppel (5 tables)" "$doppel_row"
print_row "doppel (11 tables)" "$full_row"
if [[ "$sdv_status" != ok && -f "$sdv_json" ]]; then
    echo
    echo "SDV: $("$py" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("error", "failed"))' "$sdv_json")"
fi

# --- goals ---------------------------------------------------------------------------------------------
read -r sdv_q _ _ _ _ _ _ _ sdv_total _ <<<"$sdv_row"
read -r dop_q _ _ _ _ dop_diag _ _ dop_total _ <<<"$doppel_row"
read -r _ _ _ _ _ full_diag _ _ _ _ <<<"$full_row"
verdict() { [[ "$1" == 1 ]] && echo PASS || echo FAIL; }
q_ok=$(awk -v d="$dop_q" -v s="$sdv_q" 'BEGIN { print (d != "n/a" && d != "err" && s != "n/a" && s != "err" && d + 0 >= s + 0) ? 1 : 0 }')
diag_ok=$(awk -v d="$dop_diag" -v f="$full_diag" 'BEGIN { print (d == "100.00" && f == "100.00") ? 1 : 0 }')
speedup=$(awk -v d="$dop_total" -v s="$sdv_total" 'BEGIN { if (d == "n/a" || s == "n/a" || d + 0 <= 0) print "n/a"; else printf "%.1f", s / d }')
speed_ok=$(awk -v x="$speedup" 'BEGIN { print (x != "n/a" && x + 0 >= 20) ? 1 : 0 }')
echo
echo "goals (5-table subset unless noted):"
echo "  doppel quality >= SDV's:              ${dop_q}% vs ${sdv_q}%        $(verdict "$q_ok")"
echo "  doppel diagnostic 100% (5 and 11):    ${dop_diag}% / ${full_diag}%        $(verdict "$diag_ok")"
echo "  doppel fit+sample >= 20x faster:      ${speedup}x (${dop_total} s vs ${sdv_total} s)        $(verdict "$speed_ok")"
echo
[[ "${DOPPEL_BENCH_KEEP:-0}" == 1 ]] && echo "details: $work/scores-subset.json, $work/scores-full.json, $work/sdv-run.json"
exit 0
