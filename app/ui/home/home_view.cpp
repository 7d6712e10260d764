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
#include "content/model/deck_name.h"

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

// The position of `index` among the shown rows; -1 when it is not shown.
int VisiblePosition(const std::vector<int>& visible, int index) {
    const auto found = std::find(visible.begin(), visible.end(), index);
    return found == visible.end() ? -1 : static_cast<int>(found - visible.begin());
}

constexpr HelpRow kHomeKeys[] = {
    {"Up / Down", "Choose a deck"},
    {"Left / Right", "Collapse or expand subdecks"},
    {"Enter", "Study the chosen deck (or double-click it)"},
    {"Tab / Shift+Tab", "Move the focus ring over the buttons; Enter or Space presses"},
    {"Ctrl+Tab", "Next view: Home, Quiz setup, Progress, Settings (Shift: back)"},
    {"Q", "Quiz on the chosen deck"},
    {"P", "Progress of the chosen deck"},
    {"B", "Browse, search and edit every card"},
    {"S", "Settings"},
    {"Ctrl+I", "Import questions from a file (or drop one on the window)"},
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
        case HomeAction::kBrowse:
            return "browse";
        case HomeAction::kSettings:
            return "settings";
        case HomeAction::kClass:
            return "class";
        case HomeAction::kImport:
            return "import";
    }
    return "?";
}

storage::DeckId HomeView::SelectedDeckId(const HomeModel& model) const {
    if (model.decks.empty()) {
        return {};
    }
    const int index = IndexOf(model, state_.chosen_deck_id);
    if (index < 0) {
        return model.decks[0].deck_id;
    }
    // Hidden under a collapsed deck: the nearest shown row above it holding it in its tree.
    const std::vector<int> visible = VisibleDeckRows(model, state_.collapsed);
    for (int i = index; i >= 0; --i) {
        const DeckRow& row = model.decks[i];
        if (VisiblePosition(visible, i) >= 0 &&
            content::IsDeckInTree(model.decks[index].name, row.name)) {
            return row.deck_id;
        }
    }
    return model.decks[visible.front()].deck_id;
}

std::vector<HomeIntent> HomeView::TakeIntents() {
    std::vector<HomeIntent> taken;
    taken.swap(intents_);
    return taken;
}

void HomeView::Draw(const HomeModel& model) {
    const storage::DeckId selected_id = SelectedDeckId(model);
    const int selected_index = IndexOf(model, selected_id);
    const std::vector<int> visible = VisibleDeckRows(model, state_.collapsed);
    pending_choice_ = {};
    pending_toggles_.clear();
    rects_.Clear();  // rows folded away are not drawn and must not be found

    const bool open = BeginFullscreenView("Home###home");
    if (open) {
        focus_.Begin(!help_.IsOpen());
        DrawHeader(model);
        DrawTable(model, visible, selected_index);
        DrawButtons(model, selected_id);
        HandleKeys(model, visible, selected_index);
        focus_.End();
    }
    EndFullscreenView();
    help_.Draw();

    // Applied after drawing so every widget of this frame saw the same selection and tree.
    if (pending_choice_.value != 0) {
        state_.chosen_deck_id = pending_choice_;
    }
    for (const auto& [deck_id, collapse] : pending_toggles_) {
        if (collapse) {
            state_.collapsed.insert(deck_id);
        } else {
            state_.collapsed.erase(deck_id);
        }
    }
}

