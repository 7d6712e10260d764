// The schema step that adds search_text: an FTS5 index over every text a question shows
// (prompt, back, choices, feedback, explanation, pairs, items, accepted answers), read by the
// browser's free words and "phrases" (storage/search/). It is contentless — the text lives in
// questions.data only — so the triggers re-derive the same text from the old row to delete
// it. Triggers, not the write paths, keep it in step, so no writer can forget it. Frozen once
// released.
#include "storage/migrations/search_text.h"

#include "storage/migrations/migrations.h"

namespace summit::storage {

std::string SearchTextOf(const char* row) {
    return std::string("(SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(") + row +
           ".data) WHERE type = 'text' AND key NOT IN ('id', 'type', 'text_format', 'topic', "
           "'article', 'url') AND path NOT LIKE '$.tags%' AND path NOT LIKE '$.source%')";
}

Status MigrateToSearchText(Db& db) {
    // unicode61 with diacritics removed: "cafe" finds "café". Prefix indexes of 2 and 3
    // characters keep the first keystrokes of search-as-you-type from scanning the vocabulary.
    const std::string sql = R"sql(
CREATE VIRTUAL TABLE search_text USING fts5(
    text, content = '', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE TRIGGER search_text_insert AFTER INSERT ON questions BEGIN
    INSERT INTO search_text (rowid, text) VALUES (new.id, )sql" +
                            SearchTextOf("new") + R"sql();
END;
CREATE TRIGGER search_text_delete AFTER DELETE ON questions BEGIN
    INSERT INTO search_text (search_text, rowid, text) VALUES ('delete', old.id, )sql" +
                            SearchTextOf("old") + R"sql();
END;
CREATE TRIGGER search_text_update AFTER UPDATE OF data ON questions BEGIN
    INSERT INTO search_text (search_text, rowid, text) VALUES ('delete', old.id, )sql" +
                            SearchTextOf("old") + R"sql();
    INSERT INTO search_text (rowid, text) VALUES (new.id, )sql" +
                            SearchTextOf("new") + R"sql();
END;
INSERT INTO search_text (rowid, text) SELECT id, )sql" +
                            SearchTextOf("questions") + R"sql( FROM questions;
)sql";
    return Exec(db, sql);
}

}  // namespace summit::storage
