// Per-topic mastery and the hardest questions.
#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "app/stats/charts.h"

namespace summit::stats {
namespace {

struct CardMemory {
    int64_t question_id;
    double retrievability;  // 0 for cards never studied
    bool studied;
};

}  // namespace

std::vector<TopicMastery> ComputeTopicMastery(const StatsInput& input) {
    std::unordered_map<std::string_view, size_t> slot_of_topic;
    std::vector<std::vector<CardMemory>> cards_by_topic;
    for (const CardRow& card : input.cards) {
        auto [it, inserted] = slot_of_topic.try_emplace(card.topic, cards_by_topic.size());
        if (inserted) {
            cards_by_topic.emplace_back();
        }
        const bool studied = IsStudied(card);
        cards_by_topic[it->second].push_back(
            {card.question_id, studied ? CardRetrievability(input, card) : 0.0, studied});
    }

    std::vector<TopicMastery> topics;
    topics.reserve(slot_of_topic.size());
    for (const auto& [topic, slot] : slot_of_topic) {
        std::vector<CardMemory>& cards = cards_by_topic[slot];
        std::sort(cards.begin(), cards.end(), [](const CardMemory& a, const CardMemory& b) {
            return a.question_id < b.question_id;
        });
        TopicMastery mastery;
        mastery.topic = std::string(topic);
        mastery.cards = static_cast<int>(cards.size());
        double sum = 0;
        for (size_t i = 0; i < cards.size();) {
            // One question: all its cards must be at or above the desired retention.
            bool mastered = true;
            size_t j = i;
            for (; j < cards.size() && cards[j].question_id == cards[i].question_id; ++j) {
                mastered = mastered && cards[j].studied &&
                           cards[j].retrievability >= input.desired_retention;
                if (cards[j].studied) {
                    ++mastery.studied_cards;
                    sum += cards[j].retrievability;
                }
            }
            ++mastery.questions;
            mastery.mastered += mastered ? 1 : 0;
            i = j;
        }
        if (mastery.studied_cards > 0) {
            mastery.mean_retrievability = sum / mastery.studied_cards;
        }
        topics.push_back(std::move(mastery));
    }
    std::sort(topics.begin(), topics.end(),
              [](const TopicMastery& a, const TopicMastery& b) { return a.topic < b.topic; });
    return topics;
}

std::optional<double> HardQuestion::Accuracy() const {
    if (reviews == 0) {
        return std::nullopt;
    }
    return static_cast<double>(correct) / reviews;
}

std::vector<HardQuestion> ComputeHardest(const StatsInput& input, int limit) {
    if (limit <= 0) {
        return {};
    }
    std::unordered_map<int64_t, size_t> slot_of_question;
    slot_of_question.reserve(input.cards.size());
    std::vector<HardQuestion> questions;
    auto slot = [&](int64_t question_id) -> HardQuestion& {
        auto [it, inserted] = slot_of_question.try_emplace(question_id, questions.size());
        if (inserted) {
            questions.push_back({});
            questions.back().question_id = question_id;
        }
        return questions[it->second];
    };
    for (const CardRow& card : input.cards) {
        HardQuestion& question = slot(card.question_id);
        question.topic = card.topic;
        question.lapses += card.lapses;
    }
    for (const ReviewRow& review : input.reviews) {
        HardQuestion& question = slot(review.question_id);
        ++question.reviews;
        question.correct += review.correct ? 1 : 0;
    }
    std::erase_if(questions, [](const HardQuestion& q) { return q.reviews == 0; });

    // Fewer correct per review ranks harder; compare as cross products to stay exact.
    auto harder = [](const HardQuestion& a, const HardQuestion& b) {
        if (a.lapses != b.lapses) {
            return a.lapses > b.lapses;
        }
        const int64_t lhs = static_cast<int64_t>(a.correct) * b.reviews;
        const int64_t rhs = static_cast<int64_t>(b.correct) * a.reviews;
        if (lhs != rhs) {
            return lhs < rhs;
        }
        if (a.reviews != b.reviews) {
            return a.reviews > b.reviews;
        }
        return a.question_id < b.question_id;
    };
    const size_t count = std::min(questions.size(), static_cast<size_t>(limit));
    std::partial_sort(questions.begin(), questions.begin() + static_cast<ptrdiff_t>(count),
                      questions.end(), harder);
    questions.resize(count);

    if (!input.questions.empty()) {
        for (HardQuestion& question : questions) {
            for (const QuestionRow& row : input.questions) {
                if (row.question_id == question.question_id) {
                    question.prompt = row.prompt;
                    break;
                }
            }
        }
    }
    return questions;
}

}  // namespace summit::stats
