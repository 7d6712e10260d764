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
// to `bound`) with their cards, set-wise as DeleteTargets does, and keeps no undo copy. Inside
// the caller's transaction.
[[nodiscard]] Status DeleteQuestionsWhere(Db& db, const std::string& where, int64_t bound);

// Drops every undo copy of `step` (those that exist).
[[nodiscard]] Status DropUndoTables(Db& db, int step);

// Deletes the questions of temp.bulk_questions and the cards of temp.bulk_cards and takes the
// questions out of the search index, set-wise. The cards' reviews stay in the log, and the
// review summaries with them. Inside the action's transaction.
[[nodiscard]] Status DeleteTargets(Db& db);

// Puts back every question and card step `step`'s deletion removed, and the questions' search
// text, from the copies. Inside the undo's transaction.
[[nodiscard]] Status RestoreDeleted(Db& db, int step);

// Forgets every bulk change UndoBulk could undo, dropping their copies (failing to drop them
// only costs memory).
void ForgetBulkUndo(Db& db);

}  // namespace summit::storage