void HomeView::DrawHeader(const HomeModel& model) {
    int due_today = 0;
    for (const DeckRow& row : model.decks) {
        // A parent's counts hold its subdecks', so only top-level rows are added up.
        if (row.depth == 0) {
            due_today += row.new_count + row.learning_count + row.due_count;
        }
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

void HomeView::DrawTable(const HomeModel& model, const std::vector<int>& visible,
                         int selected_index) {
    // As tall as its rows while they fit above the button row and notice line; beyond that
    // the table takes the space left and scrolls.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float footer = ImGui::GetFrameHeightWithSpacing() +
                         ImGui::GetTextLineHeightWithSpacing() + style.ItemSpacing.y * 2;
    const float row_height = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
    const float rows = static_cast<float>(std::max<size_t>(visible.size(), 1) + 1);
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
    // Flat decks are drawn as they always were: no indentation and no room for a +/-.
    const bool tree = std::any_of(model.decks.begin(), model.decks.end(),
                                  [](const DeckRow& row) { return row.has_children; });
    for (const int i : visible) {
        const DeckRow& row = model.decks[i];
        const bool selected = i == selected_index;
        ImGui::PushID(static_cast<int>(row.deck_id.value));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        DrawName(row, tree, selected);
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

void HomeView::DrawName(const DeckRow& row, bool tree, bool selected) {
    char id_text[40];
    if (tree) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + Em(1.2f) * static_cast<float>(row.depth));
        // The +/- comes before the row's Selectable, so it wins the hover where they overlap.
        const float toggle_width =
            ImGui::CalcTextSize("+").x + ImGui::GetStyle().FramePadding.x * 2;
        if (row.has_children) {
            const bool collapsed = state_.collapsed.contains(row.deck_id.value);
            // One width for both signs, so a name does not move when its deck folds; no
            // vertical padding, so the row is as tall as a flat one (as SmallButton).
            ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                                ImVec2(ImGui::GetStyle().FramePadding.x, 0));
            const bool clicked =
                ImGui::Button(collapsed ? "+###toggle" : "-###toggle", ImVec2(toggle_width, 0));
            ImGui::PopStyleVar();
            if (clicked) {
                pending_toggles_.emplace_back(row.deck_id.value, !collapsed);
            }
            std::snprintf(id_text, sizeof id_text, "toggle/%lld",
                          static_cast<long long>(row.deck_id.value));
            rects_.RecordLastItem(id_text);
            ImGui::SameLine();
        } else {
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + toggle_width +
                                 ImGui::GetStyle().ItemSpacing.x);
        }
    }
    std::snprintf(id_text, sizeof id_text, "deck/%lld", static_cast<long long>(row.deck_id.value));
    const ImGuiSelectableFlags select_flags =
        ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick;
    // A name wider than its column is cut with an ellipsis and shown whole on hover; a
    // subdeck shows its last part, its place in the tree says the rest.
    const std::string name(tree ? content::DeckLeafName(row.name) : row.name);
    const std::string shown = Ellipsize(name, ImGui::GetContentRegionAvail().x);
    if (ImGui::Selectable((shown + "###name").c_str(), selected, select_flags)) {
        pending_choice_ = row.deck_id;
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
            intents_.push_back({HomeAction::kStudy, row.deck_id});
        }
    }
    rects_.RecordLastItem(id_text);
    TooltipIfCut(shown, row.name);
}

void HomeView::SetCollapsed(const DeckRow& row, bool collapsed) {
    pending_toggles_.emplace_back(row.deck_id.value, collapsed);
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
        {"Browse (B)", "button/browse", HomeAction::kBrowse, false},
        {"Settings (S)", "button/settings", HomeAction::kSettings, false},
        {"Class", "button/class", HomeAction::kClass, false},
        {"Import (Ctrl+I)", "button/import", HomeAction::kImport, false},
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
    if (!model.fit_hint.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(Colors().accent, "%s", model.fit_hint.c_str());
        ImGui::PopTextWrapPos();
    }
}

void HomeView::HandleKeys(const HomeModel& model, const std::vector<int>& visible,
                          int selected_index) {
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
    if (plain && ImGui::IsKeyPressed(GLFW_KEY_B, false)) {
        intents_.push_back({HomeAction::kBrowse, storage::DeckId{}});
    }
    if (plain && ImGui::IsKeyPressed(GLFW_KEY_S, false)) {
        intents_.push_back({HomeAction::kSettings, storage::DeckId{}});
    }
    if (model.decks.empty()) {
        return;
    }
    const int last = static_cast<int>(visible.size()) - 1;
    const int position = std::max(0, VisiblePosition(visible, selected_index));
    int index = selected_index;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) {
        index = visible[std::max(0, position - 1)];
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) {
        index = visible[std::min(last, position + 1)];
    }
    const DeckRow& selected = model.decks[selected_index];
    const bool collapsed = state_.collapsed.contains(selected.deck_id.value);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow)) && selected.has_children &&
        collapsed) {
        SetCollapsed(selected, false);
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) {
        if (selected.has_children && !collapsed) {
            SetCollapsed(selected, true);
        } else {
            // The parent: the nearest row above that holds this deck in its tree.
            for (int p = position - 1; p >= 0; --p) {
                if (content::IsDeckInTree(selected.name, model.decks[visible[p]].name)) {
                    index = visible[p];
                    break;
                }
            }
        }
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
