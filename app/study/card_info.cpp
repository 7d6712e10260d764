// Card info from the card row, its reviews and the deck's FSRS parameters.
#include "app/study/card_info.h"

#include <utility>

#include "app/decks/deck_settings_store.h"
#include "app/scheduler/deck_settings.h"
#include "app/scheduler/fsrs.h"
#include "app/study/queue.h"

namespace summit::study {

Result<CardInfo> LoadCardInfo(const storage::Collection& collection, storage::CardId card,
                              int64_t now_ms) {
    CardInfo info;
    auto loaded = collection.GetCard(card);
    if (!loaded) {
        return Fail(loaded.error());
    }
    info.card = std::move(*loaded);
    auto reviews = collection.ReadCardReviews(card);
    if (!reviews) {
        return Fail(reviews.error());
    }
    info.reviews = std::move(*reviews);
    const CardState& state = info.card.state;
    if (state.phase == CardPhase::kNew || state.last_review_ms == 0) {
        return info;
    }
    auto settings = LoadDeckSettings(collection, info.card.deck_id);
    if (!settings) {
        return Fail(settings.error());
    }
    auto fsrs = FsrsScheduler::Create(ToFsrsParams(*settings));
    if (!fsrs) {
        return Fail(fsrs.error());
    }
    info.retrievability = PredictedRecall(*fsrs, state, now_ms);
    return info;
}

}  // namespace summit::study
