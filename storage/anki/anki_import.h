// Importing a converted Anki package into a collection: its banks (questions and images) and
// the review history of its cards, all in one transaction.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "storage/anki/anki_package.h"
#include "storage/anki/anki_to_bank.h"
#include "storage/collection.h"

namespace summit::storage::anki {

struct AnkiImportOptions {
    // When cards Anki had buried (queue -2, -3) come back: Anki unburies them at its next day.
    int64_t bury_until_ms = 0;
    std::function<void(std::size_t, std::size_t)> progress;  // as Collection::ImportBank's
};

struct AnkiImportReport {
    std::vector<ImportReport> banks;  // one per top-level deck
    HistoryImportReport history;
    int64_t revlog_skipped = 0;  // manual reschedules (no answer) and reviews of unlinked cards
};

// One Anki card's history as Summit review-log rows and its state after them (FSRS memory
// state from the card's data when present; otherwise stability and difficulty stay 0 for the
// scheduler to rebuild). `revlog` is the card's rows, oldest first; rows without an answer
// (ease 0) are left out. `creation_secs` is the collection's crt.
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
