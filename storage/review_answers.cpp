// The answers the learner gave, read apart from the rest of the review log: only class reports
// need the text, and statistics over a million reviews should not carry it.
#include "storage/collection.h"
#include "storage/deck_tree.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

Result<std::vector<ReviewAnswer>> Collection::ReadReviewAnswers(DeckId deck) const {
    Db& db = *db_;
    auto scope = DeckIdOrAll(db, deck);
    if (!scope) {
        return Fail(scope.error());
    }
    auto stmt = Statement::Prepare(db, R"sql(
        SELECT r.id, r.answer
        FROM revlog r
        JOIN cards c ON c.id = r.card_id
        JOIN questions q ON q.id = c.question_id
        WHERE )sql" + DeckTreeCondition("q.deck_id", "?1") +
                                           R"sql(
        ORDER BY r.time_ms, r.id)sql");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, *scope);
    std::vector<ReviewAnswer> answers;
    while (true) {
        auto row = stmt->Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            return answers;
        }
        answers.push_back({ReviewId{stmt->Int(0)}, stmt->Text(1)});
    }
}

}  // namespace summit::storage
