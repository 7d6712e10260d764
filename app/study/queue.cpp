// Building the study queue from fetched card rows: selection, order, limits, interleaving and
// spacing of related cards.
#include "app/study/queue.h"

#include <algorithm>
#include <cassert>
#include <functional>
#include <string>
#include <tuple>

#include "app/scheduler/fsrs.h"
#include "storage/codec/source_key.h"

namespace summit::study {
namespace {

// The spacing pass may compare at most this many cards per queue entry in total, so a queue
// made mostly of one question's siblings stays O(n) instead of O(n^2).
constexpr size_t kSpacingBudgetPerCard = 64;

struct Candidate {
    const QueueCard* card;
    double sort_key;  // retrievability for reviews; unused otherwise
};

bool IsLearning(CardPhase phase) {
    return phase == CardPhase::kLearning || phase == CardPhase::kRelearning;
}

// Learning cards on a day-scale step (scheduled_days >= 1) are due for the whole study day,
// like reviews; short steps are due at their exact time.
bool LearningDueNow(const CardState& state, const QueueOptions& options) {
    if (state.scheduled_days >= 1) {
        return state.due_ms < options.next_day_start_ms;
    }
    return state.due_ms <= options.now_ms;
}

// Spreads the smaller list through the larger: minor item k follows floor((k+1) * M / (m+1))
// major items, so gaps differ by at most one and neither kind is bunched at an end.
std::vector<const QueueCard*> Interleave(const std::vector<const QueueCard*>& reviews,
                                         const std::vector<const QueueCard*>& fresh) {
    const bool fresh_minor = fresh.size() <= reviews.size();
    const auto& major = fresh_minor ? reviews : fresh;
    const auto& minor = fresh_minor ? fresh : reviews;
    std::vector<const QueueCard*> merged;
    merged.reserve(major.size() + minor.size());
    size_t next_major = 0;
    for (size_t k = 0; k < minor.size(); ++k) {
        const size_t major_before = (k + 1) * major.size() / (minor.size() + 1);
        while (next_major < major_before) {
            merged.push_back(major[next_major++]);
        }
        merged.push_back(minor[k]);
    }
    while (next_major < major.size()) {
        merged.push_back(major[next_major++]);
    }
    return merged;
}

// Moves related cards apart: when card i is related to the card before it, a later card that
// is not related to that card is moved up to position i, keeping the relative order of
// everything else. The search resumes after the card last moved (the cards it skipped are
// usually the same run of related cards), then falls back to the skipped part; a comparison
// budget bounds the worst case.
void SpaceRelated(std::vector<Candidate>& order, const std::optional<QueueCard>& previous) {
    size_t budget = kSpacingBudgetPerCard * order.size();
    size_t resume = 0;
    auto move_up = [&](size_t i, size_t from, size_t to, const QueueCard& before) {
        for (size_t j = from; j < to && budget > 0; ++j, --budget) {
            if (!Related(before, *order[j].card)) {
                std::rotate(order.begin() + static_cast<std::ptrdiff_t>(i),
                            order.begin() + static_cast<std::ptrdiff_t>(j),
                            order.begin() + static_cast<std::ptrdiff_t>(j + 1));
                resume = j + 1;
                return true;
            }
        }
        return false;
    };
    for (size_t i = 0; i < order.size() && budget > 0; ++i) {
        const QueueCard* before = i > 0 ? order[i - 1].card : (previous ? &*previous : nullptr);
        if (before == nullptr || !Related(*before, *order[i].card)) {
            continue;
        }
        const size_t start = std::max(i + 1, resume);
        if (!move_up(i, start, order.size(), *before)) {
            move_up(i, i + 1, start, *before);
        }
    }
}

}  // namespace

const char* QueueReasonName(QueueReason reason) {
    switch (reason) {
        case QueueReason::kLearning:
            return "learning";
        case QueueReason::kReview:
            return "review";
        case QueueReason::kNew:
            return "new";
        case QueueReason::kAhead:
            return "ahead";
    }
    return "unknown";
}

bool Related(const QueueCard& a, const QueueCard& b) {
    if (a.question_key != 0 && a.question_key == b.question_key) {
        return true;
    }
    return a.source_key != 0 && a.source_key == b.source_key;
}

StudyQueue BuildQueue(const std::vector<QueueCard>& cards, const QueueOptions& options) {
    std::vector<Candidate> learning;
    std::vector<Candidate> ahead;
    std::vector<Candidate> reviews;
    std::vector<const QueueCard*> fresh;
    const int64_t ahead_limit_ms = options.now_ms + options.learn_ahead_ms;

    for (const QueueCard& card : cards) {
        if (card.suspended || card.buried) {
            continue;
        }
        const CardState& state = card.state;
        if (IsLearning(state.phase)) {
            if (LearningDueNow(state, options)) {
                learning.push_back({&card, 0});
            } else if (state.due_ms <= ahead_limit_ms) {
                ahead.push_back({&card, 0});
            }
        } else if (state.phase == CardPhase::kReview) {
            if (state.due_ms < options.next_day_start_ms) {
                const double r = options.retrievability ? options.retrievability(state) : 0.0;
                reviews.push_back({&card, r});
            }
        } else {
            fresh.push_back(&card);
        }
    }

    StudyQueue queue;
    queue.review_due_total = static_cast<int>(reviews.size());
    queue.new_available = static_cast<int>(fresh.size());

    auto by_due = [](const Candidate& a, const Candidate& b) {
        return std::tie(a.card->state.due_ms, a.card->card_id) <
               std::tie(b.card->state.due_ms, b.card->card_id);
    };
    std::sort(learning.begin(), learning.end(), by_due);

    // Room left today: reviews first, then new cards within both limits.
    const int room = std::max(0, options.reviews_per_day - options.studied_today.reviews -
                                     options.studied_today.new_cards);
    const size_t review_take = std::min(reviews.size(), static_cast<size_t>(room));
    const int new_room = std::min(options.new_per_day - options.studied_today.new_cards,
                                  room - static_cast<int>(review_take));
    const size_t new_take = std::min(fresh.size(), static_cast<size_t>(std::max(0, new_room)));

    auto at_risk_first = [](const Candidate& a, const Candidate& b) {
        return std::tie(a.sort_key, a.card->state.due_ms, a.card->card_id) <
               std::tie(b.sort_key, b.card->state.due_ms, b.card->card_id);
    };
    const auto review_end = reviews.begin() + static_cast<std::ptrdiff_t>(review_take);
    std::partial_sort(reviews.begin(), review_end, reviews.end(), at_risk_first);
    reviews.erase(review_end, reviews.end());

    auto by_position = [](const QueueCard* a, const QueueCard* b) {
        return std::tie(a->position, a->card_id) < std::tie(b->position, b->card_id);
    };
    const auto fresh_end = fresh.begin() + static_cast<std::ptrdiff_t>(new_take);
    std::partial_sort(fresh.begin(), fresh_end, fresh.end(), by_position);
    fresh.erase(fresh_end, fresh.end());

    std::vector<const QueueCard*> review_cards;
    review_cards.reserve(reviews.size());
    for (const Candidate& c : reviews) {
        review_cards.push_back(c.card);
    }

    std::vector<Candidate> order = std::move(learning);
    const size_t learning_count = order.size();
    for (const QueueCard* card : Interleave(review_cards, fresh)) {
        order.push_back({card, 0});
    }
    if (order.empty()) {
        std::sort(ahead.begin(), ahead.end(), by_due);
        order = std::move(ahead);
    }
    const bool idle = learning_count == 0 && review_cards.empty() && fresh.empty();
    SpaceRelated(order, options.previous);

    queue.entries.reserve(order.size());
    for (const Candidate& c : order) {
        const CardState& state = c.card->state;
        QueueReason reason = QueueReason::kNew;
        if (IsLearning(state.phase)) {
            reason = idle ? QueueReason::kAhead : QueueReason::kLearning;
        } else if (state.phase == CardPhase::kReview) {
            reason = QueueReason::kReview;
        }
        switch (reason) {
            case QueueReason::kLearning:
                ++queue.learning;
                break;
            case QueueReason::kReview:
                ++queue.review;
                break;
            case QueueReason::kNew:
                ++queue.fresh;
                break;
            case QueueReason::kAhead:
                ++queue.ahead;
                break;
        }
        queue.entries.push_back({c.card->card_id, reason});
    }
    assert(queue.entries.size() == order.size());
    return queue;
}

namespace {

constexpr int64_t kMsPerHour = 3'600'000;

}  // namespace

double PredictedRecall(const FsrsScheduler& scheduler, const CardState& state, int64_t now_ms) {
    if (state.stability > 0) {
        return scheduler.Retrievability(state, now_ms);
    }
    // An SM-2 card has no stability: its last interval stands in for it, since an interval is
    // about the time recall falls to the target.
    const double days = static_cast<double>(std::max(1, state.scheduled_days));
    const double elapsed =
        static_cast<double>(std::max<int64_t>(0, now_ms - state.last_review_ms) / 86'400'000);
    return scheduler.model().ForgettingCurve(elapsed, days);
}

int64_t StudyDayStartMs(int64_t now_ms, const DayRule& rule) {
    // Study days last at most 25 hours (a DST change), so 26 hours back is an earlier day and
    // the day after it starts at or before now; step forward to the last such start.
    int64_t start = NextDayStartMs(now_ms - 26 * kMsPerHour, rule);
    for (int64_t next = NextDayStartMs(start, rule); next <= now_ms;
         next = NextDayStartMs(next, rule)) {
        start = next;
    }
    return start;
}

QueueOptions MakeQueueOptions(const DeckSettings& settings, int64_t now_ms, StudiedToday studied) {
    QueueOptions options;
    options.now_ms = now_ms;
    options.next_day_start_ms = NextDayStartMs(now_ms, settings.Day());
    options.learn_ahead_ms = int64_t{settings.learn_ahead_minutes} * 60'000;
    options.new_per_day = settings.new_per_day;
    options.reviews_per_day = settings.reviews_per_day;
    options.studied_today = studied;
    return options;
}

QueueCard ToQueueCard(const storage::StudyCard& card, int64_t position, int64_t now_ms) {
    QueueCard row;
    row.card_id = card.id;
    row.question_key = static_cast<uint64_t>(card.question_id.value);
    const auto& source = card.question.source;
    if (source && source->paragraph >= 0) {
        row.source_key = storage::SourceKey(storage::GuidBank(card.guid), source->article,
                                            source->paragraph, card.question.topic);
    }
    row.state = card.state;
    row.suspended = card.suspended;
    row.buried = card.buried_until_ms > now_ms;
    row.position = position;
    return row;
}

Result<StudyQueue> FetchQueue(const storage::Collection& collection,
                              const QueueSelection& selection, int64_t now_ms) {
    auto settings = LoadDeckSettings(collection, selection.deck);
    if (!settings) {
        return std::unexpected(settings.error());
    }
    auto fsrs = FsrsScheduler::Create(ToFsrsParams(*settings));
    if (!fsrs) {
        return std::unexpected(fsrs.error());
    }

    const int64_t day_start = StudyDayStartMs(now_ms, settings->Day());
    // Past the daily limit the queue is the same however far past it today went.
    auto today = collection.CountReviewsTowardLimit(selection.deck, day_start, now_ms,
                                                    settings->reviews_per_day);
    if (!today) {
        return std::unexpected(today.error());
    }
    StudiedToday studied;
    studied.new_cards = today->Count(CardPhase::kNew);
    studied.reviews = today->Count(CardPhase::kReview);
    QueueOptions options = MakeQueueOptions(*settings, now_ms, studied);

    // Only what BuildQueue can use: learning cards due now or within the learn-ahead window
    // (or today, on a day-scale step), the reviews today's room can take (ranked in SQL, with
    // a margin; BuildQueue's order is the exact one), and — without a topic filter, whose
    // new_available counts every new card — no more new cards than today's room.
    const int room = std::max(0, options.reviews_per_day - studied.reviews - studied.new_cards);
    storage::QueueRowQuery query;
    query.deck = selection.deck;
    query.topic = selection.topic;
    query.now_ms = now_ms;
    query.learning_due_before_ms = now_ms + options.learn_ahead_ms + 1;
    query.review_due_before_ms = options.next_day_start_ms;
    query.day_start_ms = day_start;
    query.review_limit = room;
    if (!selection.topic) {
        query.new_limit = std::max(0, std::min(options.new_per_day - studied.new_cards, room));
    }
    auto loaded = collection.LoadQueueRows(query);
    if (!loaded) {
        return std::unexpected(loaded.error());
    }

    std::vector<QueueCard> rows;
    rows.reserve(loaded->rows.size());
    int64_t position = 0;
    for (const storage::QueueRow& card : loaded->rows) {
        QueueCard& row = rows.emplace_back();
        row.card_id = card.id;
        row.question_key = static_cast<uint64_t>(card.question_id.value);
        row.source_key = card.source_key;
        row.state = card.state;
        row.buried = card.buried_until_ms > now_ms;
        row.position = position++;  // new cards come last, in the order they were added
    }

    const FsrsScheduler& scheduler = *fsrs;
    options.retrievability = [&scheduler, now_ms](const CardState& state) {
        return PredictedRecall(scheduler, state, now_ms);
    };
    StudyQueue queue = BuildQueue(rows, options);
    queue.review_due_total = loaded->review_due_total;  // the rows hold only the top-ranked
    return queue;
}

}  // namespace summit::study
