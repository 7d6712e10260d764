// Loading and saving a deck's settings in the collection.
#include "app/decks/deck_settings_store.h"

#include <string>

namespace summit::study {

namespace {

// True for "{}" (and blanks): a deck whose options were never set.
bool IsEmptyObject(const std::string& json) {
    std::string compact;
    for (char c : json) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            compact += c;
        }
    }
    return compact == "{}";
}

Result<DeckSettings> Parse(const std::string& json, const std::string& where) {
    auto settings = DeckSettingsFromJson(json);
    if (!settings) {
        settings.error().message = where + ": " + settings.error().message;
    }
    return settings;
}

}  // namespace

Result<DeckSettings> LoadDeckSettings(const storage::Collection& collection,
                                      std::optional<storage::DeckId> deck) {
    if (deck) {
        auto options = collection.GetDeckOptions(*deck);
        if (!options) {
            return std::unexpected(options.error());
        }
        if (!IsEmptyObject(*options)) {
            auto settings = DeckSettingsFromJson(*options);
            if (!settings) {
                // The message names the deck for people.
                auto name = collection.GetDeckName(*deck);
                if (!name) {
                    return std::unexpected(name.error());
                }
                settings.error().message =
                    "the settings of deck '" + *name + "': " + settings.error().message;
            }
            return settings;
        }
    }
    auto json = collection.GetConfig(kDefaultDeckSettingsKey);
    if (!json) {
        return std::unexpected(json.error());
    }
    if (*json) {
        return Parse(**json, "the default deck settings");
    }
    return DeckSettings{};
}

Status SaveDeckSettings(storage::Collection& collection, std::optional<storage::DeckId> deck,
                        const DeckSettings& settings) {
    if (auto valid = settings.Validate(); !valid) {
        return valid;
    }
    const std::string json = DeckSettingsToJson(settings);
    if (!deck) {
        return collection.SetConfig(kDefaultDeckSettingsKey, json);
    }
    return collection.Transact([&]() -> Status {
        if (auto stored = collection.SetDeckOptions(*deck, json); !stored) {
            return stored;
        }
        return collection.SetDeckScheduler(*deck, settings.scheduler == SchedulerKind::kSm2
                                                      ? storage::SchedulerKind::kSm2
                                                      : storage::SchedulerKind::kFsrs);
    });
}

}  // namespace summit::study
