// summit suspend|unsuspend|bury|unbury ID...: set cards aside or bring them back by id, outside
// any study session. All the ids are checked and changed in one transaction, after a backup when
// more than one card is named.
#include <ostream>
#include <set>

#include "app/bootstrap/safety.h"
#include "app/bootstrap/time_text.h"
#include "app/cli/verbs.h"
#include "app/study/card_actions.h"

namespace summit::cli {

int RunCardAction(Context& context) {
    const auto& words = context.args().words;
    const std::string& verb = words.front();
    study::CardAction action = study::CardAction::kSuspend;
    if (verb == "unsuspend") {
        action = study::CardAction::kUnsuspend;
    } else if (verb == "bury") {
        action = study::CardAction::kBury;
    } else if (verb == "unbury") {
        action = study::CardAction::kUnbury;
    }
    if (words.size() < 2) {
        context.err() << "usage: summit " << verb << " ID...   (card ids, see summit due)\n";
        return kExitUsage;
    }
    std::vector<storage::CardId> cards;
    for (size_t i = 1; i < words.size(); ++i) {
        const std::string& word = words[i];
        auto value = ParseWholeNumber(word);
        if (!value) {
            return context.Report(Error{ErrorCode::kInvalidArgument,
                                        "'" + word + "' is not a card id; nothing was changed",
                                        {},
                                        0,
                                        0});
        }
        cards.push_back(storage::CardId{*value});
    }
    auto collection = context.OpenCollection();
    if (!collection) {
        return context.Report(collection.error());
    }
    std::set<int64_t> distinct;
    for (storage::CardId card : cards) {
        distinct.insert(card.value);
    }
    const bootstrap::ChangeScope scope{static_cast<int64_t>(distinct.size()), false};
    if (auto backup = bootstrap::BackupBeforeBulkChange(**collection, scope, context.now_ms());
        !backup) {
        return context.Report(backup.error());
    }
    auto results = study::ApplyCardAction(**collection, cards, action, context.now_ms());
    if (!results) {
        Error error = results.error();
        error.message += "; nothing was changed";
        return context.Report(error);
    }
    for (const study::CardActionResult& result : *results) {
        context.out() << "Card " << result.card.value << ": ";
        switch (action) {
            case study::CardAction::kSuspend:
                context.out() << (result.changed ? "suspended" : "already suspended");
                break;
            case study::CardAction::kUnsuspend:
                context.out() << (result.changed ? "unsuspended" : "was not suspended");
                break;
            case study::CardAction::kBury:
                context.out() << (result.changed ? "buried" : "already buried") << " until "
                              << bootstrap::FormatIsoTimeUtc(result.buried_until_ms);
                break;
            case study::CardAction::kUnbury:
                context.out() << (result.changed ? "unburied" : "was not buried");
                break;
        }
        context.out() << "\n";
    }
    return kExitOk;
}

}  // namespace summit::cli
