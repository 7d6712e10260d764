// The review log: append a review with the card state it replaced, undo it exactly, and read
// the log for statistics.
#include <algorithm>
#include <string>
#include <string_view>

#include "storage/codec/card_row.h"
#include "storage/codec/review_row.h"
#include "storage/collection.h"
#include "storage/deck_tree.h"
#include "storage/lookups.h"
#include "storage/sqlite_db.h"

namespace summit::storage {

namespace {

Error NoCard(const Db& db, CardId id) {
    return Error{ErrorCode::kNotFound, "no card with id " + std::to_string(id.value), db.path, 0,
                 0};
}

Status WriteSnapshot(Db& db, CardId id, const CardSnapshot& snapshot) {
    auto stmt =
        Statement::Prepare(db, "UPDATE cards SET " + SnapshotAssignments() + " WHERE id = ?");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(BindSnapshot(*stmt, 1, snapshot), id.value);
    if (auto done = stmt->Run(); !done) {
        return done;
    }
    if (Changes(db) == 0) {
        return Fail(NoCard(db, id));
    }
    return {};
}

// Undoes one review row: `id` nullopt means the most recent one.
Result<UndoneReview> UndoOne(Db& db, std::optional<ReviewId> id) {
    const std::string columns = "SELECT id, card_id, " + SnapshotBeforeColumns() + " FROM revlog";
    auto stmt = Statement::Prepare(
        db, columns + (id ? " WHERE id = ?" : " WHERE id = (SELECT max(id) FROM revlog)"));
    if (!stmt) {
        return Fail(stmt.error());
    }
    if (id) {
        stmt->Bind(1, id->value);
    }
    auto row = stmt->Step();
    if (!row) {
        return Fail(row.error());
    }
    if (!*row) {
        if (id) {
            return Fail(Error{ErrorCode::kNotFound,
                              "no review with id " + std::to_string(id->value), db.path, 0, 0});
        }
        return Fail(Error{ErrorCode::kConflict, "there is no review to undo", db.path, 0, 0});
    }
    UndoneReview undone{ReviewId{stmt->Int(0)}, CardId{stmt->Int(1)}, {}};
    const CardSnapshot snapshot = SnapshotFromRow(*stmt, 2);
    // Restoring an older snapshot over later reviews would invent a state that never was.
    // Reviews after this one are a rowid range: short for the recent reviews undo is for.
    auto later = Statement::Prepare(db, "SELECT 1 FROM revlog WHERE id > ?2 AND card_id = ?1");
    if (!later) {
        return Fail(later.error());
    }
    later->BindAll(undone.card_id.value, undone.review_id.value);
    auto has_later = later->Step();
    if (!has_later) {
        return Fail(has_later.error());
    }
    if (*has_later) {
        return Fail(Error{ErrorCode::kConflict,
                          "review " + std::to_string(undone.review_id.value) +
                              " is not the card's latest; undo the later reviews first",
                          db.path, 0, 0});
    }
    if (auto written = WriteSnapshot(db, undone.card_id, snapshot); !written) {
        if (written.error().code == ErrorCode::kNotFound) {
            // The log keeps a deleted question's reviews as history (schema v14).
            return Fail(Error{ErrorCode::kConflict,
                              "review " + std::to_string(undone.review_id.value) +
                                  " answered a question that has since been deleted; it stays "
                                  "in the history and cannot be taken back",
                              db.path, 0, 0});
        }
        return Fail(written.error());
    }
    auto erase = Statement::Prepare(db, "DELETE FROM revlog WHERE id = ?");
    if (!erase) {
        return Fail(erase.error());
    }
    if (auto done = erase->BindAll(undone.review_id.value).Run(); !done) {
        return Fail(done.error());
    }
    undone.restored = snapshot.state;
    return undone;
}

// Appends reviews with the statements prepared once: each reads the card's snapshot and deck,
// logs the review with that snapshot, and stores the card's new state.
class ReviewAppender {
  public:
    static Result<ReviewAppender> Prepare(Db& db) {
        auto read =
            Statement::Prepare(db, "SELECT " + SnapshotColumns() + " FROM cards WHERE id = ?");
        auto insert = Statement::Prepare(db, InsertReviewSql());
        auto write =
            Statement::Prepare(db, "UPDATE cards SET " + CardStateAssignments() + " WHERE id = ?");
        for (auto* stmt : {&read, &insert, &write}) {
            if (!*stmt) {
                return Fail(stmt->error());
            }
        }
        auto ids = ReviewIdAllocator::Prepare(db);
        if (!ids) {
            return Fail(ids.error());
        }
        return ReviewAppender(db, std::move(*ids), std::move(*read), std::move(*insert),
                              std::move(*write));
    }

