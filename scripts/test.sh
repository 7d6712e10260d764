#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (unit, storage, ui, e2e and the
# formatting check). SUMMIT_SANITIZE=1 runs it under AddressSanitizer + UBSan instead.
# Extra arguments go to ctest, e.g. `scripts/test.sh -L unit`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup.sh"
build="$("$root/scripts/build.sh")"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" "$@"
