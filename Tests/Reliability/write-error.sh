#!/usr/bin/env bash
# A disk that fails writes (EIO) at various points of `versus index`: a clear error (exit 1, code
# index_write_failed), never 70 or a crash, and the previous index intact and answering as before.
#
#   Tests/Reliability/write-error.sh [--versus PATH]
#
# The failures come from fail-writes.c, an LD_PRELOAD shim (built here with cc) that fails every
# pwrite() after the first N. Without --versus it builds the release binary.
set -euo pipefail

VERSUS=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --versus) VERSUS="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 64 ;;
    esac
done
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
if [[ -z "$VERSUS" ]]; then
    (cd "$REPO" && swift build -c release --product versus >&2)
    VERSUS="$REPO/.build/release/versus"
fi
WORK="$(mktemp -d /tmp/versus-writeerror.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
cc -shared -fPIC -o "$WORK/fail-writes.so" "$HERE/fail-writes.c" -ldl
DB="$WORK/index.sqlite"

"$VERSUS" index "$REPO/Corpus" --db "$DB" >/dev/null
answer() { "$VERSUS" search "is udp reliable" --db "$DB" --no-refresh --json --limit 3 | sed 's/"processingTimeMs":[0-9.]*//'; }
before="$(answer)"
"$VERSUS" generate --source pseudo --articles 500 --seed 9 --out "$WORK/more" >/dev/null

failures=0
printf '%-14s %-6s %-22s %-8s %-8s %s\n' "writes before" exit code check answers message
for after in 0 1 10 100 1000 5000; do
    status=0
    VERSUS_FAIL_WRITES_AFTER=$after LD_PRELOAD="$WORK/fail-writes.so" \
        "$VERSUS" index "$WORK/more" --db "$DB" --json >/dev/null 2>"$WORK/err" || status=$?
    code=$(grep -oE '"code":"[a-z_]+"' "$WORK/err" | cut -d'"' -f4 || true)
    check=ok; "$VERSUS" check --db "$DB" >/dev/null 2>&1 || check=FAILED
    same=same; [[ "$(answer)" == "$before" ]] || same=CHANGED
    message=$(grep -oE '"message":"[^"]*"' "$WORK/err" | cut -d'"' -f4 | cut -c1-160 || true)
    printf '%-14s %-6s %-22s %-8s %-8s %s\n' "$after" "$status" "${code:-none}" "$check" "$same" "$message"
    [[ $status == 1 && $code == index_write_failed && $check == ok && $same == same ]] || failures=$((failures + 1))
done
"$VERSUS" index "$WORK/more" --db "$DB" >"$WORK/out" 2>&1 || failures=$((failures + 1))
echo "without failing writes: $(cat "$WORK/out")"
"$VERSUS" check --db "$DB" || failures=$((failures + 1))
echo "$failures failed"
[[ $failures == 0 ]]
