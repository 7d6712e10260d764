// The settings view: deck study options and the app's look, validated before they are stored.
#include "app/ui/settings/settings_view.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <string>
#include <utility>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"

namespace summit::ui {
namespace {

// A label column followed by the field, so the form lines up at any scale.
void FieldLabel(const char* label, const char* hint) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    if (hint != nullptr && ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", hint);
    }
    ImGui::SameLine(Em(13));
    ImGui::SetNextItemWidth(Em(16));
}

constexpr HelpRow kSettingsKeys[] = {
    {"Tab / Shift+Tab", "Move the focus ring; Enter or Space presses, typing edits"},
    {"Up / Down", "Another deck, while the deck chooser has the focus"},
    {"Ctrl+Tab", "Next view: Home, Quiz setup, Progress, Settings (Shift: back)"},
    {"Ctrl+S", "Save the deck options"},
    {"Escape", "Back to the decks (asks first when something is not saved)"},
    {"?", "Show or hide this help (outside text fields)"},
    {"Ctrl+Q", "Quit Summit"},
};
constexpr HelpSection kSettingsHelp[] = {
    {"Settings", kSettingsKeys, static_cast<int>(std::size(kSettingsKeys))}};

}  // namespace

SettingsView::SettingsView(storage::Collection& collection, study::Clock clock)
    : collection_(collection), help_(kSettingsHelp), fit_(collection, std::move(clock)) {}

void SettingsView::Open(std::vector<DeckChoice> decks, std::optional<storage::DeckId> deck,
                        const study::AppSettings& appearance) {
    decks_ = std::move(decks);
    state_ = SettingsUiState{};
    focus_.Clear();
    state_.appearance = appearance;
    stored_appearance_ = appearance;
    appearance_message_is_validation_ = false;
    if (deck) {
        for (size_t i = 0; i < decks_.size(); ++i) {
            if (decks_[i].id == *deck) {
                state_.deck_index = static_cast<int>(i) + 1;
            }
        }
    }
    LoadDeck();
}

const DeckChoice* SettingsView::SelectedDeck() const {
    if (state_.deck_index <= 0 || state_.deck_index > static_cast<int>(decks_.size())) {
        return nullptr;
    }
    return &decks_[state_.deck_index - 1];
}

std::optional<storage::DeckId> SettingsView::SelectedDeckId() const {
    const DeckChoice* deck = SelectedDeck();
    return deck ? std::optional(deck->id) : std::nullopt;
}

void SettingsView::LoadDeck() {
    state_.deck_message.clear();
    state_.deck_saved.clear();
    deck_message_is_validation_ = false;
    auto loaded = study::LoadDeckSettings(collection_, SelectedDeckId());
    if (loaded) {
        state_.editing = *loaded;
        stored_deck_ = *loaded;
    } else {
        state_.editing = study::DeckSettings{};
        stored_deck_ = state_.editing;
        state_.deck_message = "Could not read the stored settings (" + loaded.error().message +
                              "); showing the defaults.";
    }
    fit_.SetDeck(SelectedDeckId(), stored_deck_);
}

void SettingsView::SaveDeck() {
    state_.deck_saved.clear();
    deck_message_is_validation_ = false;
    if (auto valid = state_.editing.Validate(); !valid) {
        state_.deck_message = "Not saved: " + valid.error().message + ".";
        deck_message_is_validation_ = true;
        return;
    }
    if (auto saved = study::SaveDeckSettings(collection_, SelectedDeckId(), state_.editing);
        !saved) {
        state_.deck_message = "Not saved: " + saved.error().message + ".";
        return;
    }
    state_.deck_message.clear();
    state_.deck_saved = "Saved.";
    stored_deck_ = state_.editing;
    fit_.SetDeck(SelectedDeckId(), stored_deck_);  // the workload at the saved retention
}

void SettingsView::SaveAppearance() {
    appearance_message_is_validation_ = !state_.appearance.Validate().has_value();
    if (auto saved = study::SaveAppSettings(collection_, state_.appearance); !saved) {
        state_.appearance_message = "Not saved: " + saved.error().message + ".";
        return;
    }
    state_.appearance_message.clear();
    appearance_change_ = state_.appearance;
    stored_appearance_ = state_.appearance;
}

