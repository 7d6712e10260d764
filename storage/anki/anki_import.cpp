// Anki cards and revlog rows as Summit cards and review-log rows (see anki_import.h).
#include "storage/anki/anki_import.h"

#include <algorithm>
#include <map>
#include <set>

namespace summit::storage::anki {
namespace {

constexpr int64_t kDayMs = 86'400'000;

// Anki's revlog and card types: 0 learning, 1 review, 2 relearning, 3 filtered.
CardPhase PhaseAfter(const AnkiRevlog& row) {
    if (row.ivl > 0) {
        return CardPhase::kReview;
    }
    const bool lapsed = row.type == 2 || (row.type == 1 && row.ease == 1);
    return lapsed ? CardPhase::kRelearning : CardPhase::kLearning;
}

CardPhase PhaseOf(const AnkiCard& card) {
    switch (card.type) {
        case 1:
            return CardPhase::kLearning;
        case 2:
            return CardPhase::kReview;
        case 3:
            return CardPhase::kRelearning;
        default:
            return CardPhase::kNew;
    }
}

// A card's due time: queue 1 and 4 count seconds since the epoch, queues 2 and 3 days since
// the collection's creation day.
int64_t DueMs(const AnkiCard& card, int64_t creation_secs) {
    if (card.queue == 1 || card.queue == 4) {
        return card.due * 1000;
    }
    return creation_secs * 1000 + card.due * kDayMs;
}

}  // namespace

ImportedCardHistory AnkiCardHistory(const AnkiCard& card,
                                    const std::vector<const AnkiRevlog*>& revlog,
                                    int64_t creation_secs, int64_t bury_until_ms,
                                    CardId summit_card) {
    ImportedCardHistory history;
    history.card = summit_card;
    CardState state;
    for (const AnkiRevlog* row : revlog) {
        if (row->ease < 1 || row->ease > 4) {
            continue;
        }
        state.phase = PhaseAfter(*row);
        state.reps += 1;
        state.lapses += row->type == 1 && row->ease == 1 ? 1 : 0;
        state.ease = row->factor > 0 ? row->factor / 1000.0 : state.ease;
        state.scheduled_days = static_cast<int>(std::max<int64_t>(row->ivl, 0));
        state.last_review_ms = row->id;
        state.due_ms = row->id + (row->ivl > 0 ? row->ivl * kDayMs : -row->ivl * 1000);
        ReviewRecord review;
        review.time_ms = row->id;
        review.rating = static_cast<Rating>(row->ease);
        review.correct = row->ease > 1;
        review.duration_ms = row->time_ms;
        history.reviews.push_back({summit_card, state, review});
    }
    CardState final_state;
    final_state.phase = PhaseOf(card);
    if (final_state.phase != CardPhase::kNew) {
        final_state.due_ms = DueMs(card, creation_secs);
        final_state.scheduled_days = static_cast<int>(std::max<int64_t>(card.ivl, 0));
        final_state.reps = card.reps;
        final_state.lapses = card.lapses;
        final_state.last_review_ms = state.last_review_ms > 0
                                         ? state.last_review_ms
                                         : final_state.due_ms - final_state.scheduled_days * kDayMs;
        if (card.fsrs) {
            final_state.stability = card.fsrs->stability;
            final_state.difficulty = card.fsrs->difficulty;
        } else {
            final_state.ease = card.factor > 0 ? card.factor / 1000.0 : 0;
        }
    }
    history.state = final_state;
    history.suspended = card.queue == -1;
    history.buried_until_ms = card.queue == -2 || card.queue == -3 ? bury_until_ms : 0;
    return history;
}

int64_t ImportableReviews(const AnkiPackage& package, const AnkiConversion& conversion) {
    std::set<int64_t> linked;
    for (const AnkiCardLink& link : conversion.cards) {
        linked.insert(link.anki_card);
    }
    return std::ranges::count_if(package.revlog, [&](const AnkiRevlog& row) {
        return linked.count(row.card_id) > 0 && row.ease >= 1 && row.ease <= 4;
    });
}

Result<AnkiImportReport> ImportAnkiPackage(Collection& collection, const AnkiPackage& package,
                                           const AnkiConversion& conversion,
                                           const AnkiImportOptions& options) {
    return collection.Transact([&]() -> Result<AnkiImportReport> {
        AnkiImportReport report;
        for (const content::ParsedBank& bank : conversion.banks) {
            auto imported =
                collection.ImportBankWithImages(bank.bank, bank.images, {}, options.progress);
            if (!imported) {
                return Fail(imported.error());
            }
            report.banks.push_back(std::move(*imported));
        }
        std::set<std::string> bank_ids;
        for (const content::ParsedBank& bank : conversion.banks) {
            bank_ids.insert(bank.bank.id);
        }
        std::map<std::pair<std::string, int>, CardId> summit_cards;
        for (const std::string& bank_id : bank_ids) {
            auto stored = collection.ListCardsByGuidPrefix(bank_id + "/");
            if (!stored) {
                return Fail(stored.error());
            }
            for (const GuidCard& card : *stored) {
                summit_cards.emplace(std::pair{card.guid, card.ordinal}, card.id);
            }
        }
        std::map<int64_t, std::vector<const AnkiRevlog*>> revlog_of_card;
        for (const AnkiRevlog& row : package.revlog) {
            revlog_of_card[row.card_id].push_back(&row);
        }
        std::map<int64_t, const AnkiCard*> anki_cards;
        for (const AnkiCard& card : package.cards) {
            anki_cards.emplace(card.id, &card);
        }
        std::vector<ImportedCardHistory> histories;
        int64_t linked_rows = 0;
        for (const AnkiCardLink& link : conversion.cards) {
            auto summit = summit_cards.find({link.question_guid, link.ordinal});
            auto anki = anki_cards.find(link.anki_card);
            if (summit == summit_cards.end() || anki == anki_cards.end()) {
                continue;  // e.g. the reverse card of a note no longer reversible
            }
            const std::vector<const AnkiRevlog*>& rows = revlog_of_card[link.anki_card];
            const AnkiCard& card = *anki->second;
            histories.push_back(AnkiCardHistory(card, rows, package.creation_secs,
                                                options.bury_until_ms, summit->second));
            ImportedCardHistory& history = histories.back();
            if (!card.fsrs && options.memory_from_history && !history.reviews.empty() &&
                history.state.phase != CardPhase::kNew) {
                const AnkiFsrsState memory = options.memory_from_history(history.reviews);
                history.state.stability = memory.stability;
                history.state.difficulty = memory.difficulty;
                ++report.memory_states_computed;
            }
            linked_rows += static_cast<int64_t>(histories.back().reviews.size());
        }
        report.revlog_skipped = static_cast<int64_t>(package.revlog.size()) - linked_rows;
        auto history = collection.ImportCardHistories(histories, options.history_progress);
        if (!history) {
            return Fail(history.error());
        }
        report.history = *history;
        return report;
    });
}

}  // namespace summit::storage::anki
