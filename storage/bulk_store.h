// Internal: the TEMP tables that hold a bulk action's undo copies (bulk_store.cpp writes them,
// bulk_undo.cpp reads them back).
#pragma once

#include <string>

#include "content/model/error.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

// "temp.undo_<step>_<table>": the rows of `table` as they were before step `step`.
std::string UndoTable(int step, const char* table);

// Drops every undo copy of `step` (those that exist).
[[nodiscard]] Status DropUndoTables(Db& db, int step);

// Forgets every bulk change UndoBulk could undo, dropping their copies (failing to drop them
// only costs memory).
void ForgetBulkUndo(Db& db);

}  // namespace summit::storage
