// The review log's columns and their mapping to StoredReview and CardSnapshot.
#include "storage/codec/review_row.h"

#include <algorithm>
#include <limits>

namespace summit::storage {
namespace {

constexpr int64_t kDayMs = 86'400'000;

// After id, card_id and the time column.
constexpr const char* kReviewColumns =
    "rating, correct, duration_ms, answer, shuffle_seed, "
    "phase_after, phase_before, stability_before, difficulty_before, ease_before, step_before, "
    "due_before_ms, last_review_before_ms, scheduled_days_before, reps_before, lapses_before, "
    "suspended_before, buried_until_before_ms";
constexpr int kReviewColumnCount = 21;  // with id, card_id and the time column

// True when the due time is the last review plus the interval in whole days, which the
// column then leaves NULL. The interval bound keeps the sum far from overflow in C++ and SQL.
bool DueFollowsInterval(const CardState& state) {
    constexpr int kMaxDays = 10'000'000;
    return state.scheduled_days >= 0 && state.scheduled_days <= kMaxDays &&
           state.last_review_ms >= 0 &&
           state.last_review_ms <= std::numeric_limits<int64_t>::max() / 2 &&
           state.due_ms == state.last_review_ms + state.scheduled_days * kDayMs;
}

}  // namespace

Result<StoredReview> StoredReviewOf(int64_t card, const CardSnapshot& before,
                                    const CardState& new_state, const ReviewRecord& review,
                                    std::optional<int64_t> shuffle_seed) {
    const int rating = static_cast<int>(review.rating);
    if (rating < 1 || rating > 4) {
        return Fail(ErrorCode::kInvalidArgument,
                    "rating " + std::to_string(rating) + " is outside 1..4");
    }
    StoredReview stored;
    stored.before = before;
    stored.card_id = card;
    stored.time_ms = review.time_ms;
    stored.rating = rating;
    stored.correct = review.correct;
    stored.duration_ms = review.duration_ms;
    stored.answer = review.answer;
    stored.shuffle_seed = shuffle_seed;
    stored.phase_after = static_cast<int>(new_state.phase);
    return stored;
}

std::string InsertReviewSql(ReviewTimeColumn time) {
    std::string sql = "INSERT INTO revlog (id, card_id, ";
    sql += time == ReviewTimeColumn::kTimeMs ? "time_ms, " : "id_offset_ms, ";
    sql += kReviewColumns;
    sql += ") VALUES (";
    for (int i = 0; i < kReviewColumnCount; ++i) {
        sql += i == 0 ? "?" : ", ?";
    }
    return sql + ")";
}

void BindStoredReview(Statement& stmt, const StoredReview& review, ReviewTimeColumn time) {
    const int next = 2;
    const CardState& state = review.before.state;
    stmt.Bind(1, review.id)
        .Bind(next, review.card_id)
        .Bind(next + 1,
              time == ReviewTimeColumn::kTimeMs ? review.time_ms : review.id - review.time_ms)
        .Bind(next + 2, review.rating)
        .Bind(next + 3, review.correct ? 1 : 0)
        .Bind(next + 4, review.duration_ms)
        .Bind(next + 5, review.answer)
        .Bind(next + 6, review.shuffle_seed)
        .Bind(next + 7, review.phase_after)
        .Bind(next + 8, static_cast<int>(state.phase))
        .Bind(next + 9, state.stability)
        .Bind(next + 10, state.difficulty)
        .Bind(next + 11, state.ease)
        .Bind(next + 12, state.step);
    if (DueFollowsInterval(state)) {
        stmt.Bind(next + 13, std::nullopt);
    } else {
        stmt.Bind(next + 13, state.due_ms);
    }
    stmt.Bind(next + 14, state.last_review_ms)
        .Bind(next + 15, state.scheduled_days)
        .Bind(next + 16, state.reps)
        .Bind(next + 17, state.lapses)
        .Bind(next + 18, review.before.suspended ? 1 : 0)
        .Bind(next + 19, review.before.buried_until_ms);
}

std::string SnapshotBeforeColumns(std::string_view prefix) {
    const std::string p(prefix);
    return p + "phase_before, " + p + "stability_before, " + p + "difficulty_before, " + p +
           "ease_before, " + p + "step_before, coalesce(" + p + "due_before_ms, " + p +
           "last_review_before_ms + " + p + "scheduled_days_before * " + std::to_string(kDayMs) +
           "), " + p + "last_review_before_ms, " + p + "scheduled_days_before, " + p +
           "reps_before, " + p + "lapses_before, " + p + "suspended_before, " + p +
           "buried_until_before_ms";
}

Result<ReviewIdAllocator> ReviewIdAllocator::Prepare(Db& db) {
    auto taken = Statement::Prepare(db, "SELECT id FROM revlog WHERE id >= ? ORDER BY id");
    if (!taken) {
        return Fail(taken.error());
    }
    return ReviewIdAllocator(std::move(*taken));
}

Result<int64_t> ReviewIdAllocator::Next(int64_t time_ms) {
    const bool in_run = run_start_ <= time_ms && time_ms <= run_end_;
    int64_t id = in_run ? run_end_ + 1 : time_ms;
    taken_.Reset();
    taken_.Bind(1, id);
    while (true) {
        auto row = taken_.Step();
        if (!row) {
            return Fail(row.error());
        }
        if (!*row || taken_.Int(0) != id) {
            break;
        }
        if (id == std::numeric_limits<int64_t>::max()) {
            return Fail(ErrorCode::kInvalidArgument, "no review id is free from the answer time " +
                                                         std::to_string(time_ms) + " on");
        }
        ++id;
    }
    taken_.Reset();
    // The caller takes `id` now: every id from time_ms (or the run it fell in) to it is taken.
    if (!in_run) {
        run_start_ = time_ms;
    }
    run_end_ = id;
    return id;
}

}  // namespace summit::storage
