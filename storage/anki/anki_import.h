// Importing a converted Anki package into a collection: its banks (questions and images) and
// the review history of its cards, all in one transaction.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "storage/anki/anki_package.h"
#include "storage/anki/anki_to_bank.h"
#include "storage/collection.h"

namespace summit::storage::anki {

struct AnkiImportOptions {
    // When cards Anki had buried (queue -2, -3) come back: Anki unburies them at its next day.
    int64_t bury_until_ms = 0;
    // (questions done, total) of each bank in turn, as Collection::ImportBank reports them;
    // then (cards done, total) of the review history, as ImportCardHistories reports them.
    std::function<void(std::size_t, std::size_t)> progress;
    std::function<void(std::size_t, std::size_t)> history_progress;
    // The FSRS memory state a card's answered reviews (oldest first) imply, for the cards the
    // package gives a history but no memory state (studied with SM-2 in Anki). The caller
    // replays them with its scheduler (storage has none); unset, such cards keep stability
    // and difficulty 0.
    std::function<AnkiFsrsState(std::span<const ReviewAppend>)> memory_from_history;
};

struct AnkiImportReport {
    std::vector<ImportReport> banks;  // one per top-level deck
    HistoryImportReport history;
    int64_t revlog_skipped = 0;  // manual reschedules (no answer) and reviews of unlinked cards
    int64_t memory_states_computed = 0;  // cards given memory_from_history's state
};

// One Anki card's history as Summit review-log rows and its state after them (FSRS memory
// state from the card's data when present; otherwise stability and difficulty stay 0, for
// AnkiImportOptions::memory_from_history to compute). `revlog` is the card's rows, oldest first;
// rows without an answer (ease 0) are left out. `creation_secs` is the collection's crt.
ImportedCardHistory AnkiCardHistory(const AnkiCard& card,
                                    const std::vector<const AnkiRevlog*>& revlog,
                                    int64_t creation_secs, int64_t bury_until_ms,
                                    CardId summit_card);

// How many revlog rows ImportAnkiPackage would turn into reviews: the answered rows (ease
// 1..4) of the cards a Summit card follows.
int64_t ImportableReviews(const AnkiPackage& package, const AnkiConversion& conversion);

// Imports every bank of `conversion` (ImportBankWithImages) and the history of each linked
// card (ImportCardHistories) in one transaction: on any error nothing is kept.
[[nodiscard]] Result<AnkiImportReport> ImportAnkiPackage(Collection& collection,
                                                         const AnkiPackage& package,
                                                         const AnkiConversion& conversion,
                                                         const AnkiImportOptions& options);

}  // namespace summit::storage::anki
