#!/usr/bin/env bash
# Peak memory of reading and of importing a bank file: `summit check` (read + validate, no
# collection) and `summit import` (into a new collection) of a generated CSV, GIFT and Moodle
# XML file of the same questions, measured with `/usr/bin/time -f "%M %U %S"` (peak resident
# set in KiB, CPU seconds). Target: peak memory below 4x the file's size; the one-question
# check is the process's own floor (binary, libraries, allocator), so what reading adds over
# it is printed too. The import's CPU time (user + system) answers the GIFT target: 100,000
# questions imported in under 3 s.
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

measure() {  # VERB FILE -> "PEAK_KIB CPU_SECONDS" of `summit VERB FILE`
    rm -rf "$work/import.db" "$work/import.db"-* "$work/import.db.backups"
    /usr/bin/time -f "%M %U %S" -o "$work/time" "$summit" --collection "$work/import.db" \
        --now 2026-01-01T00:00:00Z "$1" "$2" >/dev/null 2>&1 ||
        { echo "error: summit $1 $2 failed" >&2; exit 1; }
    read -r peak user sys < <(tail -n 1 "$work/time")
    echo "$peak $(echo "$user + $sys" | bc)"
}

echo "target: peak memory below 4x the file; 100,000 GIFT questions imported in under 3 s CPU"
printf '%-6s %9s | %9s %6s %12s | %9s %6s %7s\n' format "file KiB" "check KiB" "x file" \
    "(-floor)/file" "import KiB" "x file" "CPU s"
for format in csv gift xml; do
    "make_$format" 1 "$work/one.$format"
    "make_$format" "$questions" "$work/bank.$format"
    read -r floor _ <<<"$(measure check "$work/one.$format")"
    read -r peak _ <<<"$(measure check "$work/bank.$format")"
    read -r import_peak import_cpu <<<"$(measure import "$work/bank.$format")"
    size=$(( $(stat -c %s "$work/bank.$format") / 1024 ))
    printf '%-6s %9d | %9d %6.2f %12.2f | %9d %6.2f %7.2f\n' "$format" "$size" "$peak" \
        "$(echo "$peak / $size" | bc -l)" "$(echo "($peak - $floor) / $size" | bc -l)" \
        "$import_peak" "$(echo "$import_peak / $size" | bc -l)" "$import_cpu"
done
