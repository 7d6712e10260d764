// The Browse view: toolbar, bulk actions, the virtualized table and the keys.
#include "app/ui/browse/browse_view.h"

#include <algorithm>
#include <cstdio>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID: leave the search box by key
#include <imgui_stdlib.h>

#include "app/bootstrap/safety.h"
#include "app/study/search_clock.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"

namespace summit::ui {

namespace {

using storage::BrowseColumn;
using storage::BulkKind;

constexpr HelpRow kBrowseKeys[] = {
    {"Up / Down", "Move the selection (Shift: extend it)"},
    {"Click, Ctrl+click, Shift+click", "Select a row, toggle one, select a range"},
    {"Ctrl+A", "Select every card found"},
    {"Ctrl+Z", "Undo the last bulk action"},
    {"Delete", "Delete the selected questions (asks first)"},
    {"Ctrl+F or /", "Search"},
    {"Down or Enter (searching)", "From the search box to the table"},
    {"Enter, Ctrl+E, double-click", "Edit the current row's question"},
    {"Ctrl+N", "Add a question to the current row's deck"},
    {"Escape", "Back (to the view Browse was opened from)"},
    {"?", "This list"},
};
constexpr HelpSection kBrowseHelp[] = {
    {"Browse", kBrowseKeys, static_cast<int>(std::size(kBrowseKeys))}};

struct ActionButton {
    const char* label;
    const char* name;  // its rect: "action/<name>"
    BulkKind kind;
};

constexpr ActionButton kActionButtons[] = {
    {"Move to deck...", "move", BulkKind::kMoveToDeck},
    {"Add tag...", "add_tag", BulkKind::kAddTag},
    {"Remove tag...", "remove_tag", BulkKind::kRemoveTag},
    {"Set topic...", "topic", BulkKind::kSetTopic},
    {"Suspend", "suspend", BulkKind::kSuspend},
    {"Unsuspend", "unsuspend", BulkKind::kUnsuspend},
    {"Bury", "bury", BulkKind::kBury},
    {"Reset", "reset", BulkKind::kResetScheduling},
    {"Delete...", "delete", BulkKind::kDelete},
};

// The rows read at once around the visible ones, so scrolling reads in batches.
constexpr int kRowBatch = 64;

// A prompt on one line, at most ~160 bytes (cut on a character boundary).
std::string OneLine(const std::string& text) {
    std::string line;
    for (const char c : text) {
        if (line.size() >= 160 && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            line += "...";
            break;
        }
        line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    }
    return line;
}

std::string LocalDate(int64_t ms) {
    return LocalTimeText(ms, "%Y-%m-%d");
}

std::string Cell(BrowseColumn column, const storage::BrowseRow& row) {
    const CardState& state = row.state;
    const bool is_new = state.phase == CardPhase::kNew;
    char text[32];
    switch (column) {
        case BrowseColumn::kPrompt:
            return OneLine(row.prompt);
        case BrowseColumn::kType:
            return content::QuestionTypeName(row.type);
        case BrowseColumn::kDeck:
            return row.deck;
        case BrowseColumn::kTopic:
            return row.topic;
        case BrowseColumn::kTags: {
            std::string tags;
            for (const std::string& tag : row.tags) {
                tags += (tags.empty() ? "" : " ") + tag;
            }
            return tags;
        }
        case BrowseColumn::kDue:
            if (row.suspended) {
                return "suspended";
            }
            return is_new ? "new" : LocalDate(state.due_ms);
        case BrowseColumn::kInterval:
            if (is_new) {
                return "";
            }
            std::snprintf(text, sizeof text, "%d d", state.scheduled_days);
            return text;
        case BrowseColumn::kEase:
            if (is_new) {
                return "";
            }
            if (row.scheduler == storage::SchedulerKind::kSm2) {
                std::snprintf(text, sizeof text, "%.0f%%", state.ease * 100);
            } else {
                std::snprintf(text, sizeof text, "%.1f", state.difficulty);
            }
            return text;
        case BrowseColumn::kLapses:
            return std::to_string(state.lapses);
        case BrowseColumn::kReviews:
            return std::to_string(state.reps);
        case BrowseColumn::kCreated:
            return LocalDate(row.created_ms);
    }
    return "";
}

// Each column's share of the table's width: every column stretches, so the table always fits
// its space and the prompt keeps the largest part.
float ColumnWeight(BrowseColumn column) {
    switch (column) {
        case BrowseColumn::kPrompt:
            return 4.0f;
        case BrowseColumn::kDeck:
        case BrowseColumn::kTopic:
            return 1.5f;
        case BrowseColumn::kTags:
        case BrowseColumn::kType:
        case BrowseColumn::kDue:
        case BrowseColumn::kCreated:
            return 1.2f;
        default:
            return 0.7f;
    }
}

const char* ActionName(BulkKind kind) {
    switch (kind) {
        case BulkKind::kMoveToDeck:
            return "Moved";
        case BulkKind::kAddTag:
            return "Tagged";
        case BulkKind::kRemoveTag:
            return "Untagged";
        case BulkKind::kSetTopic:
            return "Set the topic of";
        case BulkKind::kSuspend:
            return "Suspended";
        case BulkKind::kUnsuspend:
            return "Unsuspended";
        case BulkKind::kBury:
            return "Buried";
        case BulkKind::kResetScheduling:
            return "Reset";
        case BulkKind::kDelete:
            return "Deleted";
    }
    return "Changed";
}

}  // namespace

BrowseView::BrowseView(storage::Collection& collection, study::Clock clock)
    : collection_(collection), clock_(std::move(clock)), worker_(collection), help_(kBrowseHelp) {}

BrowseView::~BrowseView() = default;

void BrowseView::Open(std::string search) {
    if (auto loaded = LoadBrowseLayout(collection_)) {
        layout_ = *loaded;
    }
    search_ = std::move(search);
    selection_.Clear();
    info_.reset();
    error_.clear();
    notice_.clear();
    ++table_generation_;
    focus_search_ = true;
    StartSearch();
}

bool BrowseView::TakeBackRequest() {
    return std::exchange(back_requested_, false);
}

std::optional<storage::CardId> BrowseView::TakeEditRequest() {
    return std::exchange(edit_request_, std::nullopt);
}

std::optional<storage::DeckId> BrowseView::CurrentDeck() const {
    const std::optional<storage::CardId> current = selection_.current();
    if (!current) {
        return std::nullopt;
    }
    if (auto row = rows_.find(current->value); row != rows_.end()) {
        return row->second.deck_id;
    }
    auto card = collection_.GetCard(*current);
    return card ? std::optional(card->deck_id) : std::nullopt;
}

void BrowseView::Refresh() {
    ReloadAfterChange();
}

void BrowseView::SetSearch(std::string search) {
    search_ = std::move(search);
    StartSearch();
}

void BrowseView::SetSort(BrowseColumn column, bool descending) {
    layout_.sort = column;
    layout_.descending = descending;
    ++table_generation_;
    SaveLayout();
    StartSearch();
}

void BrowseView::SetColumnShown(BrowseColumn column, bool shown) {
    layout_.shown[static_cast<int>(column)] = shown;
    ++table_generation_;
    SaveLayout();
}

void BrowseView::SaveLayout() {
    if (auto saved = SaveBrowseLayout(collection_, layout_); !saved) {
        error_ = "Could not save the columns: " + saved.error().message;
    }
}

void BrowseView::StartSearch() {
    auto clock = study::SearchClockAt(collection_, clock_());
    if (!clock) {
        error_ = clock.error().message;
        return;
    }
    storage::BrowseQuery query;
    query.search = search_;
    query.clock = *clock;
    query.sort = layout_.sort;
    query.descending = layout_.descending;
    worker_.Submit(std::move(query));
    PollSearch();
}

void BrowseView::PollSearch() {
    std::optional<SearchOutcome> outcome = worker_.TakeResult();
    if (!outcome) {
        return;
    }
    search_ms_ = outcome->elapsed_ms;
    if (!outcome->ids) {
        const Error& failure = outcome->ids.error();
        error_ = failure.column > 0
                     ? "Column " + std::to_string(failure.column) + ": " + failure.message
                     : failure.message;
        return;  // the last good result stays on screen
    }
    error_.clear();
    AcceptIds(std::move(*outcome->ids));
}

void BrowseView::AcceptIds(std::vector<storage::CardId> ids) {
    ids_ = std::move(ids);
    rows_.clear();
    selection_.Retain(ids_);
    if (info_ && selection_.current() != info_->card.id) {
        info_.reset();
    }
}

void BrowseView::WaitForSearch() {
    worker_.WaitIdle();
    PollSearch();
}

void BrowseView::ReloadAfterChange() {
    info_.reset();
    rows_.clear();
    StartSearch();
}

Status BrowseView::ApplyToSelection(const storage::BulkAction& action) {
    const std::vector<storage::CardId> chosen = selection_.InOrder(ids_);
    if (chosen.empty()) {
        return {};
    }
    const bootstrap::ChangeScope scope{static_cast<int64_t>(chosen.size()),
                                       action.kind == BulkKind::kDelete};
    if (auto backup = bootstrap::BackupBeforeBulkChange(collection_, scope, clock_()); !backup) {
        error_ = "Nothing was changed: the backup failed: " + backup.error().message;
        return Fail(backup.error());
    }
    auto applied = collection_.ApplyBulk(action, chosen);
    if (!applied) {
        error_ = applied.error().message;
        return Fail(applied.error());
    }
    notice_ = std::string(ActionName(action.kind)) + " " + std::to_string(applied->cards) +
              (applied->cards == 1 ? " card" : " cards") + " (Ctrl+Z undoes it)";
    if (action.kind == BulkKind::kDelete) {
        selection_.Clear();
    }
    ReloadAfterChange();
    return {};
}

Status BrowseView::Undo() {
    auto undone = collection_.UndoBulk();
    if (!undone) {
        notice_ = undone.error().message;
        return Fail(undone.error());
    }
    notice_ = std::string("Undid: ") + ActionName(*undone);
    ReloadAfterChange();
    return {};
}

void BrowseView::LoadRows(int first, int last) {
    const int begin = std::max(0, first - kRowBatch / 2);
    const int end = std::min(static_cast<int>(ids_.size()), last + kRowBatch / 2);
    std::vector<storage::CardId> missing;
    for (int i = begin; i < end; ++i) {
        if (!rows_.count(ids_[static_cast<std::size_t>(i)].value)) {
            missing.push_back(ids_[static_cast<std::size_t>(i)]);
        }
    }
    if (missing.empty()) {
        return;
    }
    auto rows = collection_.LoadBrowseRows(missing);
    if (!rows) {
        error_ = rows.error().message;
        return;
    }
    for (storage::BrowseRow& row : *rows) {
        const int64_t key = row.card_id.value;
        rows_.emplace(key, std::move(row));
    }
}

const storage::BrowseRow* BrowseView::RowAt(std::size_t index) {
    const auto found = rows_.find(ids_[index].value);
    return found == rows_.end() ? nullptr : &found->second;
}

void BrowseView::Draw() {
    rects_.Clear();
    PollSearch();
    if (BeginFullscreenView("Browse###browse")) {
        DrawToolbar();
        DrawActions();
        const float info_width = std::min(Em(20), ImGui::GetContentRegionAvail().x * 0.33f);
        ImGui::BeginChild("table", ImVec2(ImGui::GetContentRegionAvail().x - info_width, 0));
        DrawTable();
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("info", ImVec2(0, 0), true);
        DrawCardInfo();
        ImGui::EndChild();
        DrawTextPopup();
        DrawDeckPopup();
        DrawDeleteConfirm();
        HandleKeys();
    }
    EndFullscreenView();
    help_.Draw();

    // Intents of this frame, applied after it is drawn.
    if (pending_sort_) {
        layout_.sort = pending_sort_->first;
        layout_.descending = pending_sort_->second;
        pending_sort_.reset();
        SaveLayout();
        StartSearch();
    }
    if (pending_action_) {
        const storage::BulkAction action = std::move(*pending_action_);
        pending_action_.reset();
        (void)ApplyToSelection(action);  // the error is shown by the view
    }
    if (std::exchange(pending_undo_, false)) {
        (void)Undo();
    }
}

void BrowseView::DrawToolbar() {
    if (ImGui::Button("Back (Esc)")) {
        back_requested_ = true;
    }
    rects_.RecordLastItem("button/back");
    ImGui::SameLine();
    if (std::exchange(focus_search_, false)) {
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - Em(16));
    std::string typed = search_;
    if (ImGui::InputTextWithHint("##search", "Search: words, \"phrase\", deck:, tag:, is:due ...",
                                 &typed)) {
        SetSearch(typed);
    }
    rects_.RecordLastItem("search");
    // Down or Enter in the search box hands the keys to the table, on its current row (the
    // first when there is none), so the keyboard reaches the rows without the mouse.
    if (ImGui::IsItemActive() &&
        (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow)) ||
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false))) {
        ImGui::ClearActiveID();
        if (!selection_.current()) {
            MoveCurrent(1, false);
        }
    }
    ImGui::SameLine();
    if (worker_.Pending()) {
        ImGui::TextDisabled("searching...");
    } else {
        ImGui::Text("%zu cards", ids_.size());
    }
    ImGui::SameLine();
    if (ImGui::Button("Columns")) {
        ImGui::OpenPopup("columns");
    }
    rects_.RecordLastItem("button/columns");
    DrawColumnsPopup();
    if (!error_.empty()) {
        ImGui::TextColored(Colors().error, "%s", error_.c_str());
    } else if (!notice_.empty()) {
        ImGui::TextColored(Colors().success, "%s", notice_.c_str());
    } else {
        ImGui::TextDisabled("%d selected. Search syntax: docs/search.md. Found in %.1f ms.",
                            selection_.Count(), search_ms_);
    }
}

