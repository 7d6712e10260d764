#!/bin/sh
# End-to-end: with no display, the window must not start; summit explains how to run it under
# a virtual display and exits with code 2.
#   no_display_test.sh SUMMIT WORK_DIR
set -u
summit=$1
work=$2
. "$(dirname "$0")/lib.sh"
fresh_work_dir "$work"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$summit" --collection "$work/c.db" 2>&1)
status=$?
echo "$out"
if [ $status -ne 2 ]; then
    echo "FAIL: expected exit code 2, got $status"
    exit 1
fi
case $out in
    *"xvfb-run -a summit"*) ;;
    *) echo "FAIL: the message does not suggest xvfb-run"; exit 1 ;;
esac
