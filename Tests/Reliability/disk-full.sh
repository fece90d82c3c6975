#!/usr/bin/env bash
# A real full disk (ENOSPC) while `versus index` writes: a clear error (exit 1, code disk_full),
# the previous index intact and searchable, and the same run completing once there is room.
#
#   sudo Tests/Reliability/disk-full.sh [--versus PATH] [--size-mb N]
#
# Needs root (or CAP_SYS_ADMIN) to mount a small tmpfs; without it, it says so and exits 2.
# Without --versus it builds the release binary. The engine-level equivalent that runs in
# `swift test` is FaultTests.aFullDiskIsATypedErrorAndTheRunIsRolledBack (SQLite's
# max_page_count standing for the disk).
set -euo pipefail

VERSUS=""
SIZE_MB=12
while [[ $# -gt 0 ]]; do
    case "$1" in
        --versus) VERSUS="$2"; shift 2 ;;
        --size-mb) SIZE_MB="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 64 ;;
    esac
done
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
if [[ -z "$VERSUS" ]]; then
    (cd "$REPO" && swift build -c release --product versus >&2)
    VERSUS="$REPO/.build/release/versus"
fi

WORK="$(mktemp -d /tmp/versus-diskfull.XXXXXX)"
DISK="$WORK/disk"
mkdir -p "$DISK"
if ! mount -t tmpfs -o size="${SIZE_MB}m" tmpfs "$DISK" 2>"$WORK/mount.err"; then
    echo "cannot mount a tmpfs here ($(cat "$WORK/mount.err")): run as root" >&2
    rm -rf "$WORK"
    exit 2
fi
trap 'umount "$DISK" 2>/dev/null; rm -rf "$WORK"' EXIT
DB="$DISK/index.sqlite"
failures=0
step() { printf '%-62s %s\n' "$1" "$2"; [[ $2 == ok* ]] || failures=$((failures + 1)); }

# The previous index: the bundled corpus, well within the disk.
"$VERSUS" index "$REPO/Corpus" --db "$DB" >/dev/null
before_stats=$("$VERSUS" stats --db "$DB" --json --no-refresh)
before_answer=$("$VERSUS" search "is udp reliable" --db "$DB" --no-refresh --json --limit 3 | sed 's/"processingTimeMs":[0-9.]*//')
echo "tmpfs of ${SIZE_MB} MB at $DISK; index of Corpus/: $(du -k "$DB" | cut -f1) KB; free: $(df -k --output=avail "$DISK" | tail -1) KB"

# 1. A run that fills the disk part way: 1,500 synthetic articles (about 20 MB of index).
"$VERSUS" generate --source pseudo --articles 1500 --seed 5 --out "$WORK/more" >/dev/null
status=0
"$VERSUS" index "$WORK/more" --db "$DB" --json >"$WORK/out" 2>"$WORK/err" || status=$?
echo "  versus index (json stderr): $(cat "$WORK/err")"
[[ $status == 1 ]] && step "a run that fills the disk exits 1" ok || step "a run that fills the disk exits 1" "FAILED (exit $status)"
grep -q '"code":"disk_full"' "$WORK/err" && step "  with code disk_full" ok || step "  with code disk_full" FAILED
"$VERSUS" index "$WORK/more" --db "$DB" 2>"$WORK/err" >/dev/null || true
echo "  versus index (text stderr): $(cat "$WORK/err")"
grep -q "the disk is full while writing the index at $DB" "$WORK/err" && step "  and says the disk is full, naming the index" ok || step "  and says the disk is full, naming the index" FAILED

# 2. The previous index is whole and answers as before.
"$VERSUS" check --db "$DB" >"$WORK/check" 2>&1 && step "the index passes versus check afterwards" ok || step "the index passes versus check afterwards" "FAILED: $(cat "$WORK/check")"
after_stats=$("$VERSUS" stats --db "$DB" --json --no-refresh)
articles() { grep -oE '"articles" *: *[0-9]+' <<<"$1" | grep -oE '[0-9]+$'; }
[[ $(articles "$after_stats") == $(articles "$before_stats") ]] && step "  with the same $(articles "$before_stats") articles" ok || step "  same articles" "FAILED ($(articles "$after_stats"))"
after_answer=$("$VERSUS" search "is udp reliable" --db "$DB" --no-refresh --json --limit 3 | sed 's/"processingTimeMs":[0-9.]*//')
[[ $after_answer == "$before_answer" ]] && step "  and the same answers" ok || step "  and the same answers" FAILED

# 3. A disk already full before the run starts (a filler file takes the rest).
dd if=/dev/zero of="$DISK/filler" bs=64k 2>/dev/null || true
status=0
"$VERSUS" index "$WORK/more" --db "$DB" --json >/dev/null 2>"$WORK/err" || status=$?
echo "  versus index on a full disk (json stderr): $(cat "$WORK/err")"
[[ $status == 1 ]] && step "a run on an already full disk exits 1, never 70" ok || step "a run on an already full disk exits 1" "FAILED (exit $status)"
# Searching needs no room when SQLite's shared-memory file covers the WAL; when it must grow it,
# a clear disk_full error (exit 1) is the answer, never a crash.
status=0
"$VERSUS" search "is udp reliable" --db "$DB" --no-refresh --json --limit 3 >"$WORK/out" 2>"$WORK/err" || status=$?
echo "  versus search on the full disk: exit $status; stderr: $(cat "$WORK/err")"
if [[ $status == 0 ]]; then
    [[ $(sed 's/"processingTimeMs":[0-9.]*//' "$WORK/out") == "$before_answer" ]] \
        && step "  searching on the full disk answers as before" ok || step "  searching on the full disk" "FAILED: other answers"
else
    [[ $status == 1 ]] && grep -q '"code":"disk_full"' "$WORK/err" \
        && step "  searching on the full disk: a clear disk_full error" "ok (no answer)" \
        || step "  searching on the full disk" "FAILED (exit $status)"
fi
rm -f "$DISK/filler"

# 4. With room again, the same run completes.
mount -o remount,size=200m "$DISK"
"$VERSUS" index "$WORK/more" --db "$DB" >"$WORK/out" 2>&1 && step "with room again, the run completes: $(cut -c1-60 "$WORK/out")" ok || step "with room again, the run completes" "FAILED: $(cat "$WORK/out")"
"$VERSUS" check --db "$DB" >"$WORK/check" 2>&1 && step "  and the index passes versus check: $(grep -oE '[0-9]+ articles' "$WORK/check")" ok || step "  and passes check" FAILED

echo "$failures failed"
[[ $failures == 0 ]]
