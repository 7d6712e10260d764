#!/bin/sh
# End-to-end: `cmake --install` into a temporary prefix puts summit on the PATH of that prefix
# and a desktop entry with its icon where desktops look, and the installed binary runs.
#   install_test.sh CMAKE BUILD_DIR WORK_DIR
set -u
cmake=$1
build=$2
work=$3
. "$(dirname "$0")/lib.sh"
fresh_work_dir "$work"
prefix="$work/prefix"
if ! "$cmake" --install "$build" --prefix "$prefix" >"$work/install.txt" 2>&1; then
    cat "$work/install.txt"
    echo "FAIL: cmake --install failed"
    exit 1
fi
binary="$prefix/bin/summit"
desktop="$prefix/share/applications/summit.desktop"
icon="$prefix/share/icons/hicolor/scalable/apps/summit.svg"
for file in "$binary" "$desktop" "$icon"; do
    [ -f "$file" ] || { echo "FAIL: $file was not installed"; exit 1; }
done
[ -x "$binary" ] || { echo "FAIL: $binary is not executable"; exit 1; }
version=$("$binary" --version) || { echo "FAIL: the installed summit does not run"; exit 1; }
case $version in
    "summit "*) ;;
    *) echo "FAIL: unexpected version line '$version'"; exit 1 ;;
esac
# The entry starts the installed command by name and names the installed icon.
for line in "[Desktop Entry]" "Type=Application" "Name=Summit" "Exec=summit" "Icon=summit"; do
    grep -qxF "$line" "$desktop" || { echo "FAIL: $desktop lacks '$line'"; exit 1; }
done
grep -q "<svg" "$icon" || { echo "FAIL: $icon is not an SVG image"; exit 1; }
if command -v xmllint >/dev/null 2>&1; then
    xmllint --noout "$icon" || { echo "FAIL: $icon is not well-formed XML"; exit 1; }
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$desktop" || { echo "FAIL: $desktop is not valid"; exit 1; }
fi
echo "installed: $binary, $desktop, $icon"
