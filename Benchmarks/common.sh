# Shared by the benchmark scripts (sourced, not run): messages, GNU time, the release binary, and timing.

say() { printf '%s\n' "$*" >&2; }

# find_gnu_time: sets timebin to GNU time (installing it with apt-get when run as root), or to "" when
# it cannot be had.
find_gnu_time() {
    timebin=""
    if [[ -x /usr/bin/time ]]; then
        timebin=/usr/bin/time
    elif [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        say "installing GNU time for peak-memory figures (apt-get install -y time)"
        if apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; }; then
            timebin=/usr/bin/time
        fi
    fi
}

# release_doppel REPO SCRATCH: sets doppel to $DOPPEL_BIN, or builds the release binary into SCRATCH
# (relative to REPO) and uses it; exits 2 when there is none.
release_doppel() {
    local repo="$1" scratch="$2"
    if [[ -n "${DOPPEL_BIN:-}" ]]; then
        doppel="$DOPPEL_BIN"
    else
        say "building the release binary (swift build -c release --scratch-path $scratch)"
        (cd "$repo" && swift build -c release --scratch-path "$scratch" >&2)
        doppel="$(cd "$repo" && swift build -c release --scratch-path "$scratch" --show-bin-path)/doppel"
    fi
    [[ -x "$doppel" ]] || { say "no doppel binary at $doppel"; exit 2; }
}

# timed NAME CMD...: runs CMD under GNU time and appends "NAME seconds peak_kib" to $work/results.
timed() {
    local name="$1"; shift
    local start end
    start=$(date +%s%N)
    "$timebin" -f '%M' -o "$work/time.out" "$@"
    end=$(date +%s%N)
    printf '%s %s %s\n' "$name" "$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')" "$(tail -n 1 "$work/time.out")" >>"$work/results"
    say "  $name: $(tail -n 1 "$work/results" | cut -d' ' -f2) s"
}
