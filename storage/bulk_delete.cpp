// The browser's bulk deletion and its undo. Deleting questions deletes their cards and takes
// them out of the search index; their reviews stay in the log, which is append-only (schema
// v14), and so do the review summaries, which summarize the log. Only the questions, the cards
// and the index are written, set-wise, while the per-row search triggers stand aside (schema
// v10's search_text_deferred): a deletion spread over the whole collection then rewrites the
// pages of two tables instead of also every page of a million-row log.
#include <cassert>
#include <string>

#include "storage/bulk_store.h"
#include "storage/search_text_function.h"

namespace summit::storage {

namespace {

constexpr const char* kInBulkCards = " IN (SELECT id FROM temp.bulk_cards)";
constexpr const char* kInBulkQuestions = " IN (SELECT id FROM temp.bulk_questions)";

// From here to ResumeSearchTriggers, no questions trigger touches the search index: the
// statements between keep it themselves. Question ids are positive, so a from_id of 0 defers
// every question. Inside the caller's transaction, so a rollback removes the row with
// everything else.
Status DeferSearchTriggers(Db& db) {
    assert(db.transaction_depth > 0);
    // Not nested, nor inside an import's deferral, whose row ResumeSearchTriggers would delete.
    assert(QueryInt(db, "SELECT count(*) FROM search_text_deferred").value_or(1) == 0);
    if (auto registered = RegisterSearchTextFunction(db); !registered) {
        return registered;
    }
    return Exec(db, "INSERT INTO search_text_deferred (from_id) VALUES (0)");
}

Status ResumeSearchTriggers(Db& db) {
    return Exec(db, "DELETE FROM search_text_deferred");
}

}  // namespace

Status ClearBulkTargets(Db& db) {
    return Exec(db, R"sql(
        CREATE TEMP TABLE IF NOT EXISTS bulk_cards (id INTEGER PRIMARY KEY);
        CREATE TEMP TABLE IF NOT EXISTS bulk_questions (id INTEGER PRIMARY KEY);
        DELETE FROM temp.bulk_cards;
        DELETE FROM temp.bulk_questions;)sql");
}

Status DeleteQuestionsWhere(Db& db, const std::string& where, int64_t bound) {
    if (auto made = ClearBulkTargets(db); !made) {
        return made;
    }
    auto chosen = Statement::Prepare(
        db, "INSERT INTO temp.bulk_questions SELECT id FROM questions WHERE " + where);
    if (!chosen) {
        return Fail(chosen.error());
    }
    if (auto done = chosen->Bind(1, bound).Run(); !done) {
        return done;
    }
    if (auto cards = Exec(db, std::string("INSERT INTO temp.bulk_cards SELECT id FROM cards "
                                          "WHERE question_id") +
                                  kInBulkQuestions);
        !cards) {
        return cards;
    }
    return DeleteTargets(db);
}

Status DeleteTargets(Db& db) {
    if (auto deferred = DeferSearchTriggers(db); !deferred) {
        return deferred;
    }
    const std::string sql =
        "INSERT INTO search_text (search_text, rowid, text) SELECT 'delete', "
        "id, " +
        FastSearchTextOf("questions") + " FROM questions WHERE id" + kInBulkQuestions + ";" +
        "DELETE FROM cards WHERE id" + kInBulkCards + ";" + "DELETE FROM questions WHERE id" +
        kInBulkQuestions + ";";
    if (auto deleted = Exec(db, sql); !deleted) {
        return deleted;
    }
    return ResumeSearchTriggers(db);
}

Status RestoreDeleted(Db& db, int step) {
    if (auto deferred = DeferSearchTriggers(db); !deferred) {
        return deferred;
    }
    const std::string questions = UndoTable(step, "questions");
    const std::string sql = "INSERT INTO questions SELECT * FROM " + questions + ";" +
                            "INSERT INTO cards SELECT * FROM " + UndoTable(step, "cards") + ";" +
                            "INSERT INTO search_text (rowid, text) SELECT id, " +
                            FastSearchTextOf("u") + " FROM " + questions + " AS u;";
    if (auto restored = Exec(db, sql); !restored) {
        return restored;
    }
    return ResumeSearchTriggers(db);
}

}  // namespace summit::storage