bool SettingsView::HasUnsavedChanges() const {
    return state_.editing != stored_deck_ || state_.appearance != stored_appearance_;
}

bool SettingsView::TakeBackRequest() {
    const bool requested = back_requested_;
    back_requested_ = false;
    return requested;
}

std::optional<study::AppSettings> SettingsView::TakeAppearanceChange() {
    std::optional<study::AppSettings> change;
    change.swap(appearance_change_);
    return change;
}

void SettingsView::Draw() {
    save_requested_ = false;
    apply_requested_ = false;
    leave_requested_ = std::exchange(leave_asked_, false);
    leave_choice_ = LeaveChoice::kNone;
    pending_deck_index_ = -1;
    const bool open = BeginFullscreenView("Settings###settings");
    if (open) {
        focus_.Begin(!state_.confirm_leave && state_.confirm_switch_to < 0 && !help_.IsOpen());
        if (focus_.Item(ImGui::Button("< Back"))) {
            leave_requested_ = true;
        }
        rects_.RecordLastItem("button/back");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Back to the decks (Escape)");
        }
        ImGui::SameLine(0, Em(1));
        ImGui::TextUnformatted("Settings");
        ImGui::Separator();
        ImGui::BeginChild("settings_body", ImVec2(0, 0));
        DrawDeckSection();
        ImGui::Spacing();
        fit_.Draw(focus_, rects_);
        ImGui::Spacing();
        DrawAppearanceSection();
        ImGui::EndChild();
        DrawLeaveQuestion();

        const ImGuiIO& io = ImGui::GetIO();
        // While the question or the help shows, Escape answers or closes it instead.
        if (!state_.confirm_leave && state_.confirm_switch_to < 0 && !help_.IsOpen() &&
            !io.WantTextInput) {
            if (HelpKeyPressed()) {
                help_.Open();
            } else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
                leave_requested_ = true;
            }
        }
        if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_S, false)) {
            save_requested_ = true;
        }
        focus_.End();
    }
    EndFullscreenView();
    help_.Draw();

    // Applied after drawing so the whole frame showed one consistent state.
    if (pending_deck_index_ >= 0) {
        ChooseDeck(pending_deck_index_);
    }
    if (save_requested_) {
        SaveDeck();
    }
    // Apply stored fitted weights: they are the deck's now, edits to other fields stay.
    if (auto stored = fit_.TakeStoredSettings()) {
        state_.editing.fsrs_weights = stored->fsrs_weights;
        state_.editing.previous_fsrs_weights = stored->previous_fsrs_weights;
        state_.editing.fitted_at_ms = stored->fitted_at_ms;
        stored_deck_ = *stored;
    }
    if (apply_requested_) {
        SaveAppearance();
    }
    RecheckMessages();
    if (state_.confirm_switch_to >= 0) {
        ApplySwitch();
    } else {
        ApplyLeave();
    }
}

void SettingsView::ChooseDeck(int deck_index) {
    if (deck_index == state_.deck_index || deck_index < 0 ||
        deck_index > static_cast<int>(decks_.size())) {
        return;
    }
    // Only the deck options belong to a deck: edits to the look stay as they are.
    if (state_.editing != stored_deck_) {
        state_.confirm_switch_to = deck_index;
        return;
    }
    state_.deck_index = deck_index;
    LoadDeck();
}

void SettingsView::ApplySwitch() {
    const int target = state_.confirm_switch_to;
    switch (leave_choice_) {
        case LeaveChoice::kNone:
            return;
        case LeaveChoice::kSave:
            SaveDeck();
            // A value that did not save keeps this deck, its message saying why.
            if (state_.editing != stored_deck_) {
                break;
            }
            state_.deck_index = target;
            LoadDeck();
            break;
        case LeaveChoice::kDiscard:
            state_.deck_index = target;
            LoadDeck();
            break;
        case LeaveChoice::kStay:
            break;
    }
    state_.confirm_switch_to = -1;
}