void BrowseView::DrawColumnsPopup() {
    if (!ImGui::BeginPopup("columns")) {
        return;
    }
    for (const BrowseColumnInfo& info : BrowseColumns()) {
        if (info.column == BrowseColumn::kPrompt) {
            continue;  // always shown: rows are chosen by it
        }
        bool shown = layout_.Shows(info.column);
        if (ImGui::Checkbox(info.label, &shown)) {
            SetColumnShown(info.column, shown);
        }
        rects_.RecordLastItem(std::string("column/") + info.key);
    }
    ImGui::EndPopup();
}

void BrowseView::DrawActions() {
    const bool any = selection_.Count() > 0;
    ImGui::BeginDisabled(!any);
    for (const ActionButton& button : kActionButtons) {
        const float width =
            ImGui::CalcTextSize(button.label).x + 2 * ImGui::GetStyle().FramePadding.x;
        if (&button != kActionButtons && ImGui::GetContentRegionAvail().x > width + Em(0.5f)) {
            ImGui::SameLine();
        }
        if (ImGui::Button(button.label)) {
            switch (button.kind) {
                case BulkKind::kMoveToDeck:
                    open_deck_popup_ = true;
                    break;
                case BulkKind::kAddTag:
                case BulkKind::kRemoveTag:
                case BulkKind::kSetTopic:
                    text_action_ = button.kind;
                    text_input_.clear();
                    open_text_popup_ = true;
                    break;
                case BulkKind::kDelete:
                    confirm_delete_ = true;
                    break;
                case BulkKind::kBury: {
                    storage::BulkAction bury{BulkKind::kBury, {}, "", 0};
                    if (auto clock = study::SearchClockAt(collection_, clock_())) {
                        bury.until_ms = clock->next_day_start_ms;  // until the next study day
                    }
                    pending_action_ = bury;
                    break;
                }
                default:
                    pending_action_ = storage::BulkAction{button.kind, {}, "", 0};
                    break;
            }
        }
        rects_.RecordLastItem(std::string("action/") + button.name);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(collection_.BulkUndoDepth() == 0);
    if (ImGui::Button("Undo (Ctrl+Z)")) {
        pending_undo_ = true;
    }
    rects_.RecordLastItem("action/undo");
    ImGui::EndDisabled();
}

void BrowseView::DrawTextPopup() {
    if (std::exchange(open_text_popup_, false)) {
        ImGui::OpenPopup("text_action");
    }
    if (!ImGui::BeginPopup("text_action")) {
        return;
    }
    const bool topic = text_action_ == BulkKind::kSetTopic;
    ImGui::TextUnformatted(topic ? "Topic id (empty clears it):" : "Tag (one word):");
    if (ImGui::IsWindowAppearing()) {
        ImGui::SetKeyboardFocusHere();
    }
    const bool entered =
        ImGui::InputText("##text", &text_input_, ImGuiInputTextFlags_EnterReturnsTrue);
    rects_.RecordLastItem("popup/text");
    if ((ImGui::Button("OK") || entered) && text_action_ && (topic || !text_input_.empty())) {
        pending_action_ = storage::BulkAction{*text_action_, {}, text_input_, 0};
        ImGui::CloseCurrentPopup();
    }
    rects_.RecordLastItem("popup/ok");
    ImGui::EndPopup();
}

void BrowseView::DrawDeckPopup() {
    if (std::exchange(open_deck_popup_, false)) {
        decks_.clear();
        if (auto decks = collection_.ListDecks(0, 0)) {
            for (const storage::DeckSummary& deck : *decks) {
                decks_.emplace_back(deck.id, deck.name);
            }
        }
        ImGui::OpenPopup("move_to_deck");
    }
    if (!ImGui::BeginPopup("move_to_deck")) {
        return;
    }
    ImGui::TextDisabled("Move the selected questions to:");
    for (const auto& [id, name] : decks_) {
        if (ImGui::Selectable(name.c_str())) {
            pending_action_ = storage::BulkAction{BulkKind::kMoveToDeck, id, "", 0};
        }
        rects_.RecordLastItem("deck/" + name);
    }
    ImGui::EndPopup();
}

void BrowseView::DrawDeleteConfirm() {
    if (!confirm_delete_) {
        return;
    }
    if (!ImGui::IsPopupOpen("Delete questions")) {
        ImGui::OpenPopup("Delete questions");
        std::vector<storage::CardId> chosen = selection_.InOrder(ids_);
        std::unordered_set<int64_t> questions;
        if (auto rows = collection_.LoadBrowseRows(chosen)) {
            for (const storage::BrowseRow& row : *rows) {
                questions.insert(row.question_id.value);
            }
        }
        delete_questions_ = static_cast<int>(questions.size());
    }
    if (!ImGui::BeginPopupModal("Delete questions", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        return;
    }
    ImGui::Text("Delete %d question%s with their cards?", delete_questions_,
                delete_questions_ == 1 ? "" : "s");
    ImGui::TextDisabled("Their past answers stay in your study history. A backup is made first,");
    ImGui::TextDisabled("and Ctrl+Z undoes it while Summit is open.");
    const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    if (ImGui::Button("Delete") || enter) {
        pending_action_ = storage::BulkAction{BulkKind::kDelete, {}, "", 0};
        confirm_delete_ = false;
        ImGui::CloseCurrentPopup();
    }
    rects_.RecordLastItem("confirm/delete");
    ImGui::SameLine();
    if (ImGui::Button("Cancel") ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        confirm_delete_ = false;
        ImGui::CloseCurrentPopup();
    }
    rects_.RecordLastItem("confirm/cancel");
    ImGui::EndPopup();
}

void BrowseView::DrawTable() {
    std::vector<BrowseColumnInfo> shown;
    for (const BrowseColumnInfo& info : BrowseColumns()) {
        if (layout_.Shows(info.column)) {
            shown.push_back(info);
        }
    }
    ImGui::PushID(table_generation_);
    // No saved settings: the layout in the collection is the one record of columns and sort.
    // Tristate: a third click on a header leaves the table unsorted, in the order cards were
    // added (kCreated), which is also the order while no shown column is sorted.
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_NoSavedSettings;
    if (!ImGui::BeginTable("cards", static_cast<int>(shown.size()), flags)) {
        ImGui::PopID();
        return;
    }
    for (const BrowseColumnInfo& info : shown) {
        ImGuiTableColumnFlags column_flags = ImGuiTableColumnFlags_WidthStretch;
        if (info.column == layout_.sort) {
            column_flags |= ImGuiTableColumnFlags_DefaultSort;
            if (layout_.descending) {
                column_flags |= ImGuiTableColumnFlags_PreferSortDescending;
            }
        }
        ImGui::TableSetupColumn(info.label, column_flags, ColumnWeight(info.column),
                                static_cast<ImGuiID>(info.column));
    }
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (std::size_t i = 0; i < shown.size(); ++i) {
        ImGui::TableSetColumnIndex(static_cast<int>(i));
        ImGui::TableHeader(shown[i].label);
        rects_.RecordLastItem(std::string("header/") + shown[i].key);
    }
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
        specs != nullptr && specs->SpecsDirty) {
        const bool sorted = specs->SpecsCount > 0;
        const auto column = sorted ? static_cast<BrowseColumn>(specs->Specs[0].ColumnUserID)
                                   : BrowseColumn::kCreated;
        const bool descending =
            sorted && specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        if (column != layout_.sort || descending != layout_.descending) {
            pending_sort_ = {column, descending};
        }
        specs->SpecsDirty = false;
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(ids_.size()));
    while (clipper.Step()) {
        LoadRows(clipper.DisplayStart, clipper.DisplayEnd);
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            if (const storage::BrowseRow* row = RowAt(static_cast<std::size_t>(i))) {
                DrawRow(i, *row);
            } else {
                ImGui::TableNextRow();  // deleted meanwhile: an empty line until the next search
            }
        }
    }
    if (std::exchange(scroll_to_current_, false) && selection_.current()) {
        const auto at = std::find(ids_.begin(), ids_.end(), *selection_.current());
        if (at != ids_.end()) {
            const float row_height = ImGui::GetTextLineHeightWithSpacing();
            const float y = static_cast<float>(at - ids_.begin()) * row_height;
            const float top = ImGui::GetScrollY();
            const float visible = ImGui::GetWindowHeight() - 2 * row_height;
            if (y < top || y > top + visible) {
                ImGui::SetScrollY(std::max(0.0f, y - visible / 2));
            }
        }
    }
    ImGui::EndTable();
    ImGui::PopID();
}

