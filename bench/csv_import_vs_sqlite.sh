#!/usr/bin/env bash
# Imports the same 100,000-row CSV bank (front, back, tags) with `summit import` into a new
# collection and with `sqlite3 .import --csv` into a plain three-column table, and prints both
# wall-clock and CPU (user + system) times side by side, plus `summit check` (reading and
# validating only). The sqlite3 figure is the floor: one table, no ids, no JSON, no cards, no
# validation. On a shared machine the CPU column is the steadier one. Target: the import's CPU
# time at most 2x sqlite3's; the last line prints the ratio.
#
# Usage: bench/csv_import_vs_sqlite.sh [path/to/summit] [rows]
#        (default: build/app/summit, 100000 rows)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
summit=${1:-$root/build/app/summit}
rows=${2:-100000}
if [[ ! -x "$summit" ]]; then
    echo "error: $summit not found; build the summit target first" >&2
    exit 1
fi
command -v sqlite3 >/dev/null || { echo "error: sqlite3 not on PATH" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
csv=$work/bench-words.csv
{
    echo "front,back,tags"
    awk -v n="$rows" 'BEGIN { for (i = 1; i <= n; ++i)
        printf "\"word %d, with a comma\",meaning number %d of the list,t%d bench\n", i, i, i % 50 }'
} >"$csv"

seconds() {  # runs "$@" and prints "WALL CPU" in seconds
    local TIMEFORMAT='%R %U %S' times
    times=$({ time "$@" >/dev/null 2>&1; } 2>&1)
    read -r wall user sys <<<"$times"
    echo "$wall $(echo "$user + $sys" | bc)"
}

now=2026-01-01T00:00:00Z
check=$(seconds "$summit" --collection "$work/unused.db" --now "$now" check "$csv")
import=$(seconds "$summit" --collection "$work/summit.db" --now "$now" import "$csv")
reimport=$(seconds "$summit" --collection "$work/summit.db" --now "$now" import "$csv")
plain=$(seconds sqlite3 "$work/plain.db" \
    "CREATE TABLE words(front TEXT, back TEXT, tags TEXT);" ".import --csv --skip 1 $csv words")
count=$(sqlite3 "$work/plain.db" "SELECT count(*) FROM words;")

printf 'rows: %s (%s bytes)\n' "$rows" "$(stat -c %s "$csv")"
row() {  # NAME "WALL CPU"
    read -r wall cpu <<<"$2"
    printf '%-38s %8.2f s wall %8.2f s CPU\n' "$1" "$wall" "$cpu"
}
row "summit check (read + validate)" "$check"
row "summit import (new collection)" "$import"
row "summit import again (all unchanged)" "$reimport"
row "sqlite3 .import, plain table ($count rows)" "$plain"
read -r _ import_cpu <<<"$import"
read -r _ plain_cpu <<<"$plain"
printf 'summit import / sqlite3 .import, CPU: %.1fx (target: at most 2x)\n' \
    "$(echo "$import_cpu / $plain_cpu" | bc -l)"
