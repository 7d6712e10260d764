// The browser's bulk deletion and its undo. The chosen cards' reviews are scattered over the
// whole log, so everything here works on sets: the reviews' ids are gathered once from the
// card index and then read, copied and deleted in rowid order (one pass over the log's pages
// instead of a random read per card), and the review summaries and the search index are
// changed by a few statements over the whole set while their per-row triggers stand aside
// (schema v10's search_text_deferred, v12's review_summaries_deferred). The undo copies hold
// exactly what the deletion took out of each summary, so undo puts every summary row back as
// it was.
#include <cassert>
#include <string>

#include "storage/bulk_store.h"
#include "storage/migrations/review_summaries_sql.h"
#include "storage/migrations/search_text.h"

namespace summit::storage {

namespace {

constexpr const char* kInBulkCards = " IN (SELECT id FROM temp.bulk_cards)";
constexpr const char* kInBulkReviews = " IN (SELECT id FROM temp.bulk_reviews)";

// From here to ResumeTriggers, no revlog or questions trigger runs: the statements between
// keep the summaries and the search index themselves. Question ids are positive, so a
// from_id of 0 defers every question. Inside the caller's transaction, so a rollback removes
// both rows with everything else.
Status DeferTriggers(Db& db) {
    assert(db.transaction_depth > 0);
    // Not nested, nor inside an import's deferral, whose row ResumeTriggers would delete.
    assert(QueryInt(db, "SELECT count(*) FROM search_text_deferred").value_or(1) == 0);
    return Exec(db,
                "INSERT INTO review_summaries_deferred (writer) VALUES ('bulk delete');"
                "INSERT INTO search_text_deferred (from_id) VALUES (0);");
}

Status ResumeTriggers(Db& db) {
    return Exec(db, "DELETE FROM review_summaries_deferred; DELETE FROM search_text_deferred;");
}

// What the deleted reviews count for in review_quarters: one row per quarter hour, with the
// table's own columns.
std::string SaveQuarterCounts(int step) {
    const std::string quarters = UndoTable(step, "quarters");
    return "CREATE TABLE " + quarters + " AS SELECT * FROM review_quarters WHERE 0;" +
           "INSERT INTO " + quarters + " (quarter, " + ReviewQuarterColumns() + ") SELECT " +
           ReviewQuarterOf("deleted.time_ms") + ", " + ReviewQuarterSums("deleted") + " FROM " +
           UndoTable(step, "revlog") + " AS deleted GROUP BY 1;";
}

std::string ChangeQuarters(int step, char op) {
    return "UPDATE review_quarters SET " + ReviewQuartersChangedBy(op, "d") + " FROM " +
           UndoTable(step, "quarters") + " AS d WHERE review_quarters.quarter = d.quarter;";
}

}  // namespace

Status ClearBulkTargets(Db& db) {
    return Exec(db, R"sql(
        CREATE TEMP TABLE IF NOT EXISTS bulk_cards (id INTEGER PRIMARY KEY);
        CREATE TEMP TABLE IF NOT EXISTS bulk_questions (id INTEGER PRIMARY KEY);
        DELETE FROM temp.bulk_cards;
        DELETE FROM temp.bulk_questions;)sql");
}

Status DeleteQuestionsWhere(Db& db, const std::string& where, int64_t bound, int scratch_step) {
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
    // The review copy also gives what the deletion takes out of each quarter's summary.
    Status deleted = Exec(db,
                          "INSERT INTO temp.bulk_cards SELECT id FROM cards WHERE question_id IN "
                          "(SELECT id FROM temp.bulk_questions)");
    if (deleted) {
        deleted = SaveDeletedReviews(db, scratch_step);
    }
    if (deleted) {
        deleted = DeleteTargets(db, scratch_step);
    }
    const Status dropped = DropUndoTables(db, scratch_step);
    return !deleted ? deleted : dropped;
}

Status SaveDeletedReviews(Db& db, int step) {
    const std::string sql =
        std::string(
            "CREATE TEMP TABLE IF NOT EXISTS bulk_reviews (id INTEGER PRIMARY KEY);"
            "DELETE FROM temp.bulk_reviews;"
            // Only the card index is read: its entries carry the review ids.
            "INSERT INTO temp.bulk_reviews SELECT id FROM revlog WHERE card_id") +
        kInBulkCards + ";" + "CREATE TABLE " + UndoTable(step, "revlog") +
        " AS SELECT * FROM revlog WHERE id" + kInBulkReviews + ";" + SaveQuarterCounts(step) +
        "CREATE TABLE " + UndoTable(step, "card_totals") +
        " AS SELECT * FROM review_card_totals WHERE card_id" + kInBulkCards + ";" +
        "CREATE TABLE " + UndoTable(step, "same_day") +
        " AS SELECT * FROM review_same_day WHERE review_id" + kInBulkReviews + ";" +
        "CREATE TABLE " + UndoTable(step, "last_in_review") +
        " AS SELECT * FROM review_last_in_review WHERE card_id" + kInBulkCards + ";";
    return Exec(db, sql);
}

Status DeleteTargets(Db& db, int step) {
    if (auto deferred = DeferTriggers(db); !deferred) {
        return deferred;
    }
    // A deleted card has no reviews left, so its per-card summaries go with it, as does its
    // last review-phase answer (a later card given the same id starts without one).
    const std::string sql =
        "INSERT INTO search_text (search_text, rowid, text) SELECT 'delete', id, " +
        SearchTextOf("questions") +
        " FROM questions WHERE id IN (SELECT id FROM temp.bulk_questions);" +
        ChangeQuarters(step, '-') + "DELETE FROM review_card_totals WHERE card_id" + kInBulkCards +
        ";" + "DELETE FROM review_same_day WHERE review_id" + kInBulkReviews + ";" +
        "DELETE FROM review_last_in_review WHERE card_id" + kInBulkCards + ";" +
        "DELETE FROM revlog WHERE id" + kInBulkReviews + ";" + "DELETE FROM cards WHERE id" +
        kInBulkCards + ";" +
        "DELETE FROM questions WHERE id IN (SELECT id FROM temp.bulk_questions);";
    if (auto deleted = Exec(db, sql); !deleted) {
        return deleted;
    }
    return ResumeTriggers(db);
}

Status RestoreDeleted(Db& db, int step) {
    if (auto deferred = DeferTriggers(db); !deferred) {
        return deferred;
    }
    const std::string questions = UndoTable(step, "questions");
    const std::string sql =
        "INSERT INTO questions SELECT * FROM " + questions + ";" +
        "INSERT INTO cards SELECT * FROM " + UndoTable(step, "cards") + ";" +
        "INSERT INTO revlog SELECT * FROM " + UndoTable(step, "revlog") + ";" +
        "INSERT INTO search_text (rowid, text) SELECT id, " + SearchTextOf("u") + " FROM " +
        questions + " AS u;" + ChangeQuarters(step, '+') +
        "INSERT INTO review_card_totals SELECT * FROM " + UndoTable(step, "card_totals") + ";" +
        "INSERT INTO review_same_day SELECT * FROM " + UndoTable(step, "same_day") + ";" +
        "INSERT INTO review_last_in_review SELECT * FROM " + UndoTable(step, "last_in_review") +
        ";";
    if (auto restored = Exec(db, sql); !restored) {
        return restored;
    }
    return ResumeTriggers(db);
}

}  // namespace summit::storage
