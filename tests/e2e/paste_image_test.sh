#!/bin/sh
# End-to-end: a picture copied in another program (x_clipboard_owner puts a PNG on the X
# clipboard, as an image viewer's Copy does, sent in chunks as real owners send large ones)
# is pasted with Ctrl+V into a new question in the real window and saved with it; the
# command line then finds the question showing that picture and Check Collection finds the
# picture stored.
#   paste_image_test.sh SUMMIT X_CLIPBOARD_OWNER PNG WORK_DIR
# Exits 77 (reported by CTest as skipped) when xvfb-run or xdotool is not installed.
set -u
summit=$1
owner=$2
png=$3
work=$4
. "$(dirname "$0")/lib.sh"

if [ "${SUMMIT_E2E_INSIDE:-}" = 1 ]; then
    "$owner" "$png" image/png 100 >"$work/owner.txt" &
    owner_pid=$!
    for tick in $(seq 1 50); do
        grep -q ready "$work/owner.txt" && break
        sleep 0.1
    done
    start_summit_window "$summit" "$work"
    xdotool mousemove --window "$wid" 5 5 2>/dev/null
    press_until_title "New question — Summit" ctrl+n
    # The editor puts the keyboard in the question's text; Tab moves to the answer. Ctrl+V in a
    # text field pastes the picture when the clipboard holds no text.
    press_until_title "Summit" type:"Which screen is this?" Tab type:"The editor" ctrl+v ctrl+s
    quit_summit_window "$work"
    kill "$owner_pid" 2>/dev/null
    exit 0
fi

require_tools xvfb-run xdotool
fresh_work_dir "$work"
"$summit" --collection "$work/c.db" decks >/dev/null || { echo "FAIL: no collection"; exit 1; }
SUMMIT_E2E_INSIDE=1 xvfb-run -a -s "$xvfb_screen" sh "$0" "$summit" "$owner" "$png" "$work" ||
    exit 1
hash=$(sha256sum "$png" | cut -d' ' -f1)
listed=$("$summit" --collection "$work/c.db" list --search 'which screen' --json)
case $listed in
    *"media:$hash"*) ;;
    *) echo "FAIL: the saved question does not show the pasted picture: $listed"; exit 1 ;;
esac
"$summit" --collection "$work/c.db" check-collection || { echo "FAIL: Check Collection"; exit 1; }
echo "ok: a copied picture pasted into a new question and saved with it"
