// Internal: one forward step per schema version. Step N turns a version N-1 collection into
// version N. Steps run inside the caller's transaction and never change once released: a
// later schema change is a new step (and a saved dump under tests/data/storage/).
#pragma once

#include "content/model/error.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

// v0 (empty file) -> v1: decks, questions, cards, review log, config.
[[nodiscard]] Status MigrateToV1(Db& db);
// v1 -> v2: quiz attempts, and the indexes for the queue, home counts and review log.
[[nodiscard]] Status MigrateToV2(Db& db);
// v2 -> v3: the review log's scheduled_days_before, backfilled from the stored snapshots.
[[nodiscard]] Status MigrateToV3(Db& db);
// v3 -> v4: each card's deck and source-point key, each review's deck, and the queue's
// indexes.
[[nodiscard]] Status MigrateToV4(Db& db);
// v4 -> v5: each review's shuffle seed (NULL for older reviews).
[[nodiscard]] Status MigrateToV5(Db& db);
// v5 -> v6: the media table (images by the SHA-256 of their bytes).
[[nodiscard]] Status MigrateToV6(Db& db);
// v6 -> v7: the review log with the card state before each review in typed columns, and one
// index; reports progress through Db::migration_progress.
[[nodiscard]] Status MigrateToV7(Db& db);
// v7 -> v8: the full-text index of question texts the browser's search reads (search_text),
// kept in step with the questions table by triggers.
[[nodiscard]] Status MigrateToSearchText(Db& db);
// v8 -> v9: summaries of the review log (answers per quarter hour, per card, same-day
// candidates for true retention), kept in step with the log by triggers.
[[nodiscard]] Status MigrateToReviewSummaries(Db& db);
// v9 -> v10: search_text_deferred, whose row makes the search_text triggers leave new questions
// to a bulk writer that indexes them in one statement (storage/deferred_search_index.h).
[[nodiscard]] Status MigrateToDeferredSearchText(Db& db);
// v10 -> v11: the review log's index on its card, which its foreign key's checks need.
[[nodiscard]] Status MigrateToReviewCardIndex(Db& db);
// v11 -> v12: review_summaries_deferred, whose row makes the review summaries' triggers leave
// the summaries to a bulk writer that changes them set-wise (storage/bulk_delete.cpp).
[[nodiscard]] Status MigrateToDeferredReviewSummaries(Db& db);
// v12 -> v13: the questions' index on topic and deck, which statistics' topic read scans.
[[nodiscard]] Status MigrateToQuestionTopicIndex(Db& db);
// v13 -> v14: the review log without its foreign key to cards, so deleted questions leave their
// reviews in the log as history.
[[nodiscard]] Status MigrateToReviewLogWithoutCardKey(Db& db);
// v14 -> v15: the questions' index on type, which the browser's `type:` term reads.
[[nodiscard]] Status MigrateToQuestionTypeIndex(Db& db);
// v15 -> v16: review ids that are answer times in milliseconds, the time column computed from
// them, and no time index; reports progress through Db::migration_progress.
[[nodiscard]] Status MigrateToReviewIdsByTime(Db& db);

}  // namespace summit::storage
