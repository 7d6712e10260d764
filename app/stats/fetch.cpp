// FetchStatsInput: the collection's cards, review log, prompts and quizzes as statistics rows.
#include "app/stats/fetch.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "app/decks/deck_settings_store.h"
#include "app/stats/charts.h"
#include "app/stats/day_index.h"
#include "app/stats/id_slots.h"
#include "content/model/cloze.h"

namespace summit::stats {
namespace {

// The prompt as a student is asked it: a cloze sentence shows blanks, never its answers. A
// cloze that does not parse (it was validated on import) is shown as stored.
std::string PromptAsAsked(content::QuestionType type, std::string prompt) {
    if (type != content::QuestionType::kCloze) {
        return prompt;
    }
    auto cloze = content::ParseCloze(prompt);
    return cloze ? content::ClozeWithBlanks(*cloze) : prompt;
}

}  // namespace

bool TopicMatches(std::string_view topic, std::string_view filter) {
    if (!topic.starts_with(filter)) {
        return false;
    }
    return topic.size() == filter.size() || topic[filter.size()] == ':';
}

namespace {

// Everything but the review log and the prompts: settings, the kept cards, topic titles and
// quizzes. `kept_cards`, when given, gives each kept card its index in StatsInput::cards as
// its slot (for matching review rows to cards; the summaries need no such matching).
Result<StatsInput> FetchAllButReviews(const storage::Collection& collection,
                                      const StatsFilter& filter, int64_t now_ms,
                                      IdSlots* kept_cards) {
    auto settings = study::LoadDeckSettings(collection, filter.deck);
    if (!settings) {
        return Fail(settings.error());
    }
    StatsInput input;
    input.now_ms = now_ms;
    input.day_rule = settings->Day();
    input.desired_retention = settings->desired_retention;
    // Fitted weights (summit optimize --apply) bring their own forgetting curve.
    if (!settings->fsrs_weights.empty()) {
        input.fsrs_decay = settings->fsrs_weights[study::kFsrsWeightCount - 1];
    }

    // Only each card's state and topic: no question text is read.
    auto cards = collection.ForEachCardState(
        filter.deck,
        [&](size_t count) {
            input.cards.reserve(count);
            if (kept_cards != nullptr) {
                *kept_cards = IdSlots(count);
            }
        },
        [&](storage::CardStateRow& card) {
            if (filter.topic && !TopicMatches(card.topic, *filter.topic)) {
                return;
            }
            if (kept_cards != nullptr) {
                kept_cards->Slot(card.id.value);
            }
            CardRow row;
            row.card_id = card.id.value;
            row.question_id = card.question_id.value;
            row.topic = std::move(card.topic);
            row.phase = card.state.phase;
            row.suspended = card.suspended;
            row.due_ms = card.state.due_ms;
            row.stability = card.state.stability;
            row.difficulty = card.state.difficulty;
            row.last_review_ms = card.state.last_review_ms;
            row.scheduled_days = card.state.scheduled_days;
            row.reps = card.state.reps;
            row.lapses = card.state.lapses;
            input.cards.push_back(std::move(row));
        });
    if (!cards) {
        return Fail(cards.error());
    }
    auto topics = collection.ListTopics(filter.deck);
    if (!topics) {
        return Fail(topics.error());
    }
    for (const content::Topic& topic : *topics) {
        if (!topic.name.empty()) {
            input.topic_titles.emplace(topic.id, topic.name);
        }
    }

    auto quizzes = collection.ListQuizAttempts();
    if (!quizzes) {
        return Fail(quizzes.error());
    }
    for (const storage::QuizAttempt& quiz : *quizzes) {
        if (quiz.finished_ms > 0) {
            input.quizzes.push_back({quiz.finished_ms, quiz.score, quiz.max_score});
        }
    }
    return input;
}

QuestionRow StatsQuestion(storage::QuestionRow&& question) {
    return {question.id.value, std::move(question.guid),
            PromptAsAsked(question.type, std::move(question.prompt))};
}

// The quarter hours of days [first_day, last_day] each lie inside one study day: every day
// boundary falls on a quarter hour.
bool QuartersFitDays(const DayIndex& days, int64_t first_day, int64_t last_day) {
    for (int64_t day = first_day; day <= last_day + 1; ++day) {
        if (days.StartMs(day) % storage::ReviewQuarter::kMs != 0) {
            return false;
        }
    }
    return true;
}

// Reads the summary for the report on the days a report with `options` looks at; nullopt
// when a day boundary of the time zone is not on a quarter hour (then only rows are exact).
Result<std::optional<ReviewSummary>> FetchReviewSummary(const storage::Collection& collection,
                                                        const StatsInput& input,
                                                        const ReportOptions& options) {
    const DayIndex days = ReportDayIndex(input.day_rule, input.now_ms);
    const int64_t today = days.Day(input.now_ms);
    // The streak's year (366 days), the retention year and the charts' windows.
    const int64_t first_day =
        today - std::max({365, options.period_days - 1, options.calendar_days - 1});
    if (!QuartersFitDays(days, first_day, today)) {
        return std::optional<ReviewSummary>();
    }
    ReviewSummary summary;
    summary.first_quarter = days.StartMs(first_day) / storage::ReviewQuarter::kMs;
    const int64_t end_ms = days.StartMs(today + 1);
    auto quarters =
        collection.ReadReviewQuarters(summary.first_quarter, end_ms / storage::ReviewQuarter::kMs);
    if (!quarters) {
        return Fail(quarters.error());
    }
    summary.quarters = std::move(*quarters);
    const bool first_day_answered =
        !summary.quarters.empty() &&
        days.Day(summary.quarters.front().quarter * storage::ReviewQuarter::kMs) == first_day;
    if (first_day_answered) {
        auto older = collection.ReadAnsweredQuartersBefore(summary.first_quarter);
        if (!older) {
            return Fail(older.error());
        }
        for (const int64_t quarter : *older) {
            const int64_t start = quarter * storage::ReviewQuarter::kMs;
            if (days.Day(start) != days.Day(start + storage::ReviewQuarter::kMs - 1)) {
                return std::optional<ReviewSummary>();
            }
        }
        summary.older_answered_quarters = std::move(*older);
    }
    auto totals = collection.ReadCardAnswerTotals();
    if (!totals) {
        return Fail(totals.error());
    }
    summary.card_totals = std::move(*totals);
    auto same_day = collection.ReadSameDayCandidates(days.StartMs(first_day), end_ms);
    if (!same_day) {
        return Fail(same_day.error());
    }
    summary.same_day = std::move(*same_day);
    return std::optional<ReviewSummary>(std::move(summary));
}

}  // namespace

Result<StatsInput> FetchStatsInput(const storage::Collection& collection, const StatsFilter& filter,
                                   int64_t now_ms) {
    IdSlots kept_cards;
    auto input = FetchAllButReviews(collection, filter, now_ms, &kept_cards);
    if (!input) {
        return input;
    }
    // Converted while the log is read in one join-free pass, so a million rows are held once,
    // as statistics rows; matching reviews to the kept cards filters by deck and topic. The
    // whole collection's history also counts the reviews of deleted cards, which the log keeps
    // (its summaries count them too).
    const bool whole_collection = !filter.deck && !filter.topic;
    auto scanned = collection.ForEachReview([&](const storage::ReviewEntry& review) {
        const std::optional<size_t> slot = kept_cards.Find(review.card_id.value);
        if (!slot && !whole_collection) {
            return;  // a card of another deck or outside the topic filter
        }
        ReviewRow row;
        row.card_id = review.card_id.value;
        row.question_id = slot ? input->cards[*slot].question_id : 0;
        row.time_ms = review.time_ms;
        row.rating = review.rating;
        row.correct = review.correct;
        row.duration_ms = review.duration_ms;
        row.phase_before = review.phase_before;
        row.interval_before_days = review.scheduled_days_before;
        input->reviews.push_back(row);
    });
    if (!scanned) {
        return Fail(scanned.error());
    }

    auto questions = collection.ListQuestions(filter.deck);
    if (!questions) {
        return Fail(questions.error());
    }
    for (storage::QuestionRow& question : *questions) {
        if (filter.topic && !TopicMatches(question.topic, *filter.topic)) {
            continue;
        }
        input->questions.push_back(StatsQuestion(std::move(question)));
    }
    return input;
}

Result<StatsInput> FetchStatsSummaryInput(const storage::Collection& collection,
                                          const StatsFilter& filter, int64_t now_ms,
                                          const ReportOptions& options) {
    if (filter.deck || filter.topic) {
        return FetchStatsInput(collection, filter, now_ms);
    }
    auto input = FetchAllButReviews(collection, filter, now_ms, nullptr);
    if (!input) {
        return input;
    }
    auto summary = FetchReviewSummary(collection, *input, options);
    if (!summary) {
        return Fail(summary.error());
    }
    if (!*summary) {
        return FetchStatsInput(collection, filter, now_ms);
    }
    input->summary = std::move(**summary);
    // Only the listed questions' prompts are read; the ranking is kept for ComputeReport.
    RankedHardest hardest{options.hardest_limit, ComputeHardest(*input, options.hardest_limit)};
    std::vector<storage::QuestionId> listed;
    for (const HardQuestion& question : hardest.questions) {
        listed.push_back(storage::QuestionId{question.question_id});
    }
    auto questions = collection.ListQuestionsById(listed);
    if (!questions) {
        return Fail(questions.error());
    }
    for (storage::QuestionRow& question : *questions) {
        input->questions.push_back(StatsQuestion(std::move(question)));
    }
    for (HardQuestion& question : hardest.questions) {
        for (const QuestionRow& row : input->questions) {
            if (row.question_id == question.question_id) {
                question.prompt = row.prompt;
                break;
            }
        }
    }
    input->hardest = std::move(hardest);
    return input;
}

}  // namespace summit::stats
