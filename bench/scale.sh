#!/usr/bin/env bash
# The whole app at scale, as a learner meets it: one synthetic collection of 100,000 questions
# and 1,000,000 reviews (bench/make_collection), then every row of the scale table measured on
# it, median of 3 runs, for two builds side by side (the previous release and this one).
#
# Rows: file size; bytes per review row (table and its indexes, from SQLite's dbstat); window
# start to a rendered Home and to a rendered Progress view (--screenshot --frames 30, the whole
# summit process under Xvfb); `summit stats --json`; BM_FetchAndComputeReport; `summit review`
# (one durable commit). Whole-process rows give wall seconds and peak RSS (/usr/bin/time).
# The load average is printed before and after: on a shared machine, read it with the numbers.
#
# Usage: bench/scale.sh [--after BUILD] [--before BUILD] [--questions N] [--reviews M]
#                       [--runs R] [--work DIR]
#   BUILD is a CMake build folder with app/summit, bench/make_collection and bench/summit_bench
#   (SUMMIT_BUILD_BENCH=ON). --after defaults to ./build; --before is optional. Collections are
#   kept in --work (default /tmp/summit-scale) and reused when present.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
after=$root/build
before=""
questions=100000
reviews=1000000
runs=3
work=/tmp/summit-scale
while [[ $# -gt 0 ]]; do
    case $1 in
        --after) after=$2; shift 2 ;;
        --before) before=$2; shift 2 ;;
        --questions) questions=$2; shift 2 ;;
        --reviews) reviews=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        *) echo "usage: $0 [--after BUILD] [--before BUILD] [--questions N] [--reviews M]" \
                "[--runs R] [--work DIR]" >&2; exit 2 ;;
    esac
done
for tool in xvfb-run sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "error: $tool is needed" >&2; exit 1; }
done
mkdir -p "$work"
now=2026-11-18T11:06:40Z  # make_collection's default clock, so the same cards are due

median() { sort -g | sed -n "$(((runs + 1) / 2))p"; }

# Runs "$@" $runs times; prints "WALL_S PEAK_RSS_MB CPU_S", each the median of the runs. On a
# shared machine the CPU time (user + system) is the steadier figure.
measure() {
    local out=$work/time.txt i
    local -a secs=() rss=() cpu=()
    for ((i = 0; i < runs; ++i)); do
        "$@" >/dev/null 2>"$work/stderr.txt" || { echo "error: $* failed:" >&2; \
            cat "$work/stderr.txt" >&2; exit 1; }
        read -r s r u y <"$out"
        secs+=("$s"); rss+=("$r"); cpu+=("$(printf '%.2f' "$(echo "$u + $y" | bc)")")
    done
    local mr
    mr=$(printf '%s\n' "${rss[@]}" | median)
    echo "$(printf '%s\n' "${secs[@]}" | median) $((mr / 1024)) $(printf '%s\n' "${cpu[@]}" | median)"
}
format='%e %M %U %S'
timed() { /usr/bin/time -o "$work/time.txt" -f "$format" "$@"; }
windowed() { xvfb-run -a /usr/bin/time -o "$work/time.txt" -f "$format" "$@"; }

