#!/bin/sh
# End-to-end: open the real window on a fresh collection (the bundled bank plus the example
# bank, which mixes all seven question types), start studying with Enter on Home, answer with
# nothing but Enter key presses (reveal / submit, then accept the suggested rating), quit with
# Ctrl+Q, and check the review log holds at least 10 answers.
#   study_keyboard_test.sh SUMMIT REVIEW_LOG_COUNT EXAMPLE_BANK WORK_DIR
# Exits 77 (reported by CTest as skipped) when xvfb-run or xdotool is not installed.
set -u
summit=$1
count_tool=$2
bank=$3
work=$4
answers=14  # each answer is two presses of Enter
. "$(dirname "$0")/lib.sh"

if [ "${SUMMIT_E2E_INSIDE:-}" = 1 ]; then
    start_summit_window "$summit" "$work"
    # With no window manager, keyboard focus follows the pointer. Keep it over the window
    # title row, away from the answer widgets.
    xdotool mousemove --window "$wid" 5 5 2>/dev/null
    sleep 0.5
    xdotool key --window "$wid" Return 2>/dev/null  # Home: study the selected deck
    sleep 0.3
    i=0
    while [ $i -lt $answers ]; do
        xdotool key --window "$wid" Return 2>/dev/null
        sleep 0.15
        xdotool key --window "$wid" Return 2>/dev/null
        sleep 0.15
        i=$((i + 1))
    done
    quit_summit_window "$work"
    exit 0
fi

require_tools xvfb-run xdotool
fresh_work_dir "$work"
# Home selects the first deck by name: import the example bank under a name that sorts
# before the bundled deck, so Enter studies the deck that mixes all seven types.
"$summit" --collection "$work/c.db" import "$bank" --deck "A mix of all types" >/dev/null || {
    echo "FAIL: could not import $bank"
    exit 1
}
SUMMIT_E2E_INSIDE=1 xvfb-run -a -s "$xvfb_screen" sh "$0" "$summit" "$count_tool" \
    "$bank" "$work" || exit 1
"$count_tool" "$work/c.db" >"$work/log.txt" || exit 1
reviews=$(head -n 1 "$work/log.txt")
if [ "$reviews" -lt 10 ]; then
    echo "FAIL: expected at least 10 answers in the review log, found $reviews"
    cat "$work/log.txt"
    exit 1
fi
echo "ok: $reviews answers recorded by keyboard alone"
cat "$work/log.txt"
