// FetchStatsInput: the collection's cards, review log, prompts and quizzes as statistics rows.
#include "app/stats/fetch.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "app/decks/deck_settings_store.h"
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

Result<StatsInput> FetchStatsInput(const storage::Collection& collection, const StatsFilter& filter,
                                   int64_t now_ms) {
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

    // Light cards (no question JSON decoded) and the log in one join-free pass: reviews are
    // matched to the kept cards here, which filters by deck and topic at once.
    storage::CardQuery card_query = storage::CardQuery::All(filter.deck);
    card_query.full_questions = false;
    auto cards = collection.LoadCards(card_query);
    if (!cards) {
        return Fail(cards.error());
    }
    IdSlots kept_cards(cards->size());
    std::vector<int64_t> question_of_slot;  // by the slot kept_cards gives a card
    question_of_slot.reserve(cards->size());
    input.cards.reserve(cards->size());
    for (storage::StudyCard& card : *cards) {
        if (filter.topic && !TopicMatches(card.question.topic, *filter.topic)) {
            continue;
        }
        kept_cards.Slot(card.id.value);
        question_of_slot.push_back(card.question_id.value);
        CardRow row;
        row.card_id = card.id.value;
        row.question_id = card.question_id.value;
        row.topic = std::move(card.question.topic);
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
    }

    // Converted while the log is read, so a million rows are held once, as statistics rows.
    auto scanned = collection.ForEachReview([&](const storage::ReviewEntry& review) {
        const std::optional<size_t> slot = kept_cards.Find(review.card_id.value);
        if (!slot) {
            return;  // a card of another deck or outside the topic filter
        }
        ReviewRow row;
        row.card_id = review.card_id.value;
        row.question_id = question_of_slot[*slot];
        row.time_ms = review.time_ms;
        row.rating = review.rating;
        row.correct = review.correct;
        row.duration_ms = review.duration_ms;
        row.phase_before = review.phase_before;
        row.interval_before_days = review.scheduled_days_before;
        input.reviews.push_back(row);
    });
    if (!scanned) {
        return Fail(scanned.error());
    }

    // Titles as the window shows them; a topic id is only the fallback.
    auto topics = collection.ListTopics(filter.deck);
    if (!topics) {
        return Fail(topics.error());
    }
    for (const content::Topic& topic : *topics) {
        if (!topic.name.empty()) {
            input.topic_titles.emplace(topic.id, topic.name);
        }
    }

    auto questions = collection.ListQuestions(filter.deck);
    if (!questions) {
        return Fail(questions.error());
    }
    for (storage::QuestionRow& question : *questions) {
        if (filter.topic && !TopicMatches(question.topic, *filter.topic)) {
            continue;
        }
        input.questions.push_back({question.id.value, std::move(question.guid),
                                   PromptAsAsked(question.type, std::move(question.prompt))});
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

}  // namespace summit::stats
