#!/bin/sh
# End-to-end: a file dropped on the real window (over X drag and drop, as a file manager drops
# it) opens the Import dialog on it; Ctrl+Enter imports it; Enter shows it in Browse, where a
# typed search finds one question and Enter opens it in the editor; text typed into it and
# Ctrl+S save it. The command line's search then finds the edited question in the collection.
# Each step waits for the window's title to name the view it leads to (lib.sh).
#   drop_import_test.sh SUMMIT XDND_DROP WORK_DIR
# Exits 77 (reported by CTest as skipped) when xvfb-run or xdotool is not installed.
set -u
summit=$1
xdnd_drop=$2
work=$3
. "$(dirname "$0")/lib.sh"

if [ "${SUMMIT_E2E_INSIDE:-}" = 1 ]; then
    start_summit_window "$summit" "$work"
    # With no window manager, keyboard focus follows the pointer.
    xdotool mousemove --window "$wid" 5 5 2>/dev/null
    sleep 0.5
    "$xdnd_drop" "$wid" "$work/files/islands.gift" || {
        echo "FAIL: the window did not take the drop"
        kill "$pid"
        exit 1
    }
    wait_for_title "Import — Summit" 20 || fail_inside "the drop did not open the Import dialog"
    found=""
    for tick in $(seq 1 40); do
        xdotool key --window "$wid" ctrl+Return 2>/dev/null
        sleep 0.5
        found=$("$summit" --collection "$work/c.db" list --search zanzibar 2>/dev/null)
        case $found in *Zanzibar*) break ;; esac
    done
    case $found in
        *Zanzibar*) ;;
        *) fail_inside "the dropped file's questions were not imported" ;;
    esac
    # After an import the dialog's Enter is "Show in Browse": only the first press counts.
    press_until_title "Browse — Summit" Return
    # Browse opens with its search box taking the keys and the deck's search in it: narrowing
    # it to one question, Down moves into the table and Enter edits that row. Repeated whole
    # if a step was lost (the search then names zanzibar twice, which finds the same row).
    press_until_title "Edit question — Summit" ctrl+f End type:" zanzibar" wait Down Return
    # The editor puts the keyboard in the question's text.
    press_until_title "Browse — Summit" ctrl+End type:" Archipelago" ctrl+s
    quit_summit_window "$work"
    edited=$("$summit" --collection "$work/c.db" list --search archipelago 2>/dev/null)
    case $edited in
        *"Zanzibar lies off the coast of which country? Archipelago"*) ;;
        *) echo "FAIL: the edit was not saved: '$edited'"; exit 1 ;;
    esac
    exit 0
fi

require_tools xvfb-run xdotool
fresh_work_dir "$work"
mkdir -p "$work/files"
cat >"$work/files/islands.gift" <<'GIFT'
::zanzibar:: Zanzibar lies off the coast of which country? {=Tanzania ~Kenya ~Mozambique}

::madeira:: Madeira belongs to Portugal. {T}
GIFT
"$summit" --collection "$work/c.db" decks >/dev/null || { echo "FAIL: no collection"; exit 1; }
SUMMIT_E2E_INSIDE=1 xvfb-run -a -s "$xvfb_screen" sh "$0" "$summit" "$xdnd_drop" "$work" ||
    exit 1
"$summit" --collection "$work/c.db" list --search 'deck:islands' || exit 1
echo "ok: dropped, imported, found in Browse and edited"
