#!/bin/sh
# Remakes the seed corpus of the collection_file fuzz target (tests/fuzz/corpus/collection_file)
# from collections Summit itself writes: the saved schema v1..v4 files of the migration tests,
# and one at today's schema (migrated by `summit`, then given a review, an undone review and a
# quiz). Each is shrunk to 512-byte pages so the files stay a few kilobytes; mutating small
# files is what keeps the fuzzer fast.
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
for version in 1 2 3 4; do
    sqlite3 "$work/v$version.db" <"$root/tests/data/storage/v$version.sql"
    # Migrated before shrinking: the backup taken before a migration copies into a WAL file,
    # which SQLite refuses when the page sizes differ.
    [ $version = 4 ] && cp "$work/v4.db" "$current"
    shrink "$work/v$version.db"
    cp "$work/v$version.db" "$out/schema-v$version.db"
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
cp "$current" "$out/current-with-reviews.db"

# The same collection with every row deleted: a fresh collection at today's schema.
sqlite3 "$current" "DELETE FROM revlog; DELETE FROM cards; DELETE FROM questions; \
    DELETE FROM quiz_attempts; DELETE FROM decks; DELETE FROM config;"
shrink "$current"
cp "$current" "$out/current-empty.db"
ls -l "$out"
