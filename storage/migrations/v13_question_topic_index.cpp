// Schema version 13: an index of the questions by topic (and deck). Statistics read every
// card's topic; through this index that is a scan of a few hundred kilobytes instead of the
// whole questions table with its texts (26 MB at 100,000 questions), which cost a third of
// `summit stats` in page reads and page-cache growth. Frozen once released.
#include "storage/migrations/migrations.h"

namespace summit::storage {

Status MigrateToQuestionTopicIndex(Db& db) {
    return Exec(db, "CREATE INDEX questions_topic ON questions (topic, deck_id)");
}

}  // namespace summit::storage