    Result<ReviewId> Append(CardId card, const CardState& new_state, const ReviewRecord& review,
                            std::optional<int64_t> shuffle_seed) {
        read_.Reset();
        read_.Bind(1, card.value);
        auto row = read_.Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row) {
            return Fail(NoCard(db_, card));
        }
        const CardSnapshot before = SnapshotFromRow(read_, 0);
        read_.Reset();
        auto stored = StoredReviewOf(card.value, before, new_state, review, shuffle_seed);
        if (!stored) {
            return Fail(stored.error());
        }
        auto id_value = ids_.Next(review.time_ms);
        if (!id_value) {
            return Fail(id_value.error());
        }
        stored->id = *id_value;
        insert_.Reset();
        BindStoredReview(insert_, *stored);
        if (auto done = insert_.Run(); !done) {
            return Fail(done.error());
        }
        const ReviewId id{stored->id};
        write_.Reset();
        write_.Bind(BindCardState(write_, 1, new_state), card.value);
        if (auto done = write_.Run(); !done) {
            return Fail(done.error());
        }
        return id;
    }

  private:
    ReviewAppender(Db& db, ReviewIdAllocator ids, Statement read, Statement insert, Statement write)
        : db_(db),
          ids_(std::move(ids)),
          read_(std::move(read)),
          insert_(std::move(insert)),
          write_(std::move(write)) {}

    Db& db_;
    ReviewIdAllocator ids_;
    Statement read_;
    Statement insert_;
    Statement write_;
};

}  // namespace

Result<ReviewId> Collection::RecordReview(CardId card, const CardState& new_state,
                                          const ReviewRecord& review,
                                          std::optional<int64_t> shuffle_seed) {
    return Transact([&]() -> Result<ReviewId> {
        auto appender = ReviewAppender::Prepare(*db_);
        if (!appender) {
            return Fail(appender.error());
        }
        return appender->Append(card, new_state, review, shuffle_seed);
    });
}

Result<int64_t> Collection::AppendReviews(std::span<const ReviewAppend> reviews) {
    return Transact([&]() -> Result<int64_t> {
        auto appender = ReviewAppender::Prepare(*db_);
        if (!appender) {
            return Fail(appender.error());
        }
        for (const ReviewAppend& append : reviews) {
            if (auto id =
                    appender->Append(append.card, append.new_state, append.review, std::nullopt);
                !id) {
                return Fail(id.error());
            }
        }
        return static_cast<int64_t>(reviews.size());
    });
}

Result<UndoneReview> Collection::UndoLastReview() {
    return Transact([&] { return UndoOne(*db_, std::nullopt); });
}

Result<UndoneReview> Collection::UndoReview(ReviewId id) {
    return Transact([&] { return UndoOne(*db_, id); });
}

namespace {

// The reviews `where` selects (a condition on revlog r, cards c and questions q, with ?1
// bound to `bound`), oldest first.
Result<std::vector<ReviewRow>> ReadReviewRows(Db& db, const std::string& where,
                                              std::optional<int64_t> bound) {
    auto stmt = Statement::Prepare(db, R"sql(
        SELECT r.id, r.card_id, c.question_id, q.deck_id, r.time_ms, r.rating, r.correct,
               r.duration_ms, r.phase_before, r.phase_after, r.scheduled_days_before,
               r.shuffle_seed
        FROM revlog r
        JOIN cards c ON c.id = r.card_id
        JOIN questions q ON q.id = c.question_id
        WHERE )sql" + where + R"sql(
        ORDER BY r.time_ms, r.id)sql");
    if (!stmt) {
        return Fail(stmt.error());
    }
    stmt->Bind(1, bound);
    std::vector<ReviewRow> rows;
    auto done = ForEachRow(*stmt, [&] {
        ReviewRow review;
        review.id = ReviewId{stmt->Int(0)};
        review.card_id = CardId{stmt->Int(1)};
        review.question_id = QuestionId{stmt->Int(2)};
        review.deck_id = DeckId{stmt->Int(3)};
        review.time_ms = stmt->Int(4);
        review.rating = static_cast<Rating>(stmt->Int(5));  // the schema CHECKs 1..4
        review.correct = stmt->Int(6) != 0;
        review.duration_ms = stmt->Int(7);
        review.phase_before = static_cast<CardPhase>(stmt->Int(8));
        review.phase_after = static_cast<CardPhase>(stmt->Int(9));
        review.scheduled_days_before = static_cast<int>(stmt->Int(10));
        if (!stmt->IsNull(11)) {
            review.shuffle_seed = stmt->Int(11);
        }
        rows.push_back(review);
    });
    if (!done) {
        return Fail(done.error());
    }
    return rows;
}

}  // namespace

Result<std::vector<ReviewRow>> Collection::ReadReviewLog(std::optional<DeckId> deck) const {
    auto scope = DeckIdOrAll(*db_, deck);
    if (!scope) {
        return Fail(scope.error());
    }
    return ReadReviewRows(*db_, "?1 IS NULL OR " + DeckTreeCondition("q.deck_id", "?1"), *scope);
}

Result<std::vector<ReviewRow>> Collection::ReadCardReviews(CardId card) const {
    // Through the log's card index: a card's few rows, not its deck's whole log.
    return ReadReviewRows(*db_, "r.card_id = ?1", card.value);
}

