#!/bin/sh
# End-to-end: the Import dialog in the real window. From a folder holding a GIFT file, the
# screenshot view "import" opens the dialog there with the file previewed; the picture must not
# be blank, and the collection must be unchanged (a screenshot runs on a copy).
#   import_screenshot_test.sh SUMMIT PNG_CHECK WORK_DIR
# Exits 77 (reported by CTest as skipped) when xvfb-run is not installed.
set -u
summit=$1
png_check=$2
work=$3
. "$(dirname "$0")/lib.sh"

require_tools xvfb-run
fresh_work_dir "$work"
mkdir -p "$work/files/more"
cat >"$work/files/capitals.gift" <<'GIFT'
::capital:: What is the capital of France? {=Paris ~London ~Berlin}

::sky:: The sky is blue. {T}

::essay:: Tell us about the Moon. {}
GIFT
echo "not a bank" >"$work/files/notes.pdf"

before=$("$summit" --collection "$work/c.db" decks) || { echo "FAIL: no collection"; exit 1; }
out=$(cd "$work/files" && xvfb-run -a -s "$xvfb_screen" \
    "$summit" --collection "$work/c.db" --view import --screenshot "$work/import.png" \
    --frames 10 2>&1)
status=$?
echo "$out"
if [ $status -ne 0 ]; then
    echo "FAIL: summit exited with $status"
    exit 1
fi
case $out in
    *"screenshot $work/import.png: ok"*) ;;
    *) echo "FAIL: no 'screenshot ...: ok' line"; exit 1 ;;
esac
"$png_check" "$work/import.png" 640 400 || exit 1
if [ "$("$summit" --collection "$work/c.db" decks)" != "$before" ]; then
    echo "FAIL: the screenshot changed the collection"
    exit 1
fi
# The same file through the command line's check: the preview and `summit check` agree.
"$summit" check "$work/files/capitals.gift" || { echo "FAIL: check"; exit 1; }
echo "ok"
