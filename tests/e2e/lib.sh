# Steps the end-to-end scripts share; sourced with `. "$(dirname "$0")/lib.sh"`. POSIX sh.
# Every check that fails prints a line starting "FAIL:" and exits the script, so a caller
# reads as its list of steps.

# The virtual display every test uses: large enough for the 1280 x 800 default window.
xvfb_screen="-screen 0 1280x800x24"

# Exits 77 (reported by CTest as skipped) when any of the named commands is not installed.
require_tools() {
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "$tool is not installed; skipping"
            exit 77
        fi
    done
}

# Empties WORK_DIR and points the XDG config and data directories into it, so a run never
# touches the real user's files.
fresh_work_dir() {
    rm -rf "$1"
    mkdir -p "$1"
    export XDG_CONFIG_HOME="$1/config" XDG_DATA_HOME="$1/data"
}

# Starts SUMMIT's window on WORK_DIR/c.db in the background (output in WORK_DIR/stdout.txt and
# stderr.txt) and waits up to 20 s for it; sets pid and wid (the X window id). Needs a display
# and xdotool.
start_summit_window() {
    "$1" --collection "$2/c.db" >"$2/stdout.txt" 2>"$2/stderr.txt" &
    pid=$!
    wid=$(timeout 20 xdotool search --sync --name '^Summit$' | head -n 1)
    if [ -z "$wid" ]; then
        echo "FAIL: the Summit window did not appear"
        kill "$pid" 2>/dev/null
        exit 1
    fi
}

# Presses Ctrl+Q in the window started by start_summit_window and checks the app is gone
# within 20 s with exit code 0; prints its stderr (WORK_DIR) on the way. A slow build (the
# sanitizer one) or a loaded machine may still be starting the window when a press arrives,
# so it is pressed again every 5 s.
quit_summit_window() {
    xdotool key --window "$wid" ctrl+q 2>/dev/null
    for tick in $(seq 1 200); do
        kill -0 "$pid" 2>/dev/null || break
        if [ $((tick % 50)) -eq 0 ]; then
            xdotool key --window "$wid" ctrl+q 2>/dev/null
        fi
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "FAIL: summit still running 20 s after Ctrl+Q"
        kill "$pid"
        exit 1
    fi
    wait "$pid"
    status=$?
    cat "$1/stderr.txt"
    if [ $status -ne 0 ]; then
        echo "FAIL: summit exited with $status"
        exit 1
    fi
}

# Steps driven through the window started by start_summit_window, waiting on its title (which
# names the view on screen) rather than on fixed sleeps, so a loaded machine slows a test down
# rather than sending keys to the wrong view.

# Fails with `$1`, the window's title and the app stopped.
fail_inside() {
    echo "FAIL: $1 (the window's title: $(xdotool getwindowname "$wid" 2>/dev/null))"
    kill "$pid"
    exit 1
}
# Waits up to $2 seconds for the window's title to be $1.
wait_for_title() {
    for tick in $(seq 1 $(($2 * 10))); do
        [ "$(xdotool getwindowname "$wid" 2>/dev/null)" = "$1" ] && return 0
        sleep 0.1
    done
    return 1
}
# Sends the steps (a key, "type:TEXT" or "wait" for a second) until the title is $1,
# three times at most, giving the window 10 s after each round.
press_until_title() {
    title=$1
    shift
    for round in 1 2 3; do
        for step in "$@"; do
            case $step in
                type:*) xdotool type --window "$wid" --delay 50 "${step#type:}" ;;
                wait) sleep 1 ;;
                *) xdotool key --window "$wid" "$step" ;;
            esac 2>/dev/null
            sleep 0.3
        done
        wait_for_title "$title" 10 && return 0
        echo "note: the title is still \"$(xdotool getwindowname "$wid")\" after round" \
            "$round; sending the keys again"
    done
    fail_inside "the window never showed '$title'"
}