# Fills the associative array named $1 with the rows for the build folder $2.
measure_build() {
    local -n row=$1
    local build=$2 name=$1
    local summit=$build/app/summit db=$work/$name-$questions-$reviews.db
    if [[ ! -f $db ]]; then
        echo "generating $db ..." >&2
        "$build/bench/make_collection" "$db" --questions "$questions" --reviews "$reviews" >&2
    fi
    row[size]=$(( $(stat -c %s "$db") / 1000000 ))
    row[per_row]=$(sqlite3 -readonly "$db" "SELECT printf('%.1f', \
        (SELECT sum(pgsize) FROM dbstat WHERE name IN \
            (SELECT name FROM sqlite_schema WHERE tbl_name = 'revlog')) * 1.0 / \
        (SELECT count(*) FROM revlog))")
    row[revlog_mb]=$(sqlite3 -readonly "$db" "SELECT sum(pgsize) / 1000000 FROM dbstat WHERE \
        name IN (SELECT name FROM sqlite_schema WHERE tbl_name = 'revlog')")
    row[home]=$(measure windowed "$summit" --collection "$db" --now "$now" \
        --screenshot "$work/home.png" --frames 30)
    row[progress]=$(measure windowed "$summit" --collection "$db" --now "$now" \
        --screenshot "$work/progress.png" --view progress --frames 30)
    row[stats]=$(measure timed "$summit" --collection "$db" --now "$now" stats --json)
    row[report]=$(SUMMIT_STATS_DB=$db "$build/bench/summit_bench" \
        --benchmark_filter='^BM_FetchAndComputeReport(/|$)' --benchmark_repetitions="$runs" \
        --benchmark_report_aggregates_only=true --benchmark_format=csv 2>/dev/null |
        awk -F, '/^"BM_/ { r = $3; c = $4 } /_median"?,/ { m = 1; mr = $3; mc = $4 }
            END { if (m) { r = mr; c = mc } printf "%.0f ms (CPU %.0f ms)", r, c }')
    # A copy takes the reviews, so the measured file stays as generated. The copy is written
    # out first: otherwise the first run's commit would wait for the whole copy to reach disk.
    cp "$db" "$work/review.db"
    sync
    local card
    card=$(sqlite3 -readonly "$db" "SELECT id FROM cards WHERE phase = 2 ORDER BY id LIMIT 1")
    row[review]=$(measure timed "$summit" --collection "$work/review.db" --now "$now" \
        review "$card" good)
    rm -f "$work/review.db" "$work/review.db-wal" "$work/review.db-shm"
}

cell() {  # "WALL RSS_MB [CPU]" -> "1.23 s, 456 MB (CPU 0.40 s)"; empty stays "-"
    [[ -z ${1:-} ]] && { echo "-"; return; }
    read -r s r c <<<"$1"
    echo "$s s, $r MB${c:+ (CPU $c s)}"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores" >&2
declare -A new=() old=()
measure_build new "$after"
if [[ -n $before ]]; then
    measure_build old "$before"
    # The first open of the previous release's file by this build migrates it.
    cp "$work/old-$questions-$reviews.db" "$work/migrate.db"
    new[migrate]=$(runs=1 measure timed "$after/app/summit" --collection "$work/migrate.db" \
        --now "$now" list)
    new[migrated_size]=$(( $(stat -c %s "$work/migrate.db") / 1000000 ))
    rm -rf "$work"/migrate.db*  # with the backup folder the upgrade writes first
fi
if [[ -z $before ]]; then
    # Without a previous build to run, the previous release's figures as measured on this
    # machine with the same arguments (schema 7: the typed review log, statistics computed
    # from every review row), on 2026-12-07 at a load average of about 20.
    old=([size]=128 [revlog_mb]=81 [per_row]="81.1" [home]="17.4 157 1.22"
        [progress]="48.1 347 3.92" [stats]="31.2 231 2.34" [report]="26945 ms (CPU 1985 ms)"
        [review]="0.57 9 0.02")
    echo "before: the previous release's recorded figures (no --before build given)" >&2
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

printf '\n%-40s | %-30s | %-34s | %s\n' "what ($questions questions, $reviews reviews)" \
    "before" "after" "target"
printf '%s\n' "$(printf -- '-%.0s' {1..120})"
row() { printf '%-40s | %-30s | %-34s | %s\n' "$@"; }
row "collection file size" "${old[size]:--} MB" "${new[size]} MB" "<= 120 MB"
row "review log (table + indexes)" "${old[revlog_mb]:--} MB" "${new[revlog_mb]} MB" ""
row "bytes per review row incl. indexes" "${old[per_row]:--}" "${new[per_row]}" "<= 80"
row "window start to rendered Home" "$(cell "${old[home]:-}")" "$(cell "${new[home]}")" \
    "<= 0.5 s, 150 MB"
row "Progress view to a rendered frame" "$(cell "${old[progress]:-}")" \
    "$(cell "${new[progress]}")" "<= 0.8 s, 200 MB"
row "summit stats --json" "$(cell "${old[stats]:-}")" "$(cell "${new[stats]}")" "<= 0.3 s"
row "BM_FetchAndComputeReport (median)" "${old[report]:--}" "${new[report]}" "<= 200 ms"
row "summit review (durable commit)" "$(cell "${old[review]:-}")" "$(cell "${new[review]}")" \
    "<= 20 ms"
if [[ -n ${new[migrate]:-} ]]; then
    row "first open of the old file (migration)" "" "$(cell "${new[migrate]}")" \
        "file ${new[migrated_size]} MB after"
fi
echo
echo "median of $runs; load average $load_after at the end ($(nproc) cores)"
