// Reading the review log's summaries (schema v9, storage/migrations/v9_review_summaries.cpp):
// a few thousand small rows where the log has a million.
#include <algorithm>
#include <string>
#include <utility>

#include "storage/collection.h"
#include "storage/deck_tree.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

namespace {}  // namespace

Result<std::vector<ReviewQuarter>> Collection::ReadReviewQuarters(int64_t from_quarter,
                                                                  int64_t to_quarter) const {
    auto stmt = Statement::Prepare(*db_, R"sql(
        SELECT quarter, answers, correct, duration_ms,
               phase_new, phase_learning, phase_review, phase_relearning,
               learning_again, learning_hard, learning_good, learning_easy,
               young_again, young_hard, young_good, young_easy,
               mature_again, mature_hard, mature_good, mature_easy
        FROM review_quarters WHERE quarter >= ?1 AND quarter < ?2 AND answers > 0
        ORDER BY quarter)sql");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->BindAll(from_quarter, to_quarter);
    // Room for every quarter of the range (up to about two years) up front: growing by
    // doubling would copy the rows and touch twice the memory, and pages of the reservation
    // that stay unused are never touched.
    constexpr int64_t kMaxReserved = int64_t{1} << 16;
    std::vector<ReviewQuarter> quarters;
    quarters.reserve(
        static_cast<size_t>(std::clamp<int64_t>(to_quarter - from_quarter, 0, kMaxReserved)));
    auto done = ForEachRow(*stmt, [&] {
        ReviewQuarter q;
        int column = 0;
        q.quarter = stmt->Int(column++);
        q.answers = stmt->Int(column++);
        q.correct = stmt->Int(column++);
        q.duration_ms = stmt->Int(column++);
        for (int64_t& count : q.by_phase) {
            count = stmt->Int(column++);
        }
        for (auto& group : q.buttons) {
            for (int64_t& count : group) {
                count = stmt->Int(column++);
            }
        }
        quarters.push_back(q);
    });
    if (!done) {
        return Fail(done.error());
    }
    return quarters;
}

Result<std::vector<int64_t>> Collection::ReadAnsweredQuartersBefore(int64_t before_quarter) const {
    auto stmt = Statement::Prepare(*db_, R"sql(
        SELECT quarter FROM review_quarters WHERE quarter < ?1 AND answers > 0
        ORDER BY quarter DESC)sql");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, before_quarter);
    std::vector<int64_t> quarters;
    auto done = ForEachRow(*stmt, [&] { quarters.push_back(stmt->Int(0)); });
    if (!done) {
        return Fail(done.error());
    }
    return quarters;
}

Result<std::vector<CardAnswerTotals>> Collection::ReadCardAnswerTotals() const {
    auto stmt = Statement::Prepare(
        *db_,
        "SELECT card_id, answers, correct FROM review_card_totals WHERE answers > 0 "
        "ORDER BY card_id");
    if (!stmt) {
        return Fail(stmt.error());
    }
    // Counted first so the rows are allocated once; the count walks the same table pages
    // the read then finds in the page cache.
    auto count = QueryInt(*db_, "SELECT count(*) FROM review_card_totals");
    if (!count) {
        return Fail(count.error());
    }
    std::vector<CardAnswerTotals> totals;
    totals.reserve(static_cast<size_t>(*count));
    auto done = ForEachRow(*stmt, [&] {
        totals.push_back({CardId{stmt->Int(0)}, stmt->Int(1), stmt->Int(2)});
    });
    if (!done) {
        return Fail(done.error());
    }
    return totals;
}

Result<int64_t> Collection::CountAnswers(std::optional<DeckId> deck) const {
    auto scope = DeckIdOrAll(*db_, deck);
    if (!scope) {
        return Fail(scope.error());
    }
    auto stmt = Statement::Prepare(*db_, R"sql(
        SELECT coalesce(sum(t.answers), 0) FROM review_card_totals t
        JOIN cards c ON c.id = t.card_id
        WHERE ?1 IS NULL OR )sql" + DeckTreeCondition("c.deck_id", "?1"));
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, *scope);
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    return stmt->Int(0);
}

Result<std::vector<SameDayCandidate>> Collection::ReadSameDayCandidates(int64_t from_ms,
                                                                        int64_t to_ms) const {
    // The table holds only the rare repeats, so a scan is cheaper than keeping an index.
    auto stmt = Statement::Prepare(*db_, R"sql(
        SELECT card_id, review_id, time_ms, young, failed FROM review_same_day
        WHERE time_ms >= ?1 AND time_ms < ?2)sql");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->BindAll(from_ms, to_ms);
    std::vector<SameDayCandidate> candidates;
    auto done = ForEachRow(*stmt, [&] {
        candidates.push_back({CardId{stmt->Int(0)}, ReviewId{stmt->Int(1)}, stmt->Int(2),
                              stmt->Int(3) != 0, stmt->Int(4) != 0});
    });
    if (!done) {
        return Fail(done.error());
    }
    return candidates;
}

Result<std::vector<QuestionRow>> Collection::ListQuestionsById(
    std::span<const QuestionId> ids) const {
    auto stmt = Statement::Prepare(
        *db_, std::string("SELECT ") + kQuestionRowColumns +
                  " FROM questions q JOIN decks d ON d.id = q.deck_id WHERE q.id = ?1");
    if (!stmt) {
        return Fail(stmt.error());
    }
    std::vector<QuestionRow> rows;
    for (const QuestionId id : ids) {
        stmt->Reset();
        stmt->Bind(1, id.value);
        auto done = ForEachRow(*stmt, [&] { rows.push_back(QuestionRowAt(*stmt)); });
        if (!done) {
            return Fail(done.error());
        }
    }
    std::sort(rows.begin(), rows.end(),
              [](const QuestionRow& a, const QuestionRow& b) { return a.id.value < b.id.value; });
    return rows;
}

}  // namespace summit::storage
