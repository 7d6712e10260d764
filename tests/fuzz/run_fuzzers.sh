#!/bin/sh
# Runs fuzz targets one after another in one process each (one core, niced), each for RUNS
# executions from a scratch copy of its saved corpus (the saved corpus is never written), and
# prints one table row per target for docs/testing.md: executions, crashes, seconds,
# executions per second.
#
#   tests/fuzz/run_fuzzers.sh BUILD_DIR [RUNS] [TARGET...]    (default: 1000000, every target)
#
# FUZZ_NICE=N sets the niceness (default 10). FUZZ_MAX_LEN=N caps the input size (libFuzzer's
# -max_len; by default the largest seed's size), for a target whose big seeds make runs slow.
# FUZZ_SECONDS=N also stops each target after N seconds (libFuzzer's -max_total_time), for a
# machine too busy to reach RUNS in the time there is; the table then shows what was reached.
# FUZZ_TIMEOUT=N sets the seconds after which one run counts as a hang (default 10): on a
# machine shared with builds, a fuzzer can be kept off the cores that long.
# A crash stops that target: its input is kept as SCRATCH/<target>-crash-<hash> and the run
# log as SCRATCH/<target>.log, where SCRATCH is printed first.
set -eu
build=${1:?usage: $0 BUILD_DIR [RUNS] [TARGET...]}
runs=${2:-1000000}
[ $# -ge 2 ] && shift 2 || shift $#
root=$(cd "$(dirname "$0")/../.." && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/summit-fuzz-runs-XXXXXX")
echo "scratch: $scratch"
targets=${*:-$(ls "$root/tests/fuzz/corpus")}
# collection_file writes a file per run and syncs every commit: a RAM disk keeps that cheap.
[ -d /dev/shm ] && shm=/dev/shm || shm=${TMPDIR:-/tmp}

echo "| target | executions | crashes | seconds | exec/s |"
echo "| ------ | ---------- | ------- | ------- | ------ |"
for target in $targets; do
    mkdir -p "$scratch/$target"
    cp "$root/tests/fuzz/corpus/$target/"* "$scratch/$target/"
    extra="${FUZZ_SECONDS:+-max_total_time=$FUZZ_SECONDS} ${FUZZ_MAX_LEN:+-max_len=$FUZZ_MAX_LEN}"
    [ "$target" = collection_file ] && extra="$extra -max_len=32768"
    crashes=0
    # ASan's fill of every new allocation with a marker byte is most of the cost of a run
    # that opens SQLite; the checks themselves stay on.
    ASAN_OPTIONS=${ASAN_OPTIONS:-max_malloc_fill_size=0} TMPDIR=$shm nice -n "${FUZZ_NICE:-10}" "$build/tests/fuzz/fuzz_$target" "$scratch/$target" \
        -runs="$runs" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$scratch/$target-" $extra >"$scratch/$target.log" 2>&1 || crashes=1
    done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$scratch/$target.log" | tail -1)
    executions=$(grep -E '^stat::number_of_executed_units:' "$scratch/$target.log" |
        awk '{print $2}' | tail -1)
    seconds=$(echo "$done_line" | awk '{print $5}')
    rate=$(grep -E '^stat::average_exec_per_sec:' "$scratch/$target.log" | awk '{print $2}' | tail -1)
    echo "| $target | ${executions:-?} | $crashes | ${seconds:-?} | ${rate:-?} |"
done
