// Schema version 14: the review log no longer refers to its cards by a foreign key. The log is
// append-only: deleting questions deletes their cards and keeps their reviews as history (the
// activity charts and summaries count them; a deleted card's id is never given to another
// card, storage/card_ids.h). Dropping a constraint leaves every stored row and index as it is,
// so the table's text in sqlite_schema is edited in place, as SQLite documents for removing a
// FOREIGN KEY, instead of copying a million rows into a new table. Frozen once released.
#include <string>

#include "storage/migrations/migrations.h"

namespace summit::storage {

Status MigrateToReviewLogWithoutCardKey(Db& db) {
    auto version = QueryInt(db, "PRAGMA schema_version");
    if (!version) {
        return Fail(version.error());
    }
    // Other connections reread the schema when its version changes.
    const std::string edit =
        "PRAGMA writable_schema = ON;"
        "UPDATE sqlite_schema SET sql = replace(sql, ' REFERENCES cards (id)', '') "
        "WHERE type = 'table' AND name = 'revlog';"
        "PRAGMA schema_version = " +
        std::to_string(*version + 1) + ";PRAGMA writable_schema = OFF;";
    if (auto edited = Exec(db, edit); !edited) {
        return edited;
    }
    auto keys = QueryInt(db, "SELECT count(*) FROM pragma_foreign_key_list('revlog')");
    if (!keys) {
        return Fail(keys.error());
    }
    if (*keys != 0) {
        return Fail(ErrorCode::kCorrupt, "the review log's table is not one Summit wrote");
    }
    return {};
}

}  // namespace summit::storage
