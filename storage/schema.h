// Internal: the schema version ladder. Opening a collection runs every step from its
// user_version up to the current one inside one transaction.
#pragma once

#include "content/model/error.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

// Runs the steps from `from` + 1 up to `to` and records `to` in PRAGMA user_version. Must be
// called inside a transaction; asserts 0 <= from <= to <= CurrentSchemaVersion().
[[nodiscard]] Status MigrateSchema(Db& db, int from, int to);

}  // namespace summit::storage
