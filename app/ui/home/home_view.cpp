// The home view: deck table, selection and the Study / Quiz / Progress / Settings buttons.
#include "app/ui/home/home_view.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/ui/widgets/fit_text.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"

namespace summit::ui {
namespace {

int IndexOf(const HomeModel& model, storage::DeckId deck_id) {
    for (size_t i = 0; i < model.decks.size(); ++i) {
        if (model.decks[i].deck_id == deck_id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

// Right-aligns a count in its table cell; zero is drawn dimmed so the eye finds the work.
void CountCell(int count, const ImVec4* color) {
    char text[16];
    std::snprintf(text, sizeof text, "%d", count);
    const float width = ImGui::CalcTextSize(text).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - width);
    if (count == 0) {
        ImGui::TextDisabled("%s", text);
    } else if (color != nullptr) {
        ImGui::TextColored(*color, "%s", text);
    } else {
        ImGui::TextUnformatted(text);
    }
}

// Like ImGui::TableHeadersRow, but the headers of count columns are right-aligned above
// their numbers.
void HeadersRow() {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    const int columns = ImGui::TableGetColumnCount();
    for (int column = 0; column < columns; ++column) {
        if (!ImGui::TableSetColumnIndex(column)) {
            continue;
        }
        const char* name = ImGui::TableGetColumnName(column);
        if (column > 0) {
            const float width = ImGui::CalcTextSize(name).x;
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - width);
        }
        ImGui::TableHeader(name);
    }
}

constexpr HelpRow kHomeKeys[] = {
    {"Up / Down", "Choose a deck"},
    {"Enter", "Study the chosen deck (or double-click it)"},
    {"Tab / Shift+Tab", "Move the focus ring over the buttons; Enter or Space presses"},
    {"Ctrl+Tab", "Next view: Home, Quiz setup, Progress, Settings (Shift: back)"},
    {"Q", "Quiz on the chosen deck"},
    {"P", "Progress of the chosen deck"},
    {"S", "Settings"},
    {"?", "Show or hide this help"},
    {"Ctrl+Q", "Quit Summit"},
};
constexpr HelpSection kHomeHelp[] = {{"Home", kHomeKeys, static_cast<int>(std::size(kHomeKeys))}};

}  // namespace

HomeView::HomeView() : help_(kHomeHelp) {}

const char* HomeActionName(HomeAction action) {
    switch (action) {
        case HomeAction::kStudy:
            return "study";
        case HomeAction::kQuiz:
            return "quiz";
        case HomeAction::kProgress:
            return "progress";
        case HomeAction::kSettings:
            return "settings";
    }
    return "?";
}

storage::DeckId HomeView::SelectedDeckId(const HomeModel& model) const {
    if (model.decks.empty()) {
        return {};
    }
    const int index = IndexOf(model, state_.chosen_deck_id);
    return model.decks[index < 0 ? 0 : index].deck_id;
}

std::vector<HomeIntent> HomeView::TakeIntents() {
    std::vector<HomeIntent> taken;
    taken.swap(intents_);
    return taken;
}

void HomeView::Draw(const HomeModel& model) {
    const storage::DeckId selected_id = SelectedDeckId(model);
    const int selected_index = IndexOf(model, selected_id);
    pending_choice_ = {};

    const bool open = BeginFullscreenView("Home###home");
    if (open) {
        focus_.Begin(!help_.IsOpen());
        DrawHeader(model);
        DrawTable(model, selected_index);
        DrawButtons(model, selected_id);
        HandleKeys(model, selected_index);
        focus_.End();
    }
    EndFullscreenView();
    help_.Draw();

    // Applied after drawing so every widget of this frame saw the same selection.
    if (pending_choice_.value != 0) {
        state_.chosen_deck_id = pending_choice_;
    }
}

void HomeView::DrawHeader(const HomeModel& model) {
    int due_today = 0;
    for (const DeckRow& row : model.decks) {
        due_today += row.new_count + row.learning_count + row.due_count;
    }
    ImGui::TextUnformatted("Decks");
    ImGui::SameLine(0, Em(1));
    if (model.decks.empty()) {
        ImGui::TextDisabled("none yet");
    } else {
        ImGui::TextDisabled("%zu %s, %d %s to study today", model.decks.size(),
                            model.decks.size() == 1 ? "deck" : "decks", due_today,
                            due_today == 1 ? "card" : "cards");
    }
    ImGui::Spacing();
}

void HomeView::DrawTable(const HomeModel& model, int selected_index) {
    // As tall as its rows while they fit above the button row and notice line; beyond that
    // the table takes the space left and scrolls.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float footer = ImGui::GetFrameHeightWithSpacing() +
                         ImGui::GetTextLineHeightWithSpacing() + style.ItemSpacing.y * 2;
    const float row_height = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
    const float rows = static_cast<float>(std::max<size_t>(model.decks.size(), 1) + 1);
    const float room = ImGui::GetContentRegionAvail().y - footer;
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                            ImGuiTableFlags_BordersOuter | ImGuiTableFlags_PadOuterX;
    ImVec2 size(0, 0);
    if (rows * row_height > room) {
        flags |= ImGuiTableFlags_ScrollY;
        size.y = std::max(room, row_height * 3);
    }
    if (!ImGui::BeginTable("decks", 5, flags, size)) {
        return;
    }
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Deck", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Questions", ImGuiTableColumnFlags_WidthFixed, Em(5.5f));
    ImGui::TableSetupColumn("New", ImGuiTableColumnFlags_WidthFixed, Em(4));
    ImGui::TableSetupColumn("Learning", ImGuiTableColumnFlags_WidthFixed, Em(5));
    ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthFixed, Em(4));
    HeadersRow();

