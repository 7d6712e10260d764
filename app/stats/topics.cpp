// Per-topic mastery and the hardest questions.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "app/stats/charts.h"
#include "app/stats/id_slots.h"

namespace summit::stats {
namespace {

struct CardMemory {
    int64_t question_id;
    double retrievability;  // 0 for cards never studied
    bool studied;
    bool mastered;  // see IsMastered
};

std::string TopicTitle(const StatsInput& input, const std::string& topic) {
    const auto found = input.topic_titles.find(topic);
    return found == input.topic_titles.end() ? std::string() : found->second;
}

// Calls `add(card, totals)` for each card of `cards` (card ids are unique) with totals. Both lists
// come by card id from the collection, so a merged walk matches them without a hash table (4 MB, a
// page fault per 4 kB, for 100,000 cards); rows in another order are matched through one.
template <typename Add>
void MatchCardTotals(const std::vector<CardRow>& cards,
                     const std::vector<storage::CardAnswerTotals>& card_totals, Add add) {
    const bool cards_sorted =
        std::is_sorted(cards.begin(), cards.end(),
                       [](const CardRow& a, const CardRow& b) { return a.card_id < b.card_id; });
    const bool totals_sorted =
        std::is_sorted(card_totals.begin(), card_totals.end(),
                       [](const storage::CardAnswerTotals& a, const storage::CardAnswerTotals& b) {
                           return a.card_id.value < b.card_id.value;
                       });
    if (cards_sorted && totals_sorted) {
        size_t c = 0;
        for (const storage::CardAnswerTotals& totals : card_totals) {
            while (c < cards.size() && cards[c].card_id < totals.card_id.value) {
                ++c;
            }
            if (c < cards.size() && cards[c].card_id == totals.card_id.value) {
                add(cards[c], totals);
            }
        }
        return;
    }
    IdSlots card_slots(cards.size());
    for (const CardRow& card : cards) {
        card_slots.Slot(card.card_id);
    }
    for (const storage::CardAnswerTotals& totals : card_totals) {
        if (const std::optional<size_t> slot = card_slots.Find(totals.card_id.value)) {
            add(cards[*slot], totals);
        }
    }
}

}  // namespace

bool IsMastered(const CardRow& card, double retrievability, double desired_retention) {
    if (card.suspended || card.phase != CardPhase::kReview) {
        return false;  // new, still on learning steps, or relearning after a lapse
    }
    // SM-2 cards carry no stability; their interval is the same promise in days.
    const double memory_days =
        card.stability > 0 ? card.stability : static_cast<double>(card.scheduled_days);
    return memory_days >= kMasteryDays && retrievability >= desired_retention;
}

std::vector<TopicMastery> ComputeTopicMastery(const StatsInput& input) {
    std::unordered_map<std::string_view, size_t> slot_of_topic;
    std::vector<std::vector<CardMemory>> cards_by_topic;
    for (const CardRow& card : input.cards) {
        auto [it, inserted] = slot_of_topic.try_emplace(card.topic, cards_by_topic.size());
        if (inserted) {
            cards_by_topic.emplace_back();
        }
        const bool studied = IsStudied(card);
        const double retrievability = studied ? CardRetrievability(input, card) : 0.0;
        cards_by_topic[it->second].push_back(
            {card.question_id, retrievability, studied,
             studied && IsMastered(card, retrievability, input.desired_retention)});
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
        mastery.title = TopicTitle(input, mastery.topic);
        mastery.cards = static_cast<int>(cards.size());
        double sum = 0;
        for (size_t i = 0; i < cards.size();) {
            // One question: all its cards must be mastered.
            bool mastered = true;
            size_t j = i;
            for (; j < cards.size() && cards[j].question_id == cards[i].question_id; ++j) {
                mastered = mastered && cards[j].mastered;
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
    // Aggregate into small rows first; strings are copied only for the questions listed.
    struct Tally {
        int64_t question_id;
        const std::string* topic;
        int lapses;
        int reviews;
        int correct;
    };
    // One tally per card first, in card order, so the summary's per-card totals are added by
    // position; then the cards of a question are merged by sorting on the question (the
    // collection's cards usually come sorted already). No hash table of 100,000 questions.
    std::vector<Tally> tallies;
    tallies.reserve(input.cards.size());
    for (const CardRow& card : input.cards) {
        tallies.push_back({card.question_id, &card.topic, card.lapses, 0, 0});
    }
    if (input.summary) {
        // Totals are per card; a card of another deck or topic has no tally to add to.
        MatchCardTotals(input.cards, input.summary->card_totals,
                        [&](const CardRow& card, const storage::CardAnswerTotals& totals) {
                            Tally& t = tallies[static_cast<size_t>(&card - input.cards.data())];
                            t.reviews += static_cast<int>(totals.answers);
                            t.correct += static_cast<int>(totals.correct);
                        });
    }
    auto by_question = [](const Tally& a, const Tally& b) { return a.question_id < b.question_id; };
    if (!std::is_sorted(tallies.begin(), tallies.end(), by_question)) {
        // Stable: a question shows the topic of its last card, as when tallied card by card.
        std::stable_sort(tallies.begin(), tallies.end(), by_question);
    }
    size_t merged = 0;
    for (size_t i = 0; i < tallies.size(); ++i) {
        if (merged > 0 && tallies[merged - 1].question_id == tallies[i].question_id) {
            Tally& t = tallies[merged - 1];
            t.topic = tallies[i].topic;
            t.lapses += tallies[i].lapses;
            t.reviews += tallies[i].reviews;
            t.correct += tallies[i].correct;
        } else {
            tallies[merged++] = tallies[i];
        }
    }
    tallies.resize(merged);
    if (!input.reviews.empty()) {
        static const std::string kNoTopic;
        IdSlots slots(tallies.size());
        for (const Tally& t : tallies) {
            slots.Slot(t.question_id);
        }
        for (const ReviewRow& review : input.reviews) {
            if (review.question_id == 0) {
                continue;  // a deleted question's
            }
            const size_t index = slots.Slot(review.question_id);
            if (index == tallies.size()) {
                tallies.push_back({review.question_id, &kNoTopic, 0, 0, 0});
            }
            ++tallies[index].reviews;
            tallies[index].correct += review.correct ? 1 : 0;
        }
    }
    std::erase_if(tallies, [](const Tally& t) { return t.reviews == 0; });

    // Fewer correct per review ranks harder; compared as cross products to stay exact.
    auto harder = [](const Tally& a, const Tally& b) {
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
    const size_t count = std::min(tallies.size(), static_cast<size_t>(limit));
    std::partial_sort(tallies.begin(), tallies.begin() + static_cast<ptrdiff_t>(count),
                      tallies.end(), harder);

    std::vector<HardQuestion> hardest;
    hardest.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        const Tally& t = tallies[i];
        HardQuestion question;
        question.question_id = t.question_id;
        question.topic = *t.topic;
        question.topic_title = TopicTitle(input, question.topic);
        question.lapses = t.lapses;
        question.reviews = t.reviews;
        question.correct = t.correct;
        for (const QuestionRow& row : input.questions) {
            if (row.question_id == t.question_id) {
                question.prompt = row.prompt;
                break;
            }
        }
        hardest.push_back(std::move(question));
    }
    return hardest;
}

}  // namespace summit::stats
