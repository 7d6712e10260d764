#!/usr/bin/env bash
# Configures and builds Summit into build/ (Release), or build-asan/ when SUMMIT_SANITIZE=1
# (Debug with AddressSanitizer and UndefinedBehaviorSanitizer). Prints the build folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

if [ "${SUMMIT_SANITIZE:-0}" = "1" ]; then
    build="$root/build-asan"
    flags=(-DCMAKE_BUILD_TYPE=Debug -DSUMMIT_SANITIZE=ON)
else
    build="$root/build"
    flags=(-DCMAKE_BUILD_TYPE=Release)
fi
cmake -S "$root" -B "$build" "${flags[@]}" >&2
cmake --build "$build" -j "$(nproc)" >&2
echo "$build"
