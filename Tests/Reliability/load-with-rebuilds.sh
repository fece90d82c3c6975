#!/usr/bin/env bash
# Load with index rebuilds: wrk against /search (256 connections, 60 s, distinct queries via
# Benchmarks/HTTP/search.lua: Benchmarks/Quality/queries.tsv on Corpus/, the synthetic corpus's
# own questions on it) while `versus index --rebuild` rewrites the same index file every 10 s
# (10 s between the end of one rebuild and the start of the next); then SIGTERM under load.
#
#   Tests/Reliability/load-with-rebuilds.sh              # the Corpus index
#   Tests/Reliability/load-with-rebuilds.sh synthetic    # a 2,000-article synthetic index
#   Tests/Reliability/load-with-rebuilds.sh both
#   DURATION=30 CONNECTIONS=64 REBUILD_EVERY=5 Tests/Reliability/load-with-rebuilds.sh
#
# Needs wrk (`apt-get install -y wrk`) and curl. Release build. Reports requests, non-2xx and
# 5xx answers (from the server's request log), wrk's socket errors (connect, read, write,
# timeout), the rebuilds that ran, /health afterwards and the server's peak resident memory.
# Then a second phase: wrk for 10 s, SIGTERM to the server after 3 s; the server must exit 0
# within 15 s and no answer may be a non-200 (in-flight requests finish; connections refused
# after the listener closed are counted apart, as they are expected).
# Exits non-zero unless: no 5xx, no non-2xx, no socket error, every rebuild succeeded, /health
# 200 at the end, and the SIGTERM phase passed.
set -euo pipefail

DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-256}
THREADS=${THREADS:-2}
REBUILD_EVERY=${REBUILD_EVERY:-10}
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
datasets=${1:-corpus}
[[ $datasets == both ]] && datasets="corpus synthetic"

repository=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repository"
source Tests/Reliability/serve-port.sh
export PATH=/opt/swift/usr/bin:$PATH
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk"; exit 2; }
command -v curl >/dev/null || { echo "needs curl: apt-get install -y curl"; exit 2; }

swift build -c release --product versus
versus=$(swift build -c release --show-bin-path)/versus
work=$(mktemp -d "${TMPDIR:-/tmp}/versus-load.XXXXXX")
echo "work folder: $work"

server=""
rebuilder=""
cleanup() {
    [[ -n $rebuilder ]] && kill "$rebuilder" 2>/dev/null || true
    if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" || true; fi
}
trap cleanup EXIT

# Starts `versus serve` on a free port with the index $1, logging to $2; sets $server and $base.
start_server() {
    "$versus" serve --port 0 --db "$1" --no-refresh 2>"$2" &
    server=$!
    local port
    port=$(wait_for_port "$2" "$server") || exit 1
    base="http://127.0.0.1:$port"
}

# The statuses in a server log: "count status" lines.
statuses() { grep -oE ' [0-9]{3} [0-9.]+ ms$' "$1" | awk '{print $1}' | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}'; }
count_matching() { grep -cE "$2" "$1" || true; }

