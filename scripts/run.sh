#!/usr/bin/env bash
# Installs what is missing, builds, and starts Summit on the user's collection (created with the
# bundled bank on first run). Arguments are passed to summit, e.g. `scripts/run.sh --help`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/setup.sh"
build="$("$root/scripts/build.sh")"
exec "$build/app/summit" "$@"
