// Test-only access to a collection's connection, for fault injection (disk full, triggers
// that fail mid-import) and for checking the schema directly. Never used by the app.
#pragma once

#include <sqlite3.h>

#include "storage/collection.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

class CollectionTestPeer {
  public:
    static sqlite3* Handle(Collection& collection) { return collection.db_->handle; }
    static Db& Connection(Collection& collection) { return *collection.db_; }
};

}  // namespace summit::storage
