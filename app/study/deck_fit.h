// A deck's FSRS fit and workload as the collection holds them: its review log as training
// items, fitted weights stored with the old ones kept for undo, its cards for the workload
// simulator, and how many reviews came since the last fit. Shared by `summit optimize` /
// `summit simulate` and the Settings and Home views; the fitting itself is app/optimizer's.
#pragma once

#include <cstdint>
#include <optional>

#include "app/optimizer/optimize.h"
#include "app/optimizer/workload.h"
#include "app/scheduler/deck_settings.h"
#include "storage/collection.h"

namespace summit::study {

// Home suggests fitting a deck once this many reviews came since its last fit (or ever):
// about half of a log's reviews fall on a later day than the card's previous review, so this
// is about the 400 training items the optimizer asks for.
inline constexpr int kReviewsBeforeRefit = 2 * static_cast<int>(optimizer::kMinimumItems);

struct DeckFitInput {
    optimizer::TrainingSet set;
    optimizer::OptimizeOptions options;  // the deck's weights as "before", its relearning steps
};

// The review log of `deck` (the whole collection when nullopt) as training items, days counted
// by `settings`' study day. Errors: the collection's read errors; kInvalidArgument for a
// stored rating outside 1..4.
[[nodiscard]] Result<DeckFitInput> ReadDeckFitInput(const storage::Collection& collection,
                                                    std::optional<storage::DeckId> deck,
                                                    const DeckSettings& settings);

// Stores `weights` as the deck's FSRS weights, the ones they replace kept for undo, and
// `now_ms` as the time of the fit. Errors: kInvalidArgument for weights outside the clip
// ranges (nothing is stored); the collection's read and write errors.
[[nodiscard]] Status ApplyFittedWeights(storage::Collection& collection, storage::DeckId deck,
                                        const study::FsrsWeights& weights, int64_t now_ms);

// The simulator's input for `deck`: its weights, limits, cards (suspended ones left out) with
// their memory as of `now_ms`, and its mean answer times from the log.
[[nodiscard]] Result<optimizer::WorkloadOptions> ReadDeckWorkload(
    const storage::Collection& collection, storage::DeckId deck, const DeckSettings& settings,
    int64_t now_ms);

// Reviews of `deck`'s tree since its weights were last fitted (all of them when never).
[[nodiscard]] Result<int> ReviewsSinceFit(const storage::Collection& collection,
                                          storage::DeckId deck, const DeckSettings& settings);

}  // namespace summit::study
