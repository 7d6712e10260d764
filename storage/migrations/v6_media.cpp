// Schema version 6: the media table. Images are named by the SHA-256 of their bytes (64
// lowercase hex digits), which question texts in Markdown refer to as media:HASH, so one
// image used by many questions or imported twice is stored once. Frozen once released.
#include "storage/migrations/migrations.h"

namespace summit::storage {

Status MigrateToV6(Db& db) {
    return Exec(db, R"sql(
CREATE TABLE media (
    hash        TEXT PRIMARY KEY CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
    mime        TEXT NOT NULL,
    bytes       BLOB NOT NULL,
    created_ms  INTEGER NOT NULL
);
)sql");
}

}  // namespace summit::storage
