#!/bin/sh
# End-to-end: a Markdown question with an image in the real window under a virtual X display.
# The screenshot (WORK_DIR/rich.png) is for a person to look at; the test checks it is written
# and not blank.
#   rich_text_screenshot_test.sh SUMMIT PNG_CHECK SEED BANK WORK_DIR
# Exits 77 (reported by CTest as skipped) when xvfb-run is not installed.
set -u
summit=$1
png_check=$2
seed=$3
bank=$4
work=$5
. "$(dirname "$0")/lib.sh"

require_tools xvfb-run
fresh_work_dir "$work"
"$seed" "$work/c.db" "$bank" || { echo "FAIL: seeding the collection"; exit 1; }
out=$(xvfb-run -a -s "$xvfb_screen" "$summit" --collection "$work/c.db" \
    --screenshot "$work/rich.png" --view study 2>&1)
status=$?
if [ $status -ne 0 ]; then
    echo "$out"
    echo "FAIL: exited with $status"
    exit 1
fi
"$png_check" "$work/rich.png" 640 400 || { echo "FAIL: rich.png"; exit 1; }
# Check Collection finds the image the question refers to.
"$summit" --collection "$work/c.db" check-collection >"$work/check.txt" 2>&1 || {
    cat "$work/check.txt"
    echo "FAIL: check"
    exit 1
}
echo "ok: $work/rich.png"
