// Internal: indexing a bulk write's new questions for search in one statement. While a
// DeferredSearchIndex is open, the search_text triggers (schema v9) leave every question with
// an id above those stored when it began to Finish, which indexes them from their final data.
// FTS5 writes its pending terms at the end of each statement, so a trigger per inserted row
// costs an import far more than the one INSERT ... SELECT here.
#pragma once

#include <cstdint>

#include "storage/sqlite_db.h"

namespace summit::storage {

// Lives inside one transaction (Collection::Transact): a rollback removes the deferral with
// everything else, so a collection never commits with it open. Not nested.
class DeferredSearchIndex {
  public:
    [[nodiscard]] static Result<DeferredSearchIndex> Begin(Db& db);

    // Indexes the questions inserted since Begin and ends the deferral; call it once, before
    // the transaction commits.
    [[nodiscard]] Status Finish();

  private:
    DeferredSearchIndex(Db& db, int64_t from_id) : db_(&db), from_id_(from_id) {}

    Db* db_;
    int64_t from_id_;
};

}  // namespace summit::storage
