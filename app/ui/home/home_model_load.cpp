// Reading the home view's rows from the collection.
#include "app/ui/home/home_model_load.h"

#include "app/decks/deck_settings_store.h"
#include "app/study/deck_counts.h"
#include "app/study/deck_fit.h"

namespace summit::ui {
namespace {

// The hint for the top-level FSRS decks with enough reviews since their last fit. A deck whose
// settings or log cannot be read gets no hint: the hint is a suggestion, never an error.
std::string FitHint(const storage::Collection& collection, const HomeModel& model) {
    std::vector<std::pair<std::string, int>> ready;  // (name, reviews since the fit)
    bool ever_fitted = false;
    for (const DeckRow& row : model.decks) {
        if (row.depth != 0) {
            continue;
        }
        auto settings = study::LoadDeckSettings(collection, row.deck_id);
        if (!settings || settings->scheduler != study::SchedulerKind::kFsrs) {
            continue;
        }
        auto reviews = study::ReviewsSinceFit(collection, row.deck_id, *settings);
        if (reviews && *reviews >= study::kReviewsBeforeRefit) {
            ready.emplace_back(row.name, *reviews);
            ever_fitted = ever_fitted || settings->fitted_at_ms > 0;
        }
    }
    if (ready.empty()) {
        return {};
    }
    std::string hint =
        "\"" + ready[0].first + "\" has " + std::to_string(ready[0].second) +
        (ever_fitted && ready.size() == 1 ? " reviews since its last fit" : " reviews");
    if (ready.size() > 1) {
        hint += " (and " + std::to_string(ready.size() - 1) + " more decks are ready)";
    }
    return hint +
           ": Settings > Optimize parameters can fit FSRS to your memory for better scheduling.";
}

}  // namespace

Result<HomeModel> LoadHomeModel(const storage::Collection& collection, int64_t now_ms) {
    // Home shows no card totals: they would cost a probe per question.
    auto decks = study::ListDecksForToday(collection, now_ms, storage::DeckCounts::kStudy);
    if (!decks) {
        return Fail(decks.error());
    }
    HomeModel model;
    model.decks.reserve(decks->size());
    for (const storage::DeckSummary& deck : *decks) {
        model.decks.push_back(DeckRow{
            .deck_id = deck.id,
            .name = deck.name,
            .question_count = deck.question_count,
            .new_count = deck.new_count,
            .learning_count = deck.learning_count,
            .due_count = deck.due_count,
        });
    }
    MarkDeckTree(model);
    model.fit_hint = FitHint(collection, model);
    return model;
}

}  // namespace summit::ui
