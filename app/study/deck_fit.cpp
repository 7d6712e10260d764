// The collection side of fitting and simulating a deck: reads through storage, hands plain
// values to app/optimizer.
#include "app/study/deck_fit.h"

#include <algorithm>
#include <cstdint>

#include "app/decks/deck_settings_store.h"

namespace summit::study {
namespace {

// Mean seconds of the deck's first answers, recalled and forgotten reviews; the defaults
// where the log has none. A review without a duration (answered from the command line,
// imported from a log that kept none) says nothing about time and is left out.
void TimesFromLog(const std::vector<storage::ReviewRow>& log, optimizer::WorkloadOptions& o) {
    double sums[3] = {0, 0, 0};
    int counts[3] = {0, 0, 0};
    for (const storage::ReviewRow& row : log) {
        if (row.duration_ms <= 0) {
            continue;
        }
        const int kind = row.phase_before == CardPhase::kNew ? 0
                         : row.rating == Rating::kAgain      ? 2
                                                             : 1;
        sums[kind] += double(row.duration_ms) / 1000;
        ++counts[kind];
    }
    double* fields[3] = {&o.seconds_new, &o.seconds_recalled, &o.seconds_forgotten};
    for (int kind = 0; kind < 3; ++kind) {
        if (counts[kind] > 0) {
            *fields[kind] = sums[kind] / counts[kind];
        }
    }
}

}  // namespace

Result<DeckFitInput> ReadDeckFitInput(const storage::Collection& collection,
                                      std::optional<storage::DeckId> deck,
                                      const DeckSettings& settings) {
    auto log = collection.ReadReviewLog(deck);
    if (!log) {
        return std::unexpected(log.error());
    }
    std::vector<optimizer::ReviewEvent> events;
    events.reserve(log->size());
    for (const storage::ReviewRow& row : *log) {
        events.push_back({row.card_id.value, row.time_ms, static_cast<int>(row.rating),
                          row.phase_before == CardPhase::kNew});
    }
    auto set = optimizer::BuildTrainingSet(events, settings.Day());
    if (!set) {
        return std::unexpected(set.error());
    }
    DeckFitInput input{std::move(*set), {}};
    const FsrsParams params = ToFsrsParams(settings);
    input.options.fit.relearning_steps = static_cast<int>(params.relearning_steps.size());
    std::copy(params.w.begin(), params.w.end(), input.options.current.begin());
    return input;
}

Status ApplyFittedWeights(storage::Collection& collection, storage::DeckId deck,
                          const study::FsrsWeights& weights, int64_t now_ms) {
    auto settings = LoadDeckSettings(collection, deck);
    if (!settings) {
        return std::unexpected(settings.error());
    }
    settings->previous_fsrs_weights = settings->fsrs_weights;
    settings->fsrs_weights.assign(weights.begin(), weights.end());
    settings->fitted_at_ms = now_ms;
    // Checked before anything is written: weights outside the clip ranges are never stored.
    if (auto valid = settings->Validate(); !valid) {
        return valid;
    }
    return SaveDeckSettings(collection, deck, *settings);
}

Result<optimizer::WorkloadOptions> ReadDeckWorkload(const storage::Collection& collection,
                                                    storage::DeckId deck,
                                                    const DeckSettings& settings, int64_t now_ms) {
    storage::CardQuery query = storage::CardQuery::All(deck);
    query.full_questions = false;
    auto cards = collection.LoadCards(query);
    if (!cards) {
        return std::unexpected(cards.error());
    }
    auto log = collection.ReadReviewLog(deck);
    if (!log) {
        return std::unexpected(log.error());
    }
    optimizer::WorkloadOptions options;
    const FsrsParams params = ToFsrsParams(settings);
    std::copy(params.w.begin(), params.w.end(), options.weights.begin());
    options.new_per_day = settings.new_per_day;
    options.reviews_per_day = settings.reviews_per_day;
    options.maximum_interval = settings.maximum_interval_days;
    for (const storage::StudyCard& card : *cards) {
        if (card.suspended) {
            continue;
        }
        if (card.state.phase == CardPhase::kNew || card.state.stability <= 0) {
            ++options.new_cards;
            continue;
        }
        const int64_t elapsed = ElapsedDays(card.state.last_review_ms, now_ms, settings.Day());
        options.studied.push_back({card.state.stability,
                                   std::clamp(card.state.difficulty, 1.0, 10.0),
                                   static_cast<int>(std::max<int64_t>(elapsed, 0))});
    }
    TimesFromLog(*log, options);
    return options;
}

Result<int> ReviewsSinceFit(const storage::Collection& collection, storage::DeckId deck,
                            const DeckSettings& settings) {
    if (settings.fitted_at_ms <= 0) {
        // Never fitted: every answer counts, summed per card rather than read one by one.
        auto answers = collection.CountAnswers(deck);
        if (!answers) {
            return std::unexpected(answers.error());
        }
        return static_cast<int>(std::min<int64_t>(*answers, INT32_MAX));
    }
    auto counts = collection.CountReviewsSince(deck, settings.fitted_at_ms);
    if (!counts) {
        return std::unexpected(counts.error());
    }
    int total = 0;
    for (int count : counts->by_phase_before) {
        total += count;
    }
    return total;
}

}  // namespace summit::study
