// Internal: the TEMP tables that hold a bulk action's undo copies (bulk_store.cpp writes them,
// bulk_undo.cpp reads them back), and deletion with its undo (bulk_delete.cpp).
#pragma once

#include <string>

#include "content/model/error.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

// "temp.undo_<step>_<table>": the rows of `table` as they were before step `step`.
std::string UndoTable(int step, const char* table);

// Makes temp.bulk_cards and temp.bulk_questions (one `id` column each) and empties them.
[[nodiscard]] Status ClearBulkTargets(Db& db);

// Deletes the questions `where` selects (a condition on the questions table, with ?1 bound
// to `bound`) with their cards and reviews, set-wise as DeleteTargets does, and keeps no undo
// copy. Inside the caller's transaction; uses temp tables numbered `scratch_step`, which must
// be no live undo step's.
[[nodiscard]] Status DeleteQuestionsWhere(Db& db, const std::string& where, int64_t bound,
                                          int scratch_step);

// Drops every undo copy of `step` (those that exist).
[[nodiscard]] Status DropUndoTables(Db& db, int step);

// Deletion's undo copies beside the questions' and cards': the chosen cards' reviews
// (undo_N_revlog), what they count for in each review summary (undo_N_quarters,
// undo_N_card_totals, undo_N_same_day, undo_N_last_in_review), and their ids in
// temp.bulk_reviews for DeleteTargets. Reads temp.bulk_cards.
[[nodiscard]] Status SaveDeletedReviews(Db& db, int step);

// Deletes the questions of temp.bulk_questions, the cards of temp.bulk_cards and their
// reviews, taking them out of the review summaries and the search index set-wise. Runs after
// SaveDeletedReviews, inside the action's transaction.
[[nodiscard]] Status DeleteTargets(Db& db, int step);

// Puts back every row step `step`'s deletion removed, and its part of the summaries and the
// search index, from the copies. Inside the undo's transaction.
[[nodiscard]] Status RestoreDeleted(Db& db, int step);

// Forgets every bulk change UndoBulk could undo, dropping their copies (failing to drop them
// only costs memory).
void ForgetBulkUndo(Db& db);

}  // namespace summit::storage
