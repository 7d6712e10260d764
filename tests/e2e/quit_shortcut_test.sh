#!/bin/sh
# End-to-end: open the real window on a fresh collection under a virtual X display, press
# Ctrl+Q with xdotool, and check the app exits cleanly and saved its layout file under
# $XDG_CONFIG_HOME/summit/.
#   quit_shortcut_test.sh SUMMIT WORK_DIR
# Exits 77 (reported by CTest as skipped) when xvfb-run or xdotool is not installed.
set -u
summit=$1
work=$2
. "$(dirname "$0")/lib.sh"

if [ "${SUMMIT_E2E_INSIDE:-}" = 1 ]; then
    # Running inside xvfb-run: drive the window.
    start_summit_window "$summit" "$work"
    # With no window manager, keyboard focus follows the pointer.
    xdotool mousemove --window "$wid" 40 40 2>/dev/null
    sleep 0.3
    quit_summit_window "$work"
    exit 0
fi

require_tools xvfb-run xdotool
fresh_work_dir "$work"
export SUMMIT_E2E_INSIDE=1
xvfb-run -a -s "$xvfb_screen" sh "$0" "$summit" "$work" || exit 1
if [ ! -f "$work/config/summit/imgui.ini" ]; then
    echo "FAIL: no layout file at $work/config/summit/imgui.ini"
    exit 1
fi
echo "ok: closed by Ctrl+Q, layout saved"
