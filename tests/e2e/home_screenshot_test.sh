#!/bin/sh
# End-to-end: start the real summit binary on a fresh collection under a virtual X display,
# render the home view, write a screenshot, and check the picture is not blank.
#   home_screenshot_test.sh SUMMIT PNG_CHECK WORK_DIR
# Exits 77 (reported by CTest as skipped) when xvfb-run is not installed.
set -u
summit=$1
png_check=$2
work=$3
. "$(dirname "$0")/lib.sh"

require_tools xvfb-run
fresh_work_dir "$work"

out=$(xvfb-run -a -s "$xvfb_screen" \
    "$summit" --collection "$work/c.db" --screenshot "$work/home.png" --frames 10 2>&1)
status=$?
echo "$out"
if [ $status -ne 0 ]; then
    echo "FAIL: summit exited with $status"
    exit 1
fi
case $out in
    *"screenshot $work/home.png: ok"*) ;;
    *) echo "FAIL: no 'screenshot ...: ok' line"; exit 1 ;;
esac
if [ ! -s "$work/home.png" ]; then
    echo "FAIL: $work/home.png was not written"
    exit 1
fi
"$png_check" "$work/home.png" 640 400