void SettingsView::DrawLeaveQuestion() {
    const bool switching = state_.confirm_switch_to >= 0;
    if (!state_.confirm_leave && !switching) {
        return;
    }
    constexpr const char* kTitle = "Unsaved changes###leave_settings";
    if (!ImGui::IsPopupOpen(kTitle)) {
        ImGui::OpenPopup(kTitle);
    }
    if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        leave_choice_ = LeaveChoice::kStay;  // closed some other way: nothing is lost
        return;
    }
    ImGui::TextUnformatted(switching ? "This deck's options are not saved yet."
                                     : "Some settings are not saved yet.");
    if (ImGui::Button(switching ? "Save and switch (Enter)" : "Save and go back (Enter)")) {
        leave_choice_ = LeaveChoice::kSave;
    }
    rects_.RecordLastItem("confirm/save");
    ImGui::SameLine();
    if (ImGui::Button(switching ? "Discard and switch (D)" : "Discard (D)")) {
        leave_choice_ = LeaveChoice::kDiscard;
    }
    rects_.RecordLastItem("confirm/discard");
    ImGui::SameLine();
    if (ImGui::Button("Keep editing (Esc)")) {
        leave_choice_ = LeaveChoice::kStay;
    }
    rects_.RecordLastItem("confirm/stay");
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) {
        leave_choice_ = LeaveChoice::kSave;
    } else if (ImGui::IsKeyPressed(GLFW_KEY_D, false)) {
        leave_choice_ = LeaveChoice::kDiscard;
    } else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        leave_choice_ = LeaveChoice::kStay;
    }
    if (leave_choice_ != LeaveChoice::kNone) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void SettingsView::ApplyLeave() {
    if (leave_requested_ && !state_.confirm_leave) {
        if (HasUnsavedChanges()) {
            state_.confirm_leave = true;
        } else {
            back_requested_ = true;
        }
        return;
    }
    switch (leave_choice_) {
        case LeaveChoice::kNone:
            return;
        case LeaveChoice::kSave:
            if (state_.editing != stored_deck_) {
                SaveDeck();
            }
            if (state_.appearance != stored_appearance_) {
                SaveAppearance();
            }
            // A value that did not save keeps the view open, its message saying why.
            back_requested_ = !HasUnsavedChanges();
            break;
        case LeaveChoice::kDiscard:
            state_.editing = stored_deck_;
            state_.appearance = stored_appearance_;
            back_requested_ = true;
            break;
        case LeaveChoice::kStay:
            break;
    }
    state_.confirm_leave = false;
}

void SettingsView::RecheckMessages() {
    if (deck_message_is_validation_) {
        if (auto valid = state_.editing.Validate(); valid) {
            state_.deck_message.clear();
            deck_message_is_validation_ = false;
        } else {
            state_.deck_message = "Not saved: " + valid.error().message + ".";
        }
    }
    if (appearance_message_is_validation_ && state_.appearance.Validate()) {
        state_.appearance_message.clear();
        appearance_message_is_validation_ = false;
    }
}