failed=0
for dataset in $datasets; do
    folder=$work/$dataset
    mkdir -p "$folder"
    case $dataset in
        corpus) source=Corpus; queries=Benchmarks/Quality/queries.tsv ;;
        synthetic)
            source=$folder/articles
            "$versus" generate --source pseudo --articles 2000 --seed 1 --out "$source" >/dev/null
            # The quality queries are written for Corpus/ and find almost nothing here: use the
            # corpus's own questions (FAQ questions and titles), 4,000 of them.
            queries=$folder/queries.txt
            find "$source" -name '*.txt' | sort | xargs grep -h '?$' | awk 'NR <= 4000' >"$queries" ;;
        *) echo "unknown dataset $dataset (corpus, synthetic or both)"; exit 2 ;;
    esac
    db=$folder/index.sqlite
    "$versus" index "$source" --db "$db" >/dev/null
    start_server "$db" "$folder/serve.log"
    echo
    echo "== $dataset: $(du -h "$db" | cut -f1) index, versus serve pid $server on $base"
    echo "open files limit: shell $(ulimit -n), server $(awk '/Max open files/ {print $4}' /proc/$server/limits)"

    # Rebuild the index in place every $REBUILD_EVERY seconds while wrk runs.
    (
        while true; do
            sleep "$REBUILD_EVERY"
            started=$(date +%s.%N)
            if "$versus" index "$source" --rebuild --db "$db" >>"$folder/rebuild.log" 2>&1; then result=ok; else result=failed; fi
            echo "rebuild $result in $(echo "$(date +%s.%N) - $started" | bc) s" >>"$folder/rebuilds"
        done
    ) &
    rebuilder=$!

    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$WRK_TIMEOUT" --latency \
        -s Benchmarks/HTTP/search.lua "$base" -- "$queries" /search | tee "$folder/wrk.out"
    kill "$rebuilder" 2>/dev/null || true
    wait "$rebuilder" 2>/dev/null || true
    rebuilder=""
    sleep 1  # let a rebuild in progress finish

    summary=$(grep '^requests ' "$folder/wrk.out")
    wrk_requests=$(echo "$summary" | sed -n 's/^requests \([0-9]*\) .*/\1/p')
    non200=$(echo "$summary" | sed -n 's/.*non-200 \([0-9]*\).*/\1/p')
    socket_errors=$(echo "$summary" | sed -n 's/.*socket errors \([0-9]*\).*/\1/p')
    socket_detail=$(grep 'Socket errors' "$folder/wrk.out" || echo "Socket errors: none")
    logged=$(count_matching "$folder/serve.log" ' [0-9]{3} [0-9.]+ ms$')
    server_5xx=$(count_matching "$folder/serve.log" ' 5[0-9]{2} [0-9.]+ ms$')
    server_non2xx=$(count_matching "$folder/serve.log" ' [13-9][0-9]{2} [0-9.]+ ms$')
    rebuilds_ok=$(count_matching "$folder/rebuilds" '^rebuild ok')
    rebuilds_failed=$(count_matching "$folder/rebuilds" '^rebuild failed')
    health=$(curl -s -o /dev/null -w '%{http_code}' "$base/health" || true)
    peak_rss=$(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' /proc/$server/status)
    faults=$(count_matching "$folder/serve.log" ' (error|critical) ')

    echo "-- $dataset results ($(date -u +%Y-%m-%d), ${DURATION} s, $CONNECTIONS connections, rebuild every ${REBUILD_EVERY} s)"
    echo "wrk: $summary"
    echo "wrk: $socket_detail"
    echo "server: $logged requests logged, statuses: $(statuses "$folder/serve.log"); 5xx $server_5xx, non-2xx $server_non2xx; error log lines $faults"
    echo "rebuilds: $rebuilds_ok ok, $rebuilds_failed failed ($(awk '{print $4}' "$folder/rebuilds" | tr '\n' ' ')s)"
    echo "after: /health $health, peak RSS $peak_rss"
    if [[ $server_5xx -ne 0 || $server_non2xx -ne 0 || $non200 -ne 0 || $socket_errors -ne 0 || $rebuilds_failed -ne 0 \
        || $rebuilds_ok -eq 0 || $health != 200 || $wrk_requests -eq 0 ]]; then
        echo "-- $dataset: FAILED"
        failed=1
    else
        echo "-- $dataset: passed"
    fi

    # SIGTERM under load: in-flight requests finish, the process exits 0.
    : >"$folder/serve.log.before-term"
    cp "$folder/serve.log" "$folder/serve.log.before-term"
    before=$(count_matching "$folder/serve.log" ' [0-9]{3} [0-9.]+ ms$')
    wrk -t"$THREADS" -c64 -d10s --timeout "$WRK_TIMEOUT" -s Benchmarks/HTTP/search.lua "$base" \
        -- "$queries" /search >"$folder/wrk-term.out" 2>&1 &
    load=$!
    sleep 3
    term_sent=$(date +%s.%N)
    kill -TERM "$server"
    exit_code=0
    timeout 15 tail --pid="$server" -f /dev/null || exit_code=timeout
    wait "$server" || exit_code=$?
    exit_seconds=$(echo "$(date +%s.%N) - $term_sent" | bc)
    server=""
    wait "$load" || true
    term_summary=$(grep '^requests ' "$folder/wrk-term.out" || echo "no summary")
    term_non200=$(echo "$term_summary" | sed -n 's/.*non-200 \([0-9]*\).*/\1/p')
    term_logged=$(( $(count_matching "$folder/serve.log" ' [0-9]{3} [0-9.]+ ms$') - before ))
    term_non2xx=$(( $(count_matching "$folder/serve.log" ' [13-9][0-9]{2} [0-9.]+ ms$') - server_non2xx ))
    echo "-- $dataset SIGTERM under load (64 connections): exit status $exit_code after ${exit_seconds} s; server answered $term_logged requests in the phase, non-2xx $term_non2xx"
    echo "wrk: $term_summary"
    echo "wrk: $(grep 'Socket errors' "$folder/wrk-term.out" || echo "Socket errors: none") (expected after the listener closes)"
    if [[ $exit_code != 0 || ${term_non200:-1} -ne 0 || $term_non2xx -ne 0 ]]; then
        echo "-- $dataset SIGTERM: FAILED"
        failed=1
    else
        echo "-- $dataset SIGTERM: passed"
    fi
done

if [[ $failed -ne 0 ]]; then echo "FAILED (work folder kept: $work)"; exit 1; fi
rm -rf "$work"
echo "PASSED"
