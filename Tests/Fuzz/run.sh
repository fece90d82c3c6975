#!/usr/bin/env bash
# Builds the libFuzzer harness (Sources/VersusFuzz) and fuzzes the Versus engine with it.
#
#   Tests/Fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
#
# Environment:
#   CONFIG=release|debug   build configuration (default release; falls back to debug if release fails)
#   SANITIZERS="fuzzer"    sanitizers to build with, e.g. "fuzzer address" (slower, finds more)
#   JOBS=1                 libFuzzer worker processes
#   TIMEOUT=10             seconds one input may take before it counts as a hang
#   RSS_LIMIT_MB=2048      memory one worker may use before it counts as an out-of-memory
#
# Inputs that grow coverage go to Tests/Fuzz/corpus (gitignored); crashes, hangs and
# out-of-memory inputs to Tests/Fuzz/artifacts (gitignored); seeds come from Tests/Fuzz/Seeds.
# Reproduce one with: Tests/Fuzz/.build/<config>/VersusFuzz Tests/Fuzz/artifacts/crash-...
set -euo pipefail
cd "$(dirname "$0")"
export PATH="/opt/swift/usr/bin:$PATH"

SECONDS_TO_RUN="${1:-1800}"
shift || true
CONFIG="${CONFIG:-release}"
SANITIZERS="${SANITIZERS:-fuzzer}"
JOBS="${JOBS:-1}"
TIMEOUT="${TIMEOUT:-10}"
RSS_LIMIT_MB="${RSS_LIMIT_MB:-2048}"

sanitize_flags=()
for s in $SANITIZERS; do sanitize_flags+=("--sanitize=$s"); done

if ! swift build -c "$CONFIG" "${sanitize_flags[@]}"; then
    if [ "$CONFIG" = release ]; then
        echo "release build with ${SANITIZERS} failed; falling back to debug" >&2
        CONFIG=debug
        swift build -c "$CONFIG" "${sanitize_flags[@]}"
    else
        exit 1
    fi
fi
binary="$(swift build -c "$CONFIG" "${sanitize_flags[@]}" --show-bin-path)/VersusFuzz"

# One job runs in this process (one core, output here); more run as libFuzzer workers that
# log to fuzz-N.log in this folder.
jobs_flags=()
if [ "$JOBS" != 1 ]; then jobs_flags=(-jobs="$JOBS" -workers="$JOBS"); fi

mkdir -p corpus artifacts
echo "fuzzing with $binary for ${SECONDS_TO_RUN}s (jobs=$JOBS, timeout=${TIMEOUT}s, rss_limit=${RSS_LIMIT_MB}MB)"
exec "$binary" corpus Seeds \
    -dict=versus.dict \
    -max_total_time="$SECONDS_TO_RUN" \
    -timeout="$TIMEOUT" \
    -rss_limit_mb="$RSS_LIMIT_MB" \
    -max_len=16384 \
    "${jobs_flags[@]}" \
    -artifact_prefix=artifacts/ \
    -print_final_stats=1 \
    "$@"