void SettingsView::DrawDeckSection() {
    ImGui::TextUnformatted("Deck study options");
    ImGui::Spacing();
    FieldLabel("Deck", "Decks without their own options use the defaults");
    const DeckChoice* selected = SelectedDeck();
    const std::string current = selected ? selected->name : "Defaults for every deck";
    if (ImGui::BeginCombo("##deck", current.c_str())) {
        if (ImGui::Selectable("Defaults for every deck", state_.deck_index == 0)) {
            pending_deck_index_ = 0;
        }
        for (size_t i = 0; i < decks_.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(decks_[i].name.c_str(),
                                  state_.deck_index == static_cast<int>(i) + 1)) {
                pending_deck_index_ = static_cast<int>(i) + 1;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    rects_.RecordLastItem("deck/combo");
    focus_.Item();
    if (const int step = focus_.Step()) {
        pending_deck_index_ =
            std::clamp(state_.deck_index + step, 0, static_cast<int>(decks_.size()));
    }

    study::DeckSettings& s = state_.editing;
    FieldLabel("Desired retention", "The share of reviews you aim to recall, 0.70 to 0.99 (FSRS)");
    focus_.BeforeTextField();
    ImGui::InputDouble("##retention", &s.desired_retention, 0.01, 0.05, "%.2f");
    focus_.Item();
    rects_.RecordLastItem("field/retention");
    FieldLabel("New cards per day", "0 to 9999");
    focus_.BeforeTextField();
    ImGui::InputInt("##new", &s.new_per_day);
    focus_.Item();
    rects_.RecordLastItem("field/new");
    FieldLabel("Reviews per day", "0 to 99999");
    focus_.BeforeTextField();
    ImGui::InputInt("##reviews", &s.reviews_per_day, 10, 100);
    focus_.Item();
    rects_.RecordLastItem("field/reviews");
    FieldLabel("Learning steps", "Delays for a new card, e.g. \"1m 10m\" (s, m, h, d)");
    focus_.BeforeTextField();
    ImGui::InputText("##learning", &s.learning_steps);
    focus_.Item();
    rects_.RecordLastItem("field/learning");
    FieldLabel("Relearning steps", "Delays after a lapse, e.g. \"10m\"");
    focus_.BeforeTextField();
    ImGui::InputText("##relearning", &s.relearning_steps);
    focus_.Item();
    rects_.RecordLastItem("field/relearning");
    FieldLabel("Longest answer time", "Seconds; a longer answer counts as this long, 10 to 3600");
    focus_.BeforeTextField();
    ImGui::InputInt("##max_answer", &s.max_answer_seconds, 10, 60);
    focus_.Item();
    rects_.RecordLastItem("field/max_answer");
    FieldLabel("Scheduler", "FSRS adapts to your memory; SM-2 is Anki's classic algorithm");
    if (focus_.Item(ImGui::RadioButton("FSRS", s.scheduler == study::SchedulerKind::kFsrs))) {
        s.scheduler = study::SchedulerKind::kFsrs;
    }
    rects_.RecordLastItem("scheduler/fsrs");
    ImGui::SameLine();
    if (focus_.Item(ImGui::RadioButton("SM-2", s.scheduler == study::SchedulerKind::kSm2))) {
        s.scheduler = study::SchedulerKind::kSm2;
    }
    rects_.RecordLastItem("scheduler/sm2");

    ImGui::Spacing();
    if (focus_.Item(ImGui::Button("Save deck options", ImVec2(Em(12), 0)))) {
        save_requested_ = true;
    }
    rects_.RecordLastItem("button/save");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Ctrl+S");
    }
    if (!state_.deck_message.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(Colors().error, "%s", state_.deck_message.c_str());
        ImGui::PopTextWrapPos();
    } else if (!state_.deck_saved.empty()) {
        ImGui::TextColored(Colors().success, "%s", state_.deck_saved.c_str());
    }
}

void SettingsView::DrawAppearanceSection() {
    ImGui::Separator();
    ImGui::TextUnformatted("Appearance (every deck)");
    ImGui::Spacing();
    study::AppSettings& a = state_.appearance;
    FieldLabel("Theme", nullptr);
    if (focus_.Item(ImGui::RadioButton("Dark", a.theme == study::AppTheme::kDark))) {
        a.theme = study::AppTheme::kDark;
    }
    rects_.RecordLastItem("theme/dark");
    ImGui::SameLine();
    if (focus_.Item(ImGui::RadioButton("Light", a.theme == study::AppTheme::kLight))) {
        a.theme = study::AppTheme::kLight;
    }
    rects_.RecordLastItem("theme/light");
    FieldLabel("UI scale", "Text and widget size on top of the monitor's scale, 0.75 to 2.00");
    focus_.BeforeTextField();
    ImGui::InputDouble("##scale", &a.ui_scale, 0.05, 0.25, "%.2f");
    focus_.Item();
    rects_.RecordLastItem("field/scale");
    ImGui::Spacing();
    if (focus_.Item(ImGui::Button("Apply appearance", ImVec2(Em(12), 0)))) {
        apply_requested_ = true;
    }
    rects_.RecordLastItem("button/apply");
    if (!state_.appearance_message.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(Colors().error, "%s", state_.appearance_message.c_str());
        ImGui::PopTextWrapPos();
    }
}

}  // namespace summit::ui