Status Collection::ForEachReview(const std::function<void(const ReviewEntry&)>& visit) const {
    Db& db = *db_;
    // Rowid order is the table's own order: one forward pass over its pages, no index and no
    // per-row lookups of cards or questions (those cost ~3 s per million rows).
    auto stmt = Statement::Prepare(db, R"sql(
        SELECT card_id, time_ms, rating, correct, duration_ms, phase_before, phase_after,
               scheduled_days_before
        FROM revlog ORDER BY id)sql");
    if (!stmt) {
        return Fail(stmt.error());
    }
    ReviewEntry review;
    return ForEachRow(*stmt, [&] {
        review.card_id = CardId{stmt->Int(0)};
        review.time_ms = stmt->Int(1);
        review.rating = static_cast<Rating>(stmt->Int(2));  // the schema CHECKs 1..4
        review.correct = stmt->Int(3) != 0;
        review.duration_ms = stmt->Int(4);
        review.phase_before = static_cast<CardPhase>(stmt->Int(5));  // CHECKed 0..3
        review.phase_after = static_cast<CardPhase>(stmt->Int(6));
        review.scheduled_days_before = static_cast<int>(stmt->Int(7));
        visit(review);
    });
}

Result<std::vector<ReviewEntry>> Collection::ScanReviewLog() const {
    // Counted from the log's card index, the smallest b-tree that has a row for each review.
    auto count = QueryInt(*db_, "SELECT count(*) FROM revlog");
    if (!count) {
        return Fail(count.error());
    }
    std::vector<ReviewEntry> rows;
    rows.reserve(static_cast<size_t>(*count));
    if (auto done = ForEachReview([&](const ReviewEntry& review) { rows.push_back(review); });
        !done) {
        return Fail(done.error());
    }
    return rows;
}

namespace {

// The log rows answered in [?1, ?2], and with a deck (?3) only those whose card is in its tree
// now. A review's id is at least its answer time (schema 16), so the rows are one rowid range
// from the start of the period to the newest review. The card's deck is a scalar subquery, one
// lookup per row that passes the other terms (SQLite codes correlated subqueries last), not a
// join: with the scale collection's statistics the planner gives a join a Bloom filter, built
// by reading all 110,000 cards on every call (test: ReviewLogV7Test).
std::string ReviewsInPeriodSql(std::string_view columns, bool deck, std::string_view terms) {
    std::string sql = "SELECT " + std::string(columns) +
                      " FROM revlog WHERE id >= ?1 AND time_ms BETWEEN ?1 AND ?2" +
                      std::string(terms);
    if (deck) {
        sql += " AND " +
               DeckTreeCondition(
                   "(SELECT cards.deck_id FROM cards WHERE cards.id = revlog.card_id)", "?3");
    }
    return sql;
}

Status BindPeriod(Db& db, Statement& stmt, std::optional<DeckId> deck, int64_t since_ms,
                  int64_t until_ms) {
    auto scope = DeckIdOrAll(db, deck);
    if (!scope) {
        return Fail(scope.error());
    }
    stmt.BindAll(since_ms, until_ms);
    if (*scope) {
        stmt.Bind(3, **scope);
    }
    return {};
}

}  // namespace

Result<ReviewCounts> Collection::CountReviewsSince(std::optional<DeckId> deck, int64_t since_ms,
                                                   int64_t until_ms) const {
    Db& db = *db_;
    auto stmt =
        Statement::Prepare(db, ReviewsInPeriodSql("phase_before, count(*)", deck.has_value(), "") +
                                   " GROUP BY phase_before");
    if (!stmt) {
        return Fail(stmt.error());
    }
    if (auto bound = BindPeriod(db, *stmt, deck, since_ms, until_ms); !bound) {
        return Fail(bound.error());
    }
    ReviewCounts counts;
    auto read = ForEachRow(*stmt, [&] {
        const int64_t phase = stmt->Int(0);
        if (phase >= 0 && phase < 4) {  // the schema CHECKs 0..3
            counts.by_phase_before[phase] = static_cast<int>(stmt->Int(1));
        }
    });
    if (!read) {
        return Fail(read.error());
    }
    return counts;
}

Result<ReviewCounts> Collection::CountReviewsTowardLimit(std::optional<DeckId> deck,
                                                         int64_t since_ms, int64_t until_ms,
                                                         int limit) const {
    Db& db = *db_;
    // Answers to learning cards use no room, so only the other two phases are read; the
    // LIMIT keeps a day with far more answers than the limit (23,000 in the scale collection)
    // from reading and looking up every one of them.
    auto stmt = Statement::Prepare(
        db, ReviewsInPeriodSql("phase_before", deck.has_value(), " AND phase_before IN (0, 2)") +
                " LIMIT ?4");
    if (!stmt) {
        return Fail(stmt.error());
    }
    if (auto bound = BindPeriod(db, *stmt, deck, since_ms, until_ms); !bound) {
        return Fail(bound.error());
    }
    stmt->Bind(4, std::max(0, limit));
    ReviewCounts counts;
    auto read = ForEachRow(*stmt, [&] { ++counts.by_phase_before[stmt->Int(0)]; });
    if (!read) {
        return Fail(read.error());
    }
    return counts;
}

}  // namespace summit::storage
