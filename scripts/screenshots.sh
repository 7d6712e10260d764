#!/usr/bin/env bash
# Remakes the README's screenshots (docs/screenshots/*.png) from a fresh collection with two
# weeks of study history, under Xvfb. Needs a build (scripts/build.sh) and xvfb-run.
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (default docs/screenshots)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
summit="$root/build/app/summit"
out="${1:-$root/docs/screenshots}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
collection="$work/collection.db"
run() { "$summit" --collection "$collection" "$@"; }

# Fourteen study days, each answering what is due (a mix of ratings), then one more day to show.
run --now 2026-11-01T09:00:00Z import "$root/docs/examples/solar-system.json" >/dev/null
ratings=(good good hard good again easy good good hard good)
for day in $(seq 1 14); do
    now="$(date -u -d "2026-11-01 +$day days 09:00" +%Y-%m-%dT%H:%M:%SZ)"
    ids="$(run --now "$now" due --json | grep -o '"id":[0-9]*' | cut -d: -f2 | head -n 12)"
    i=$day
    for id in $ids; do
        run --now "$now" review "$id" "${ratings[$((i % ${#ratings[@]}))]}" >/dev/null
        i=$((i + 1))
    done
done

mkdir -p "$out"
for view in home study summary quiz_setup quiz quiz_results progress browse settings; do
    xvfb-run -a -s "-screen 0 1280x800x24" \
        "$summit" --collection "$collection" --now 2026-11-16T09:00:00Z \
        --screenshot "$out/$view.png" --view "$view" --frames 12 >/dev/null
    echo "screenshots: $out/$view.png"
done
# The Import dialog opens on the working folder with its first bank previewed: the examples.
(cd "$root/docs/examples" && xvfb-run -a -s "-screen 0 1280x800x24" \
    "$summit" --collection "$collection" --now 2026-11-16T09:00:00Z \
    --screenshot "$out/import.png" --view import --frames 12 >/dev/null)
echo "screenshots: $out/import.png"
