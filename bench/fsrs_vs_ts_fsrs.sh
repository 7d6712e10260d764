#!/usr/bin/env bash
# Runs the same 1,000,000 FSRS-6 reviews through Summit (summit_bench, BM_FsrsMillionReviews)
# and through the reference ts-fsrs in node (scripts/golden/bench_ts_fsrs.mjs), checks that both
# produced the same intervals (checksum), and prints both throughputs (CPU time) and the ratio.
#
# Usage: bench/fsrs_vs_ts_fsrs.sh [path/to/summit_bench]
#        (default: build/bench/summit_bench; build it with
#         cmake --build build --target summit_bench -j2)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bench=${1:-$root/build/bench/summit_bench}
if [[ ! -x "$bench" ]]; then
    echo "error: $bench not found; build the summit_bench target first" >&2
    exit 1
fi
if [[ ! -d "$root/scripts/golden/node_modules/ts-fsrs" ]]; then
    (cd "$root/scripts/golden" && npm ci --silent)
fi

summit_json=$("$bench" --benchmark_filter='^BM_FsrsMillionReviews' --benchmark_format=json)
ts_json=$(cd "$root/scripts/golden" && node bench_ts_fsrs.mjs 3)

node - "$summit_json" "$ts_json" <<'JS'
const summit = JSON.parse(process.argv[2]).benchmarks.find((b) => b.name.startsWith('BM_FsrsMillionReviews'));
const ts = JSON.parse(process.argv[3]);
const summitRate = summit.items_per_second;
const fmt = (x) => Math.round(x).toLocaleString('en-US');
console.log(`reviews per run:  ${fmt(ts.reviews)}`);
console.log(`Summit (C++):     ${fmt(summitRate)} reviews/s  (checksum ${summit.checksum})`);
console.log(`ts-fsrs (node):   ${fmt(ts.per_second)} reviews/s  (checksum ${ts.checksum})`);
console.log(`ratio:            ${(summitRate / ts.per_second).toFixed(1)}x`);
if (summit.checksum !== ts.checksum) {
  console.error('error: the two implementations scheduled different intervals');
  process.exit(1);
}
JS
