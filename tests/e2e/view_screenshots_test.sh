#!/bin/sh
# End-to-end: render every view of the real window (--view NAME) under a virtual X display on
# a collection with the example bank, and check each screenshot is written and not blank.
#   view_screenshots_test.sh SUMMIT PNG_CHECK EXAMPLE_BANK WORK_DIR
# Exits 77 (reported by CTest as skipped) when xvfb-run is not installed.
set -u
summit=$1
png_check=$2
bank=$3
work=$4
. "$(dirname "$0")/lib.sh"

require_tools xvfb-run
fresh_work_dir "$work"
"$summit" --collection "$work/c.db" import "$bank" --deck "A mix of all types" >/dev/null || exit 1
for view in home study summary quiz_setup quiz quiz_results progress settings recovery; do
    out=$(xvfb-run -a -s "$xvfb_screen" "$summit" --collection "$work/c.db" \
        --screenshot "$work/$view.png" --view "$view" 2>&1)
    status=$?
    if [ $status -ne 0 ]; then
        echo "$out"
        echo "FAIL: --view $view exited with $status"
        exit 1
    fi
    "$png_check" "$work/$view.png" 640 400 || { echo "FAIL: $view.png"; exit 1; }
done
# A collection that does not open: the window shows the recovery screen instead of exiting.
echo "not a database" >"$work/bad.db"
out=$(xvfb-run -a -s "$xvfb_screen" "$summit" --collection "$work/bad.db" \
    --screenshot "$work/bad.png" 2>&1)
status=$?
if [ $status -ne 0 ]; then
    echo "$out"
    echo "FAIL: a damaged collection's window exited with $status"
    exit 1
fi
"$png_check" "$work/bad.png" 640 400 || { echo "FAIL: bad.png"; exit 1; }
out=$("$summit" --collection "$work/c.db" --screenshot "$work/x.png" --view nowhere 2>&1)
case $out in
    *"unknown view 'nowhere'"*) ;;
    *) echo "FAIL: an unknown view was not refused: $out"; exit 1 ;;
esac
echo "ok: every view rendered"
