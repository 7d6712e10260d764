// One-pass search indexing of a bulk write's new questions (schema v10's search_text_deferred).
#include "storage/deferred_search_index.h"

#include <cassert>
#include <string>

#include "storage/search_text_function.h"

namespace summit::storage {

Result<DeferredSearchIndex> DeferredSearchIndex::Begin(Db& db) {
    assert(db.transaction_depth > 0);
    assert(QueryInt(db, "SELECT count(*) FROM search_text_deferred").value_or(1) == 0);
    // SQLite gives a new row the largest rowid plus one, so every question inserted from now on
    // has an id from here.
    auto from = QueryInt(db, "SELECT coalesce(max(id), 0) + 1 FROM questions");
    if (!from) {
        return Fail(from.error());
    }
    auto insert = Statement::Prepare(db, "INSERT INTO search_text_deferred (from_id) VALUES (?)");
    if (!insert) {
        return Fail(insert.error());
    }
    if (auto done = insert->Bind(1, *from).Run(); !done) {
        return Fail(done.error());
    }
    return DeferredSearchIndex(db, *from);
}

Status DeferredSearchIndex::Finish() {
    if (auto registered = RegisterSearchTextFunction(*db_); !registered) {
        return registered;
    }
    // The C++ walk yields the expression's very text at a fraction of json_tree's cost; the
    // expression itself (evaluated only when the function gives NULL) covers what it leaves.
    auto index = Statement::Prepare(*db_, "INSERT INTO search_text (rowid, text) SELECT id, " +
                                              FastSearchTextOf("questions") +
                                              " FROM questions WHERE id >= ?");
    if (!index) {
        return Fail(index.error());
    }
    if (auto done = index->Bind(1, from_id_).Run(); !done) {
        return done;
    }
    return Exec(*db_, "DELETE FROM search_text_deferred");
}

}  // namespace summit::storage
