#!/bin/sh
# End-to-end: import a bank three levels deep (Science::Astronomy::Solar system), render the
# home view of that collection under a virtual X display, and check the picture is not blank.
#   home_tree_screenshot_test.sh SUMMIT PNG_CHECK BANK WORK_DIR
# The screenshot is left at WORK_DIR/home_tree.png to look at. Exits 77 (skipped) without
# xvfb-run.
set -u
summit=$1
png_check=$2
bank=$3
work=$4
. "$(dirname "$0")/lib.sh"

require_tools xvfb-run
fresh_work_dir "$work"

if ! "$summit" --collection "$work/c.db" import "$bank" --deck "Science::Astronomy::Solar system"; then
    echo "FAIL: import into a subdeck"
    exit 1
fi
decks=$("$summit" --collection "$work/c.db" decks)
echo "$decks"
case $decks in
    *"Science"*"  Astronomy"*"    Solar system"*) ;;
    *) echo "FAIL: summit decks does not print the tree"; exit 1 ;;
esac
out=$(xvfb-run -a -s "$xvfb_screen" \
    "$summit" --collection "$work/c.db" --screenshot "$work/home_tree.png" --frames 10 2>&1)
status=$?
echo "$out"
if [ $status -ne 0 ]; then
    echo "FAIL: summit exited with $status"
    exit 1
fi
"$png_check" "$work/home_tree.png" 640 400
