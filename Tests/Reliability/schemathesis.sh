#!/usr/bin/env bash
# OpenAPI-driven fuzzing of `versus serve` with schemathesis: every operation of
# /openapi.yaml, every check, a fixed seed and number of examples, against the Corpus index.
#
#   Tests/Reliability/schemathesis.sh            # debug build
#   CONFIGURATION=release Tests/Reliability/schemathesis.sh
#   EXAMPLES=200 SEED=7 Tests/Reliability/schemathesis.sh
#
# Needs schemathesis at the pinned version (below): the `st` on PATH when it is that version,
# otherwise the script installs it with pip into a virtualenv under .build/ (needs python3 and
# PyPI). Exits non-zero when schemathesis reports any failure or error, when the server logged a
# 5xx or an internal fault, when it is not healthy at the end, or when it does not exit 0 on SIGTERM.
set -euo pipefail

SCHEMATHESIS_VERSION=4.32.5
EXAMPLES=${EXAMPLES:-500}
SEED=${SEED:-20261124}
CONFIGURATION=${CONFIGURATION:-debug}

repository=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repository"
source Tests/Reliability/serve-port.sh
export PATH=/opt/swift/usr/bin:$PATH

# schemathesis, pinned.
st=st
if ! command -v st >/dev/null 2>&1 || [[ "$(st --version 2>/dev/null)" != *" $SCHEMATHESIS_VERSION"* ]]; then
    venv=.build/reliability-venv
    if [[ ! -x $venv/bin/st ]] || [[ "$($venv/bin/st --version)" != *" $SCHEMATHESIS_VERSION"* ]]; then
        echo "Installing schemathesis $SCHEMATHESIS_VERSION into $venv (pip)…"
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet "schemathesis==$SCHEMATHESIS_VERSION"
    fi
    st=$repository/$venv/bin/st
fi
echo "$($st --version)"

swift build -c "$CONFIGURATION" --product versus
versus=$(swift build -c "$CONFIGURATION" --show-bin-path)/versus

work=$(mktemp -d "${TMPDIR:-/tmp}/versus-schemathesis.XXXXXX")
server=""
cleanup() {
    if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" || true; fi
}
trap cleanup EXIT

"$versus" index Corpus --db "$work/index.sqlite" >/dev/null
"$versus" serve --port 0 --db "$work/index.sqlite" --no-refresh 2>"$work/serve.log" &
server=$!
port=$(wait_for_port "$work/serve.log" "$server") || exit 1
base="http://127.0.0.1:$port"
echo "versus serve on $base, index $work/index.sqlite, log $work/serve.log"

status=0
# All phases (examples, coverage, fuzzing, stateful), all checks, one worker so that the run is
# repeatable; NUL bytes allowed in generated strings. Run from the work folder: schemathesis
# keeps a cache of past failures (.schemathesis/) in the current folder and replays them first.
(cd "$work" && "$st" run "$base/openapi.yaml" \
    --checks all \
    --max-examples "$EXAMPLES" \
    --seed "$SEED" \
    --workers 1 \
    --generation-allow-x00 true \
    --generation-database none \
    --request-timeout 30 \
    --no-color \
    --report junit --report-dir "$work/report") \
    | tee "$work/schemathesis.out" || status=$?

# The server's side: no 5xx answered, no internal fault logged, still healthy.
server_errors=$(grep -cE '(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|TRACE) .* 5[0-9][0-9] [0-9.]+ ms' "$work/serve.log" || true)
faults=$(grep -c 'internal fault' "$work/serve.log" || true)
requests=$(grep -cE ' [0-9]{3} [0-9.]+ ms$' "$work/serve.log" || true)
health=$(curl -s -o /dev/null -w '%{http_code}' "$base/health" || true)
kill -TERM "$server"
exit_code=0
wait "$server" || exit_code=$?
server=""

echo
echo "schemathesis exit status: $status"
echo "server: $requests requests logged, $server_errors answered 5xx, $faults internal faults; /health $health; exit status on SIGTERM $exit_code"
if [[ $status -ne 0 || $server_errors -ne 0 || $faults -ne 0 || $health != 200 || $exit_code -ne 0 ]]; then
    echo "FAILED (work folder kept: $work)"
    exit 1
fi
rm -rf "$work"
echo "PASSED"
