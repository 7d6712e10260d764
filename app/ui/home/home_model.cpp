// Helpers over the home view's rows.
#include "app/ui/home/home_model.h"

namespace summit::ui {

std::string HomeModelText(const HomeModel& model) {
    std::string text;
    for (const DeckRow& row : model.decks) {
        text += row.name;
        text += '\n';
    }
    return text;
}

}  // namespace summit::ui
