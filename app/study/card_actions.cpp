// Suspend, unsuspend, bury and unbury by card id, all in one transaction.
#include "app/study/card_actions.h"

#include <map>

#include "app/decks/deck_settings_store.h"
#include "app/scheduler/day_rule.h"

namespace summit::study {

const char* CardActionName(CardAction action) {
    switch (action) {
        case CardAction::kSuspend:
            return "suspend";
        case CardAction::kUnsuspend:
            return "unsuspend";
        case CardAction::kBury:
            return "bury";
        case CardAction::kUnbury:
            return "unbury";
    }
    return "?";
}

Result<std::vector<CardActionResult>> ApplyCardAction(storage::Collection& collection,
                                                      std::span<const storage::CardId> cards,
                                                      CardAction action, int64_t now_ms) {
    // Settings are read once per deck: a command naming many cards of one deck stays cheap.
    std::map<int64_t, DayRule> day_by_deck;
    return collection.Transact([&]() -> Result<std::vector<CardActionResult>> {
        std::vector<CardActionResult> results;
        for (const storage::CardId id : cards) {
            auto card = collection.GetCard(id);
            if (!card) {
                return Fail(card.error());
            }
            CardActionResult result{id, false, card->buried_until_ms};
            Status written;
            switch (action) {
                case CardAction::kSuspend:
                case CardAction::kUnsuspend: {
                    const bool suspend = action == CardAction::kSuspend;
                    result.changed = card->suspended != suspend;
                    if (result.changed) {
                        written = collection.SetSuspended(id, suspend);
                    }
                    break;
                }
                case CardAction::kBury: {
                    auto day = day_by_deck.find(card->deck_id.value);
                    if (day == day_by_deck.end()) {
                        auto settings = LoadDeckSettings(collection, card->deck_id);
                        if (!settings) {
                            return Fail(settings.error());
                        }
                        day = day_by_deck.emplace(card->deck_id.value, settings->Day()).first;
                    }
                    const int64_t until = NextDayStartMs(now_ms, day->second);
                    // A card buried further ahead stays so: burying never brings a card closer.
                    result.changed = card->buried_until_ms < until;
                    if (result.changed) {
                        written = collection.BuryUntil(id, until);
                        result.buried_until_ms = until;
                    }
                    break;
                }
                case CardAction::kUnbury:
                    result.changed = card->buried_until_ms > now_ms;
                    if (card->buried_until_ms != 0) {
                        // A burial already past is cleared too, but was not in effect.
                        written = collection.BuryUntil(id, 0);
                        result.buried_until_ms = 0;
                    }
                    break;
            }
            if (!written) {
                return Fail(written.error());
            }
            results.push_back(result);
        }
        return results;
    });
}

}  // namespace summit::study
