// Summit card states and reviews -> Anki cards.type/queue/due/ivl/factor and revlog rows.
#include "storage/anki/scheduling_to_anki.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "storage/anki/anki_package_writer.h"

namespace summit::storage::anki {
namespace {

constexpr std::int64_t kDayMs = 86400000;

void ApplyState(const StudyCard& study, std::int64_t now_ms, AnkiCard& card) {
    const CardState& state = study.state;
    card.reps = state.reps;
    card.lapses = state.lapses;
    card.factor = state.ease > 0 ? static_cast<int>(state.ease * 1000 + 0.5) : 2500;
    switch (state.phase) {
        case CardPhase::kNew:
            card.type = 0;
            card.queue = 0;
            card.factor = 0;
            break;
        case CardPhase::kLearning:
        case CardPhase::kRelearning:
            card.type = state.phase == CardPhase::kLearning ? 1 : 3;
            card.queue = 1;  // due in unix seconds
            card.due = state.due_ms / 1000;
            card.ivl =
                state.phase == CardPhase::kRelearning ? std::max(state.scheduled_days, 1) : 0;
            break;
        case CardPhase::kReview:
            card.type = 2;
            card.queue = 2;  // due as a day number from col.crt
            card.due = (state.due_ms - CreationDaySeconds(now_ms) * 1000) / kDayMs;
            card.ivl = std::max(state.scheduled_days, 1);
            break;
    }
    if (study.suspended) {
        card.queue = -1;
    } else if (study.buried_until_ms > now_ms) {
        card.queue = -3;
    }
    if (state.stability > 0 && state.difficulty > 0) {
        char data[96];
        std::snprintf(data, sizeof data, "{\"s\":%.4f,\"d\":%.4f}", state.stability,
                      state.difficulty);
        card.data = data;
    }
}

// revlog.type: 0 learning, 1 review, 2 relearning, by the phase the card was asked in.
int RevlogType(CardPhase before) {
    switch (before) {
        case CardPhase::kReview:
            return 1;
        case CardPhase::kRelearning:
            return 2;
        default:
            return 0;
    }
}

}  // namespace

Status AddScheduling(const Collection& collection, DeckId deck, std::int64_t now_ms,
                     AnkiExport& exported) {
    CardQuery query = CardQuery::All(deck);
    query.full_questions = false;
    auto cards = collection.LoadCards(query);
    if (!cards) {
        return Fail(cards.error());
    }
    std::map<std::int64_t, std::size_t> anki_card_of;  // Summit card id -> package.cards index
    for (const StudyCard& study : *cards) {
        auto found = exported.card_of.find({study.guid, study.ordinal});
        if (found == exported.card_of.end()) {
            continue;
        }
        anki_card_of[study.id.value] = found->second;
        ApplyState(study, now_ms, exported.package.cards[found->second]);
    }
    auto reviews = collection.ReadReviewLog(deck);
    if (!reviews) {
        return Fail(reviews.error());
    }
    // The interval a review gave is the one the card's next review was asked at; the last
    // review's is the card's current one.
    std::map<std::int64_t, int> given;  // Anki card index -> interval of its later review
    for (const AnkiCard& card : exported.package.cards) {
        given[card.id] = static_cast<int>(card.ivl);
    }
    std::vector<AnkiRevlog> revlog;
    std::set<std::int64_t> ids;
    for (auto review = reviews->rbegin(); review != reviews->rend(); ++review) {
        auto found = anki_card_of.find(review->card_id.value);
        if (found == anki_card_of.end()) {
            continue;
        }
        const AnkiCard& card = exported.package.cards[found->second];
        // revlog ids are answer times in ms and must be unique.
        std::int64_t id = review->time_ms;
        while (!ids.insert(id).second) {
            --id;
        }
        const bool learning = review->phase_after == CardPhase::kLearning ||
                              review->phase_after == CardPhase::kRelearning;
        revlog.push_back(AnkiRevlog{id, card.id, static_cast<int>(review->rating),
                                    learning ? 0 : given[card.id], review->scheduled_days_before,
                                    card.factor, review->duration_ms,
                                    RevlogType(review->phase_before)});
        given[card.id] = review->scheduled_days_before;
    }
    std::ranges::sort(revlog, {}, &AnkiRevlog::id);
    exported.package.revlog = std::move(revlog);
    return {};
}

}  // namespace summit::storage::anki
