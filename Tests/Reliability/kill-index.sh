#!/usr/bin/env bash
# kill -9 during `versus index`, at random moments: the index must always open, pass
# `versus check` (SQLite's integrity_check and FTS5's integrity-check), and answer from exactly
# the old content or exactly the new content, never a mix.
#
#   Tests/Reliability/kill-index.sh [--versus PATH] [--articles N] [--trials N] [--seed S] [--keep]
#
# Without --versus it builds the release binary (`swift build -c release --product versus`).
# Needs the sqlite3 command (apt-get install sqlite3) to count the marker words exactly.
#
# How: a synthetic corpus of N articles, each with a marker word in its summary line, is
# indexed. Each trial then moves a random half of the articles to a new marker (zqmTT for
# trial TT), starts `versus index` (every fourth trial with --rebuild), and kills it with
# SIGKILL after a random delay within 1.25 times the measured time of such a run (so that some
# runs commit before their kill). The index's count of
# passages holding each marker must then equal the counts before the trial (the run was lost
# whole) or the counts in the files now (the run committed whole).
set -euo pipefail

VERSUS=""
ARTICLES=5000
TRIALS=20
SEED=1
KEEP=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --versus) VERSUS="$2"; shift 2 ;;
        --articles) ARTICLES="$2"; shift 2 ;;
        --trials) TRIALS="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        *) echo "unknown option $1" >&2; exit 64 ;;
    esac
done

REPO="$(cd "$(dirname "$0")/../.." && pwd)"
if [[ -z "$VERSUS" ]]; then
    (cd "$REPO" && swift build -c release --product versus >&2)
    VERSUS="$REPO/.build/release/versus"
fi
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 command (apt-get install sqlite3)" >&2; exit 1; }

WORK="$(mktemp -d /tmp/versus-kill.XXXXXX)"
[[ $KEEP == 1 ]] || trap 'rm -rf "$WORK"' EXIT
CORPUS="$WORK/corpus"
DB="$WORK/index.sqlite"

# Puts marker $1 on the summary line (line 6) of the files listed on stdin.
mark() {
    xargs -r perl -pi -e 's/ Marker zqm\d\d\.$//; s/$/ Marker '"$1"'./ if $. == 6; close ARGV if eof'
}

# The markers the files hold, as "zqm00=2500 zqm03=1250 …" (files holding each marker).
files_vector() {
    grep -rhoE 'Marker zqm[0-9]{2}\.' "$CORPUS" | sort | uniq -c | awk '{sub(/\./, "", $3); printf "%s=%d ", $3, $1}'
}

# The same counts read from the index: passages whose text holds each marker.
index_vector() {
    local sql=""
    for m in $(seq -f 'zqm%02g' 0 "$TRIALS") zqm99; do
        sql+="SELECT '$m', count(*) FROM passage_fts WHERE passage_fts MATCH '$m' UNION ALL "
    done
    sqlite3 -readonly -separator ' ' "$DB" "${sql% UNION ALL }" | awk '$2 > 0 {printf "%s=%d ", $1, $2}'
}

"$VERSUS" generate --source pseudo --articles "$ARTICLES" --seed "$SEED" --out "$CORPUS" >/dev/null
find "$CORPUS" -name '*.txt' | mark zqm00
"$VERSUS" index "$CORPUS" --db "$DB" >/dev/null
# The time a trial's run takes to finish: an update of a random half of the articles.
find "$CORPUS" -name '*.txt' | sort | awk -v s="$SEED" 'BEGIN { srand(s) } rand() < 0.5' | mark zqm99
started=$(date +%s.%N)
"$VERSUS" index "$CORPUS" --db "$DB" >/dev/null
RUN=$(echo "$(date +%s.%N) - $started" | bc)
"$VERSUS" check --db "$DB" >/dev/null
before="$(index_vector)"
[[ "$before" == "$(files_vector)" ]] || { echo "the first index does not match its files" >&2; exit 1; }

echo "versus: $VERSUS"
printf 'corpus: %d synthetic articles (seed %d); an update of half of them takes %.2f s; %d trials, killed within 0-%.2f s\n' \
    "$ARTICLES" "$SEED" "$RUN" "$TRIALS" "$(echo "$RUN * 1.25" | bc)"
printf '%-5s %-8s %-8s %-12s %-10s %-8s %-8s %s\n' trial mode "kill at" "index exit" content check articles search
failures=0
for trial in $(seq 1 "$TRIALS"); do
    marker=$(printf 'zqm%02d' "$trial")
    find "$CORPUS" -name '*.txt' | sort | awk -v s=$((SEED * 1000 + trial)) 'BEGIN { srand(s) } rand() < 0.5' | mark "$marker"
    after="$(files_vector)"
    mode=update; args=()
    if (( trial % 4 == 0 )); then mode=rebuild; args=(--rebuild); fi
    # Within 1.25 times the measured run, so that some runs commit before their kill.
    delay=$(awk -v s=$((SEED * 7000 + trial)) -v run="$RUN" 'BEGIN { srand(s); printf "%.2f", 0.05 + rand() * run * 1.25 }')

    "$VERSUS" index "$CORPUS" --db "$DB" "${args[@]}" >"$WORK/index.log" 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null || true
    status=0; { wait "$pid"; } 2>/dev/null || status=$?
    [[ $status == 137 ]] && exit_text="137 killed" || exit_text="$status done"

    check=ok
    "$VERSUS" check --db "$DB" >"$WORK/check.log" 2>&1 || check=FAILED
    articles=$("$VERSUS" stats --db "$DB" --json --no-refresh 2>/dev/null | grep -oE '"articles" *: *[0-9]+' | grep -oE '[0-9]+$' || echo "?")
    search=ok
    "$VERSUS" search "$marker" --db "$DB" --no-refresh --json >/dev/null 2>&1 || search=FAILED
    now="$(index_vector)"
    if [[ "$now" == "$before" ]]; then content=old
    elif [[ "$now" == "$after" ]]; then content=new
    else content=MIXED; fi

    printf '%-5s %-8s %-8s %-12s %-10s %-8s %-8s %s\n' "$trial" "$mode" "${delay}s" "$exit_text" "$content" "$check" "$articles" "$search"
    if [[ $content == MIXED || $check != ok || $articles != "$ARTICLES" || $search != ok ]]; then
        failures=$((failures + 1))
        echo "  index: $now" >&2; echo "  old:   $before" >&2; echo "  new:   $after" >&2
        sed 's/^/  check: /' "$WORK/check.log" >&2
    fi
    before="$now"
done
echo "$failures of $TRIALS trials failed"
[[ $failures == 0 ]]
