// The search clock from the default deck settings' day rule.
#include "app/study/search_clock.h"

#include "app/decks/deck_settings_store.h"
#include "app/study/queue.h"

namespace summit::study {

Result<storage::SearchClock> SearchClockAt(const storage::Collection& collection, int64_t now_ms) {
    auto settings = LoadDeckSettings(collection, std::nullopt);
    if (!settings) {
        return Fail(settings.error());
    }
    const DayRule rule = settings->Day();
    return storage::SearchClock{now_ms, StudyDayStartMs(now_ms, rule),
                                NextDayStartMs(now_ms, rule)};
}

}  // namespace summit::study
