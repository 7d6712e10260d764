// Undoing the browser's bulk actions from the copies bulk_store.cpp kept: changed rows get
// their old values back, deleted rows are inserted again, in one transaction.
#include "storage/bulk_store.h"
#include "storage/codec/card_row.h"
#include "storage/collection.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

std::string UndoTable(int step, const char* table) {
    return "temp.undo_" + std::to_string(step) + "_" + table;
}

Status DropUndoTables(Db& db, int step) {
    std::string sql;
    for (const char* table : {"questions", "cards"}) {
        sql += "DROP TABLE IF EXISTS " + UndoTable(step, table) + ";";
    }
    return Exec(db, sql);
}

void ForgetBulkUndo(Db& db) {
    for (const auto& [step, kind] : db.bulk_undo) {
        (void)DropUndoTables(db, step);
    }
    db.bulk_undo.clear();
}

namespace {

// The columns a bulk action may change, set back from the copies. The question JSON is only
// written where it differs, so the search index is not rebuilt for rows an action left alone.
Status RestoreColumns(Db& db, int step) {
    const std::string questions = UndoTable(step, "questions");
    const std::string cards = UndoTable(step, "cards");
    const std::string card_columns = SnapshotColumns() + ", deck_id, source_key";
    return Exec(
        db, "UPDATE questions SET (deck_id, topic, tags) = (SELECT deck_id, topic, tags FROM " +
                questions + " u WHERE u.id = questions.id) WHERE id IN (SELECT id FROM " +
                questions + ");" + "UPDATE questions SET data = (SELECT data FROM " + questions +
                " u WHERE u.id = questions.id) WHERE EXISTS (SELECT 1 FROM " + questions +
                " u WHERE u.id = questions.id AND u.data IS NOT questions.data);" +
                "UPDATE cards SET (" + card_columns + ") = (SELECT " + card_columns + " FROM " +
                cards + " u WHERE u.id = cards.id) WHERE id IN (SELECT id FROM " + cards + ");");
}

}  // namespace

Result<BulkKind> Collection::UndoBulk() {
    Db& db = *db_;
    if (db.bulk_undo.empty()) {
        return Fail(Error{ErrorCode::kConflict, "no bulk change to undo", db.path, 0, 0});
    }
    const auto [step, kind_value] = db.bulk_undo.back();
    const auto kind = static_cast<BulkKind>(kind_value);
    auto undone = Transact([&]() -> Status {
        auto restored =
            kind == BulkKind::kDelete ? RestoreDeleted(db, step) : RestoreColumns(db, step);
        if (!restored) {
            return restored;
        }
        return DropUndoTables(db, step);
    });
    if (!undone) {
        return Fail(undone.error());
    }
    db.bulk_undo.pop_back();
    return kind;
}

}  // namespace summit::storage