void BrowseView::DrawRow(int index, const storage::BrowseRow& row) {
    ImGui::TableNextRow();
    ImGui::PushID(static_cast<int>(row.card_id.value));
    const bool selected = selection_.Contains(row.card_id);
    bool first = true;
    if (row.suspended) {
        ImGui::PushStyleColor(ImGuiCol_Text, Colors().muted);
    }
    for (const BrowseColumnInfo& info : BrowseColumns()) {
        if (!layout_.Shows(info.column)) {
            continue;
        }
        ImGui::TableNextColumn();
        std::string text = Cell(info.column, row);
        if (info.column == BrowseColumn::kPrompt && row.ordinal == 1) {
            text = "(reverse) " + text;
        }
        if (!first) {
            ImGui::TextUnformatted(text.c_str());
            continue;
        }
        first = false;
        if (ImGui::Selectable(
                text.c_str(), selected,
                ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
            const ImGuiIO& io = ImGui::GetIO();
            selection_.Click(ids_, index, io.KeyShift, io.KeyCtrl);
        }
        if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
            edit_request_ = row.card_id;
        }
        rects_.RecordLastItem("row/" + std::to_string(index));
    }
    if (row.suspended) {
        ImGui::PopStyleColor();
    }
    ImGui::PopID();
}

void BrowseView::HandleKeys() {
    const ImGuiIO& io = ImGui::GetIO();
    if (help_.IsOpen() || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) ||
        !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) {
        return;
    }
    if (io.WantTextInput) {
        return;  // the search box or a popup's field has the keys
    }
    if (HelpKeyPressed()) {
        help_.Open();
        return;
    }
    const bool ctrl = io.KeyCtrl && !io.KeyAlt;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        back_requested_ = true;
    } else if (ctrl && ImGui::IsKeyPressed(GLFW_KEY_A, false)) {
        selection_.SelectAll(ids_);
    } else if ((ctrl && ImGui::IsKeyPressed(GLFW_KEY_E, false)) ||
               (!ctrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false))) {
        edit_request_ = selection_.current();
    } else if (ctrl && ImGui::IsKeyPressed(GLFW_KEY_Z, false)) {
        pending_undo_ = true;
    } else if (ctrl && ImGui::IsKeyPressed(GLFW_KEY_F, false)) {
        focus_search_ = true;
    } else if (!ctrl && ImGui::IsKeyPressed(GLFW_KEY_SLASH, false) && !io.KeyShift) {
        focus_search_ = true;
    } else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Delete), false) &&
               selection_.Count() > 0) {
        confirm_delete_ = true;
    } else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) {
        MoveCurrent(1, io.KeyShift);
    } else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) {
        MoveCurrent(-1, io.KeyShift);
    }
}

void BrowseView::MoveCurrent(int step, bool extend) {
    if (ids_.empty()) {
        return;
    }
    int index = step > 0 ? 0 : static_cast<int>(ids_.size()) - 1;
    if (const auto current = selection_.current()) {
        const auto at = std::find(ids_.begin(), ids_.end(), *current);
        if (at != ids_.end()) {
            index = std::clamp(static_cast<int>(at - ids_.begin()) + step, 0,
                               static_cast<int>(ids_.size()) - 1);
        }
    }
    selection_.Click(ids_, index, extend, false);
    scroll_to_current_ = true;
}

}  // namespace summit::ui
