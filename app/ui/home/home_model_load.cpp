// Reading the home view's rows from the collection.
#include "app/ui/home/home_model_load.h"

#include "app/study/deck_counts.h"

namespace summit::ui {

Result<HomeModel> LoadHomeModel(const storage::Collection& collection, int64_t now_ms) {
    auto decks = study::ListDecksForToday(collection, now_ms);
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
    return model;
}

}  // namespace summit::ui
