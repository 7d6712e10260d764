#!/bin/sh
# Remakes the seed corpus of the collection_file fuzz target (tests/fuzz/corpus/collection_file)
# from collections Summit itself writes: every saved schema file of the migration tests
# (tests/data/storage/vN.sql), and one at today's schema (migrated by `summit`, then given a
# review, an undone review and a quiz). Each is shrunk to 512-byte pages so the files stay a few
# kilobytes; mutating small files is what keeps the fuzzer fast. The seeds are named
# `.collection`, not `.db`, which the repository ignores.
#
#   tests/fuzz/make_collection_seeds.sh build/app/summit
set -eu
summit=${1:?usage: $0 PATH/TO/summit}
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/tests/fuzz/corpus/collection_file
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Rewrites a collection as one self-contained file with small pages (no WAL beside it).
shrink() {
    sqlite3 "$1" "PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM;" >/dev/null
}

current=$work/current.db
newest=$(ls "$root"/tests/data/storage/v*.sql | sed 's/.*v\([0-9]*\)\.sql/\1/' | sort -n | tail -1)
for version in $(seq 1 "$newest"); do
    sqlite3 "$work/v$version.db" <"$root/tests/data/storage/v$version.sql"
    [ "$version" = "$newest" ] && cp "$work/v$version.db" "$current"
    shrink "$work/v$version.db"
    cp "$work/v$version.db" "$out/schema-v$version.collection"
done

now=2026-12-01T09:00:00Z
"$summit" --collection "$current" --now "$now" review 1 good >/dev/null
"$summit" --collection "$current" --now "$now" review 4 again >/dev/null
"$summit" --collection "$current" --now "$now" review 4 easy >/dev/null
"$summit" --collection "$current" --now "$now" undo >/dev/null
sqlite3 "$current" "INSERT INTO quiz_attempts (started_ms, finished_ms, settings, score, \
    max_score, results) VALUES (1764579600000, 1764579660000, '{\"count\":2}', 1, 2, \
    '[{\"question\":1,\"score\":1},{\"question\":2,\"score\":0}]');"
shrink "$current"
cp "$current" "$out/current-with-reviews.collection"

# The same collection with every row deleted: a fresh collection at today's schema.
sqlite3 "$current" "DELETE FROM revlog; DELETE FROM cards; DELETE FROM questions; \
    DELETE FROM quiz_attempts; DELETE FROM decks; DELETE FROM config;"
shrink "$current"
cp "$current" "$out/current-empty.collection"
ls -l "$out"
