#!/bin/sh
# End-to-end: the real window opened at 800 x 600 (--window-size) and at --ui-scale 2 renders
# Home, Quiz setup, Study and Progress, and the screenshots have the window's size. What is
# inside the window at those sizes is checked headless (tests/app/ui/small_window_test.cpp).
#   small_window_screenshots_test.sh SUMMIT PNG_CHECK EXAMPLE_BANK WORK_DIR
# Exits 77 (reported by CTest as skipped) when xvfb-run is not installed.
set -u
summit=$1
png_check=$2
bank=$3
work=$4
. "$(dirname "$0")/lib.sh"

require_tools xvfb-run
fresh_work_dir "$work"
"$summit" --collection "$work/c.db" import "$bank" >/dev/null || exit 1
for view in home quiz_setup study progress; do
    for look in small:--ui-scale=1:800x600 large:--ui-scale=2:1100x700; do
        name=${look%%:*}
        rest=${look#*:}
        scale=${rest%%:*}
        size=${rest#*:}
        out=$(xvfb-run -a -s "$xvfb_screen" "$summit" --collection "$work/c.db" \
            --screenshot "$work/$view-$name.png" --view "$view" --window-size "$size" \
            --ui-scale "${scale#--ui-scale=}" 2>&1)
        status=$?
        if [ $status -ne 0 ]; then
            echo "$out"
            echo "FAIL: --view $view at $size $scale exited with $status"
            exit 1
        fi
        "$png_check" "$work/$view-$name.png" "${size%x*}" "${size#*x}" exact ||
            { echo "FAIL: $view-$name.png"; exit 1; }
    done
done
out=$("$summit" --collection "$work/c.db" --window-size 800by600 2>&1)
status=$?
if [ $status -ne 2 ]; then
    echo "FAIL: a bad --window-size exited with $status, not 2: $out"
    exit 1
fi
echo "ok: 800x600 and --ui-scale 2 rendered at their sizes"
