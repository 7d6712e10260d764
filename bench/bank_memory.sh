#!/usr/bin/env bash
# Peak memory of reading a bank file: `summit check` (read + validate, no collection) on a
# generated CSV, GIFT and Moodle XML file of the same questions, measured with
# `/usr/bin/time -f %M` (peak resident set, KiB). Target: what reading adds over a one-question
# file stays below 4x the file's size. The one-question run is the process's own floor
# (binary, libraries, allocator); the raw ratio is printed too.
#
# Usage: bench/bank_memory.sh [path/to/summit] [questions]
#        (default: build/app/summit, 100000 questions)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
summit=${1:-$root/build/app/summit}
questions=${2:-100000}
if [[ ! -x "$summit" ]]; then
    echo "error: $summit not found; build the summit target first" >&2
    exit 1
fi
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time (GNU time) not found" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Multiple choice with feedback on one choice: the same questions in each format.
make_csv() {  # N FILE
    awk -v n="$1" 'BEGIN { print "id,type,front,choices,correct,tags"
        for (i = 1; i <= n; ++i)
            printf "q%d,multiple_choice,\"Which answer is right for question %d, of many?\",right answer %d|wrong answer|another wrong answer|a third,1,bench t%d\n", i, i, i, i % 50 }' >"$2"
}
make_gift() {
    awk -v n="$1" 'BEGIN { for (i = 1; i <= n; ++i)
        printf "// [id:q%d] [tag:bench]\nWhich answer is right for question %d, of many? {\n\t=right answer %d#Yes.\n\t~wrong answer\n\t~another wrong answer\n\t~a third\n}\n\n", i, i, i }' >"$2"
}
make_xml() {
    awk -v n="$1" 'BEGIN { print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>"
        for (i = 1; i <= n; ++i) {
            printf "  <question type=\"multichoice\">\n    <name><text>q%d</text></name>\n", i
            printf "    <idnumber>q%d</idnumber>\n", i
            printf "    <questiontext format=\"html\"><text><![CDATA[<p>Which answer is right for question %d, of many?</p>]]></text></questiontext>\n", i
            printf "    <single>true</single>\n"
            printf "    <answer fraction=\"100\"><text>right answer %d</text><feedback><text>Yes.</text></feedback></answer>\n", i
            printf "    <answer fraction=\"0\"><text>wrong answer</text></answer>\n"
            printf "    <answer fraction=\"0\"><text>another wrong answer</text></answer>\n"
            printf "    <answer fraction=\"0\"><text>a third</text></answer>\n"
            printf "    <tags><tag><text>bench</text></tag></tags>\n  </question>\n" }
        print "</quiz>" }' >"$2"
}

peak_kib() {  # FILE -> peak RSS in KiB of `summit check FILE`
    /usr/bin/time -f %M -o "$work/time" "$summit" --collection "$work/unused.db" check "$1" \
        >/dev/null 2>&1 || { echo "error: summit check $1 failed" >&2; exit 1; }
    tail -n 1 "$work/time"
}

printf '%-11s %12s %12s %10s %14s\n' format "file KiB" "peak KiB" "peak/file" "(peak-floor)/file"
for format in csv gift xml; do
    "make_$format" 1 "$work/one.$format"
    "make_$format" "$questions" "$work/bank.$format"
    floor=$(peak_kib "$work/one.$format")
    peak=$(peak_kib "$work/bank.$format")
    size=$(( $(stat -c %s "$work/bank.$format") / 1024 ))
    printf '%-11s %12d %12d %10.2f %14.2f\n' "$format" "$size" "$peak" \
        "$(echo "$peak / $size" | bc -l)" "$(echo "($peak - $floor) / $size" | bc -l)"
done
