#!/usr/bin/env bash
# The layering rule (docs/architecture.md): each folder includes only from itself and the
# layers below it, ImGui and GLFW only under app/ui/, SQLite only under storage/.
# Usage: check-layers.sh [ROOT]  (default: the source tree). Exits 1 listing each violation.
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/../.." && pwd)}"
cd "$root"

# folder: the folders it may include from besides itself.
declare -A allowed=(
    [content]=""
    [storage]="content"
    [app/scheduler]="content"
    [app/grading]="content"
    [app/optimizer]="app/scheduler content"
    [app/decks]="app/scheduler storage content"
    [app/study]="app/decks app/grading app/optimizer app/scheduler storage content"
    [app/stats]="app/decks app/scheduler storage content"
    [app/classroom]="app/decks app/scheduler storage content"
    [app/bootstrap]="app/scheduler storage content"
    [app/cli]="app/bootstrap app/classroom app/study app/stats app/decks app/optimizer app/grading app/scheduler storage content"
    [app/ui]="app/bootstrap app/classroom app/study app/stats app/decks app/optimizer app/grading app/scheduler storage content"
)

violations=0
report() {
    echo "$1: $2" >&2
    violations=$((violations + 1))
}

for folder in "${!allowed[@]}"; do
    [ -d "$folder" ] || continue
    permitted="$folder ${allowed[$folder]}"
    while IFS= read -r -d '' file; do
        while IFS= read -r line; do
            target="${line#*\"}"
            target="${target%%\"*}"
            ok=0
            for prefix in $permitted; do
                case "$target" in "$prefix"/*) ok=1 ;; esac
            done
            # Includes relative to the file itself (no folder) stay inside its folder.
            case "$target" in */*) ;; *) ok=1 ;; esac
            [ $ok = 1 ] || report "$file" "includes \"$target\", above or beside the $folder layer"
        done < <(grep -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" || true)
        if [ "$folder" != "app/ui" ]; then
            if grep -qE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<(imgui|GLFW|backends/imgui)' "$file"; then
                report "$file" "includes ImGui or GLFW outside app/ui"
            fi
        fi
        if [ "$folder" != "storage" ] && grep -qE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<sqlite3\.h>' "$file"; then
            report "$file" "includes sqlite3.h outside storage"
        fi
    done < <(find "$folder" \( -name '*.h' -o -name '*.cpp' \) -print0)
done

if [ "$violations" -gt 0 ]; then
    echo "layers: $violations include(s) break the layering rule" >&2
    exit 1
fi
echo "layers: every include follows the layering rule"