    if (model.decks.empty()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("No decks yet. Import a question bank from the command line.");
    }
    char id_text[32];
    for (size_t i = 0; i < model.decks.size(); ++i) {
        const DeckRow& row = model.decks[i];
        const bool selected = static_cast<int>(i) == selected_index;
        std::snprintf(id_text, sizeof id_text, "deck/%lld",
                      static_cast<long long>(row.deck_id.value));
        ImGui::PushID(id_text);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const ImGuiSelectableFlags select_flags =
            ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick;
        // A name wider than its column is cut with an ellipsis and shown whole on hover.
        const std::string shown = Ellipsize(row.name, ImGui::GetContentRegionAvail().x);
        if (ImGui::Selectable((shown + "###name").c_str(), selected, select_flags)) {
            pending_choice_ = row.deck_id;
            if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
                intents_.push_back({HomeAction::kStudy, row.deck_id});
            }
        }
        rects_.RecordLastItem(id_text);
        TooltipIfCut(shown, row.name);
        if (selected && scroll_to_selection_) {
            ImGui::SetScrollHereY();
            scroll_to_selection_ = false;
        }
        ImGui::TableNextColumn();
        CountCell(row.question_count, nullptr);
        ImGui::TableNextColumn();
        CountCell(row.new_count, &Colors().state_new);
        ImGui::TableNextColumn();
        CountCell(row.learning_count, &Colors().state_learning);
        ImGui::TableNextColumn();
        CountCell(row.due_count, &Colors().state_review);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void HomeView::DrawButtons(const HomeModel& model, storage::DeckId selected_id) {
    struct Button {
        const char* label;
        const char* rect_name;
        HomeAction action;
        bool needs_deck;
    };
    // Each label names its key, so the keyboard way is seen where the mouse goes.
    constexpr Button kButtons[] = {
        {"Study (Enter)", "button/study", HomeAction::kStudy, true},
        {"Quiz (Q)", "button/quiz", HomeAction::kQuiz, true},
        {"Progress (P)", "button/progress", HomeAction::kProgress, true},
        {"Settings (S)", "button/settings", HomeAction::kSettings, false},
    };
    ImGui::Spacing();
    for (const Button& button : kButtons) {
        const bool disabled = button.needs_deck && model.decks.empty();
        const float width = std::max(
            Em(6), ImGui::CalcTextSize(button.label).x + ImGui::GetStyle().FramePadding.x * 2);
        if (&button != &kButtons[0]) {
            SameLineIfFits(width);  // a narrow window or a large scale: the row wraps
        }
        ImGui::BeginDisabled(disabled);
        const bool clicked = ImGui::Button(button.label, ImVec2(width, 0));
        ImGui::EndDisabled();
        if (disabled ? clicked : focus_.Item(clicked)) {
            intents_.push_back(
                {button.action, button.needs_deck ? selected_id : storage::DeckId{}});
        }
        rects_.RecordLastItem(button.rect_name);
    }
    SameLineIfFits(ImGui::CalcTextSize("? Keys").x, Em(1));
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("? Keys");
    if (!state_.notice.empty()) {
        ImGui::TextDisabled("%s", state_.notice.c_str());
    }
}

void HomeView::HandleKeys(const HomeModel& model, int selected_index) {
    const ImGuiIO& io = ImGui::GetIO();
    if (help_.IsOpen() || io.WantTextInput ||
        !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) {
        return;
    }
    if (HelpKeyPressed()) {
        help_.Open();
        return;
    }
    const bool plain = !io.KeyCtrl && !io.KeyAlt && !io.KeySuper;
    if (plain && ImGui::IsKeyPressed(GLFW_KEY_S, false)) {
        intents_.push_back({HomeAction::kSettings, storage::DeckId{}});
    }
    if (model.decks.empty()) {
        return;
    }
    const int last = static_cast<int>(model.decks.size()) - 1;
    int index = selected_index;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) {
        index = std::max(0, index - 1);
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) {
        index = std::min(last, index + 1);
    }
    if (index != selected_index) {
        pending_choice_ = model.decks[index].deck_id;
        scroll_to_selection_ = true;
    }
    // While a button has the focus ring, Enter is that button's (see FocusRing).
    if (!focus_.HasFocus() &&
        (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false))) {
        intents_.push_back({HomeAction::kStudy, model.decks[selected_index].deck_id});
    }
    if (plain && ImGui::IsKeyPressed(GLFW_KEY_Q, false)) {
        intents_.push_back({HomeAction::kQuiz, model.decks[selected_index].deck_id});
    }
    if (plain && ImGui::IsKeyPressed(GLFW_KEY_P, false)) {
        intents_.push_back({HomeAction::kProgress, model.decks[selected_index].deck_id});
    }
}

}  // namespace summit::ui
