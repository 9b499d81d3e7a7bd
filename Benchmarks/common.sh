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

# start_postgres: sets admin (a URL to the server's maintenance database), url NAME (a database's URL),
# psql_admin and server_version. Uses $DOPPEL_BENCH_POSTGRES_URL when set; otherwise starts a throwaway
# cluster in $work/data (initdb + pg_ctl on a private socket; as root, as the postgres user) that
# stop_postgres stops. Needs $work.
start_postgres() {
    as_postgres=()
    pgdata=""
    if [[ -n "${DOPPEL_BENCH_POSTGRES_URL:-}" ]]; then
        admin="$DOPPEL_BENCH_POSTGRES_URL"
    else
        pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
        [[ $(id -u) -eq 0 ]] && as_postgres=(runuser -u postgres --)
        pgdata="$work/data"
        mkdir -p "$pgdata" && [[ $(id -u) -eq 0 ]] && chown postgres "$work" "$pgdata"
        local port=$((20000 + RANDOM % 20000))
        ${as_postgres[@]+"${as_postgres[@]}"} "$pgbin/initdb" -D "$pgdata" -A trust -U doppel >/dev/null
        ${as_postgres[@]+"${as_postgres[@]}"} "$pgbin/pg_ctl" -D "$pgdata" -l "$work/server.log" -w \
            -o "-k $work -p $port -c listen_addresses='' -c fsync=off -c shared_buffers=256MB -c max_wal_size=4GB" start >/dev/null
        admin="postgresql://doppel@/postgres?host=$work&port=$port"
    fi
    server_version=$(psql "$admin" -XtAc 'SHOW server_version')
}

# stop_postgres: stops the cluster start_postgres started (unless DOPPEL_BENCH_KEEP=1).
stop_postgres() {
    if [[ -n "${pgdata:-}" && "${DOPPEL_BENCH_KEEP:-0}" != 1 ]]; then
        ${as_postgres[@]+"${as_postgres[@]}"} "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
    fi
}

url() { printf '%s' "$admin" | sed -E "s#/postgres(\?|$)#/$1\1#"; }
psql_admin() { psql "$admin" -X -q -v ON_ERROR_STOP=1 "$@"; }
fresh_db() { psql_admin -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"; }

# begin_postgres_bench NAME: what a PostgreSQL benchmark needs before its first step: GNU time, the release
# binary ($doppel), a temporary directory $work (doppel-NAME.XXXXXX; kept with DOPPEL_BENCH_KEEP=1) and a
# server (start_postgres), both gone on exit. Needs $repo.
begin_postgres_bench() {
    find_gnu_time
    [[ -n "$timebin" ]] || { say "GNU time is required for peak memory (apt-get install -y time)"; exit 2; }
    release_doppel "$repo" .build-release
    work="$(mktemp -d "${TMPDIR:-/tmp}/doppel-$1.XXXXXX")"
    chmod 755 "$work"
    trap end_postgres_bench EXIT
    start_postgres
}

end_postgres_bench() {
    stop_postgres
    if [[ "${DOPPEL_BENCH_KEEP:-0}" == 1 ]]; then say "kept $work"; else rm -rf "$work"; fi
}
