#!/usr/bin/env bash
# Slow clients against `versus serve` (release build, Corpus index): CONNECTIONS connections
# (default 1,000) that send their request a byte every INTERVAL seconds for DURATION seconds,
# reopened when the server closes them, while a normal client searches every 0.25 s
# (Tests/Reliability/slowloris.py). Two runs: a head trickled byte by byte (slowloris), then a
# complete head and a body trickled byte by byte (slow POST).
#
#   Tests/Reliability/slowloris.sh
#   CONNECTIONS=500 DURATION=40 Tests/Reliability/slowloris.sh
#
# Passes when every probe search got a 200 within MAX_PROBE_SECONDS (default 2), the server
# closed every slow connection within its deadline plus 10 s (the idle timeout, 30 s, for a
# head; the request read deadline, 10 s, for a body), /health answers 200 afterwards and the
# server exits 0 on SIGTERM. Needs python3 and curl.
set -euo pipefail

CONNECTIONS=${CONNECTIONS:-1000}
DURATION=${DURATION:-60}
INTERVAL=${INTERVAL:-3}
MAX_PROBE_SECONDS=${MAX_PROBE_SECONDS:-2}
IDLE_TIMEOUT=30          # versus serve's default --idle-timeout
REQUEST_READ_TIMEOUT=10  # ServerSettings.requestReadTimeout

repository=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repository"
source Tests/Reliability/serve-port.sh
export PATH=/opt/swift/usr/bin:$PATH
command -v python3 >/dev/null || { echo "needs python3"; exit 2; }
command -v curl >/dev/null || { echo "needs curl: apt-get install -y curl"; exit 2; }

swift build -c release --product versus
versus=$(swift build -c release --show-bin-path)/versus
work=$(mktemp -d "${TMPDIR:-/tmp}/versus-slowloris.XXXXXX")
server=""
cleanup() {
    if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" || true; fi
}
trap cleanup EXIT

"$versus" index Corpus --db "$work/index.sqlite" >/dev/null
"$versus" serve --port 0 --db "$work/index.sqlite" --no-refresh --idle-timeout "$IDLE_TIMEOUT" 2>"$work/serve.log" &
server=$!
port=$(wait_for_port "$work/serve.log" "$server") || exit 1
echo "versus serve pid $server on 127.0.0.1:$port; open files limit $(awk '/Max open files/ {print $4}' /proc/$server/limits)"
# The client side needs a descriptor per connection too.
ulimit -n "$(( CONNECTIONS + 256 > $(ulimit -n) ? CONNECTIONS + 256 : $(ulimit -n) ))" 2>/dev/null || true

failed=0
for mode in headers body; do
    if [[ $mode == headers ]]; then hold=$((IDLE_TIMEOUT + 10)); else hold=$((REQUEST_READ_TIMEOUT + 10)); fi
    echo
    echo "== $mode: $CONNECTIONS slow connections, a byte every $INTERVAL s, $DURATION s ($(date -u +%Y-%m-%dT%H:%MZ))"
    python3 Tests/Reliability/slowloris.py --port "$port" --connections "$CONNECTIONS" --interval "$INTERVAL" \
        --duration "$DURATION" --mode "$mode" --max-probe-seconds "$MAX_PROBE_SECONDS" --max-hold-seconds "$hold" || failed=1
    echo "server: $(ls /proc/$server/fd | wc -l) open descriptors now, peak RSS $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' /proc/$server/status)"
done

health=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" || true)
kill -TERM "$server"
exit_code=0
wait "$server" || exit_code=$?
server=""
statuses=$(grep -oE ' [0-9]{3} [0-9.]+ ms$' "$work/serve.log" | awk '{print $1}' | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')
echo
echo "after: /health $health; server exit status $exit_code; statuses logged: $statuses"
if [[ $failed -ne 0 || $health != 200 || $exit_code -ne 0 ]]; then
    echo "FAILED (work folder kept: $work)"
    exit 1
fi
rm -rf "$work"
echo "PASSED"
