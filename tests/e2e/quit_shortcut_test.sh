#!/bin/sh
# End-to-end: open the real window on a fresh collection under a virtual X display, press
# Ctrl+Q with xdotool, and check the app exits cleanly and saved its layout file under
# $XDG_CONFIG_HOME/summit/.
#   quit_shortcut_test.sh SUMMIT WORK_DIR
# Exits 77 (reported by CTest as skipped) when xvfb-run or xdotool is not installed.
set -u
summit=$1
work=$2

if [ "${SUMMIT_E2E_INSIDE:-}" = 1 ]; then
    # Running inside xvfb-run: drive the window.
    "$summit" --collection "$work/c.db" >"$work/stdout.txt" 2>"$work/stderr.txt" &
    pid=$!
    wid=$(timeout 20 xdotool search --sync --name '^Summit$' | head -n 1)
    if [ -z "$wid" ]; then
        echo "FAIL: the Summit window did not appear"
        kill "$pid" 2>/dev/null
        exit 1
    fi
    # With no window manager, keyboard focus follows the pointer.
    xdotool mousemove --window "$wid" 40 40 2>/dev/null
    sleep 0.3
    xdotool key --window "$wid" ctrl+q 2>/dev/null
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "FAIL: summit still running 10 s after Ctrl+Q"
        kill "$pid"
        exit 1
    fi
    wait "$pid"
    status=$?
    cat "$work/stderr.txt"
    if [ $status -ne 0 ]; then
        echo "FAIL: summit exited with $status"
        exit 1
    fi
    exit 0
fi

for tool in xvfb-run xdotool; do
    if ! command -v $tool >/dev/null 2>&1; then
        echo "$tool is not installed; skipping"
        exit 77
    fi
done
rm -rf "$work"
mkdir -p "$work"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SUMMIT_E2E_INSIDE=1
xvfb-run -a -s "-screen 0 1280x800x24" sh "$0" "$summit" "$work" || exit 1
if [ ! -f "$work/config/summit/imgui.ini" ]; then
    echo "FAIL: no layout file at $work/config/summit/imgui.ini"
    exit 1
fi
echo "ok: closed by Ctrl+Q, layout saved"
