// Helpers over the home view's rows.
#include "app/ui/home/home_model.h"

#include "content/model/deck_name.h"

namespace summit::ui {

std::vector<int> VisibleDeckRows(const HomeModel& model, const std::set<int64_t>& collapsed) {
    std::vector<int> visible;
    const std::string* hidden_under = nullptr;  // the collapsed deck whose tree is being skipped
    for (size_t i = 0; i < model.decks.size(); ++i) {
        const DeckRow& row = model.decks[i];
        if (hidden_under != nullptr && content::IsDeckInTree(row.name, *hidden_under)) {
            continue;
        }
        hidden_under = nullptr;
        visible.push_back(static_cast<int>(i));
        if (row.has_children && collapsed.contains(row.deck_id.value)) {
            hidden_under = &row.name;
        }
    }
    return visible;
}

void MarkDeckTree(HomeModel& model) {
    // The listed ancestors of the current row; a deck whose parent is missing (named "A::B"
    // before parents were created) counts only the ancestors that are listed.
    std::vector<const std::string*> open;
    for (size_t i = 0; i < model.decks.size(); ++i) {
        DeckRow& row = model.decks[i];
        while (!open.empty() && !content::IsDeckInTree(row.name, *open.back())) {
            open.pop_back();
        }
        row.depth = static_cast<int>(open.size());
        row.has_children =
            i + 1 < model.decks.size() && content::IsDeckInTree(model.decks[i + 1].name, row.name);
        open.push_back(&row.name);
    }
}

std::string HomeModelText(const HomeModel& model) {
    std::string text;
    for (const DeckRow& row : model.decks) {
        text += row.name;
        text += '\n';
    }
    return text;
}

}  // namespace summit::ui
