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
# Each answer is two presses of Enter. A loaded machine can drop a press between frames, so
# the test keeps answering until the log holds the answers it wants, up to a bound.
wanted=10
max_answers=60
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
    while [ $i -lt $max_answers ]; do
        xdotool key --window "$wid" Return 2>/dev/null
        sleep 0.15
        xdotool key --window "$wid" Return 2>/dev/null
        sleep 0.15
        i=$((i + 1))
        logged=$("$count_tool" "$work/c.db" 2>/dev/null | head -n 1)
        [ "${logged:-0}" -ge "$wanted" ] 2>/dev/null && break
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
if [ "$reviews" -lt "$wanted" ]; then
    echo "FAIL: expected at least $wanted answers in the review log, found $reviews"
    cat "$work/log.txt"
    exit 1
fi
echo "ok: $reviews answers recorded by keyboard alone"
cat "$work/log.txt"
