#!/usr/bin/env bash
# Fits the two shared review logs with Summit's optimizer (summit_bench, BM_Fit*) and prints
# fit time and log loss beside fsrs-rs 6.5.0's figures (fixtures README / optimizer issue),
# with the machine's load average, since the machine is shared: under load the wall time
# ("fit s") grows with the number of competing processes, the CPU time ("cpu s") does not.
#
# Usage: bench/optimizer_vs_fsrs_rs.sh [path/to/summit_bench]
#        (default: build/bench/summit_bench; configure with -DSUMMIT_BUILD_BENCH=ON and
#         cmake --build build --target summit_bench -j2)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bench=${1:-$root/build/bench/summit_bench}
if [[ ! -x "$bench" ]]; then
    echo "error: $bench not found; build the summit_bench target first" >&2
    exit 1
fi
json=$("$bench" --benchmark_filter='^BM_Fit' --benchmark_format=json)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
python3 - "$json" <<'PY'
import json, sys
runs = json.loads(sys.argv[1])["benchmarks"]
print(f"{'log':<14}{'items':>7}  {'fit s':>7} {'cpu s':>6} {'fsrs-rs s':>9}  {'defaults':>8} {'fitted':>7} {'gain':>7}"
      f"  {'fsrs-rs: defaults':>17} {'fitted':>7} {'gain':>7}  {'split':>7} {'fsrs-rs':>7}")
for b in runs:
    if b.get("error_occurred"):
        print(f"{b['name']}: {b.get('error_message')}")
        continue
    name = "py-fsrs CSV" if "Answer" in b["name"] else "day-level TSV"
    seconds = b["real_time"] / 1000.0
    cpu_seconds = b["cpu_time"] / 1000.0
    split = f"{b['ll_split']:7.4f} {b['rs_ll_split']:7.4f}" if "ll_split" in b else f"{'-':>7} {'-':>7}"
    print(f"{name:<14}{int(b['items']):>7}  {seconds:7.3f} {cpu_seconds:6.3f} {b['rs_fit_s']:9.3f}  "
          f"{b['ll_default']:8.4f} {b['ll_fitted']:7.4f} {b['ll_gain']:7.4f}  "
          f"{b['rs_ll_default']:17.4f} {b['rs_ll_fitted']:7.4f} {b['rs_ll_gain']:7.4f}  {split}")
PY
