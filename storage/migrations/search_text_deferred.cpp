// The schema step that lets a bulk writer index new questions in one pass: while
// search_text_deferred holds a row, the search_text triggers leave questions with an id from
// its from_id on alone, and the writer indexes them from their final data before it commits
// (storage/deferred_search_index.h). FTS5 flushes its pending terms at the end of every
// statement, so one indexing statement for a whole import costs far less than a trigger per
// row. Every other write path is indexed by the triggers as before. Frozen once released;
// self-contained so it can move to another version number.
#include "storage/migrations/migrations.h"
#include "storage/migrations/search_text.h"

namespace summit::storage {

namespace {

// True when `row` is outside the deferred range, so its trigger indexes it as usual.
std::string NotDeferred(const char* row) {
    return std::string("NOT EXISTS (SELECT 1 FROM search_text_deferred WHERE ") + row +
           ".id >= from_id)";
}

}  // namespace

Status MigrateToDeferredSearchText(Db& db) {
    const std::string sql = R"sql(
CREATE TABLE search_text_deferred (
    from_id  INTEGER NOT NULL
);
DROP TRIGGER search_text_insert;
DROP TRIGGER search_text_delete;
DROP TRIGGER search_text_update;
CREATE TRIGGER search_text_insert AFTER INSERT ON questions WHEN )sql" +
                            NotDeferred("new") + R"sql( BEGIN
    INSERT INTO search_text (rowid, text) VALUES (new.id, )sql" +
                            SearchTextOf("new") + R"sql();
END;
CREATE TRIGGER search_text_delete AFTER DELETE ON questions WHEN )sql" +
                            NotDeferred("old") + R"sql( BEGIN
    INSERT INTO search_text (search_text, rowid, text) VALUES ('delete', old.id, )sql" +
                            SearchTextOf("old") + R"sql();
END;
CREATE TRIGGER search_text_update AFTER UPDATE OF data ON questions WHEN )sql" +
                            NotDeferred("old") + R"sql( BEGIN
    INSERT INTO search_text (search_text, rowid, text) VALUES ('delete', old.id, )sql" +
                            SearchTextOf("old") + R"sql();
    INSERT INTO search_text (rowid, text) VALUES (new.id, )sql" +
                            SearchTextOf("new") + R"sql();
END;
)sql";
    return Exec(db, sql);
}

}  // namespace summit::storage
