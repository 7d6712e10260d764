// The list of migration steps; its length is the current schema version.
#include "storage/schema.h"

#include <cassert>
#include <iterator>
#include <string>

#include "storage/collection.h"
#include "storage/migrations/migrations.h"

namespace summit::storage {

namespace {

using MigrationStep = Status (*)(Db&);

// kSteps[i] migrates version i to version i + 1.
constexpr MigrationStep kSteps[] = {
    MigrateToV1,
    MigrateToV2,
    MigrateToV3,
    MigrateToV4,
    MigrateToV5,
    MigrateToV6,
    MigrateToV7,
    MigrateToSearchText,               // v8
    MigrateToReviewSummaries,          // v9
    MigrateToDeferredSearchText,       // v10
    MigrateToReviewCardIndex,          // v11
    MigrateToDeferredReviewSummaries,  // v12
    MigrateToQuestionTopicIndex,       // v13
    MigrateToReviewLogWithoutCardKey,  // v14
    MigrateToQuestionTypeIndex,        // v15
    MigrateToReviewIdsByTime,          // v16
};

}  // namespace

int CurrentSchemaVersion() {
    return static_cast<int>(std::size(kSteps));
}

Status MigrateSchema(Db& db, int from, int to) {
    assert(0 <= from && from <= to && to <= CurrentSchemaVersion());
    assert(db.transaction_depth > 0);
    for (int version = from; version < to; ++version) {
        if (auto step = kSteps[version](db); !step) {
            return step;
        }
    }
    // PRAGMA cannot take a bound parameter; `to` is an int we own.
    return Exec(db, "PRAGMA user_version = " + std::to_string(to));
}

}  // namespace summit::storage
