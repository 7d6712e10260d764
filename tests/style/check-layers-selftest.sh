#!/usr/bin/env bash
# Proves check-layers.sh catches what it should: a tree with one upward include, one ImGui
# include in the core and one SQLite include outside storage must fail with all three named,
# and the same tree without them must pass.
set -euo pipefail
checker="$(cd "$(dirname "$0")" && pwd)/check-layers.sh"
tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/app/scheduler" "$tree/app/stats" "$tree/content/model" "$tree/app/ui"
echo '#include "content/model/error.h"' > "$tree/app/scheduler/fine.h"
echo '#include <imgui.h>' > "$tree/app/ui/view.cpp"
"$checker" "$tree" >/dev/null

echo '#include "storage/collection.h"' > "$tree/app/scheduler/upward.h"
echo '#include <imgui.h>' > "$tree/app/stats/chart.cpp"
echo '#include <sqlite3.h>' > "$tree/content/model/db.cpp"
if output="$("$checker" "$tree" 2>&1)"; then
    echo "check-layers.sh passed a tree that breaks the rule" >&2
    exit 1
fi
for expected in "app/scheduler/upward.h" "app/stats/chart.cpp" "content/model/db.cpp"; do
    grep -q "$expected" <<<"$output" || { echo "not reported: $expected" >&2; exit 1; }
done
echo "check-layers self-test: violations caught"
