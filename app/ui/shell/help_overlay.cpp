// The shortcut list shown over the study and quiz views.
#include "app/ui/shell/help_overlay.h"

#include <algorithm>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/ui/widgets/theme.h"

namespace summit::ui {
namespace {

using Shortcut = HelpRow;
using Section = HelpSection;

constexpr Shortcut kAnyQuestion[] = {
    {"Enter / Space", "Move forward: reveal, submit, accept the rating, next"},
    {"1 2 3 4", "After the answer: Again, Hard, Good, Easy"},
    {"Empty answer + Enter", "I don't know"},
};
constexpr Shortcut kAnswering[] = {
    {"1-9", "Multiple choice: toggle an option"},
    {"T / F  (or 1 / 2)", "True or false"},
    {"1-9, then A B C ...", "Matching: pick a left item, then its right item"},
    {"Backspace", "Matching: clear the current left item's match"},
    {"Up / Down", "Ordering: move the cursor"},
    {"Shift or Alt + Up / Down", "Ordering: move the item under the cursor"},
};
constexpr Shortcut kSession[] = {
    {"Ctrl+Z / U", "Undo the last answer (several steps)"},
    {"Ctrl+B / B", "Bury the question until tomorrow"},
    {"Ctrl+S / S", "Suspend the question"},
    {"E", "On the answer: edit this question (back to this card after)"},
    {"",
     "U, B, S alone: only while the question takes no letters (on the answer, flashcards, "
     "choice, ordering); letters typed into an answer are answers"},
    {"? / F1", "Show or hide this help (F1 also while typing)"},
    {"Escape", "Leave the session (summary when anything was answered)"},
    {"Ctrl+Q", "Quit Summit"},
};
constexpr Section kSections[] = {
    {"Every question", kAnyQuestion, 3},
    {"Answering", kAnswering, 6},
    {"Session", kSession, 8},
};

}  // namespace

HelpOverlay::HelpOverlay() : sections_(kSections) {}

bool HelpKeyPressed() {
    const ImGuiIO& io = ImGui::GetIO();
    // F1 types nothing, so it opens the help even from a text field, where "?" is text.
    if (ImGui::IsKeyPressed(GLFW_KEY_F1, false)) {
        return true;
    }
    if (io.WantTextInput) {
        return false;
    }
    for (const ImWchar c : io.InputQueueCharacters) {
        if (c == '?') {
            return true;
        }
    }
    return io.KeyShift && ImGui::IsKeyPressed(GLFW_KEY_SLASH, false);
}

void HelpOverlay::Draw() {
    if (!open_) {
        opened_frames_ = 0;
        return;
    }
    ++opened_frames_;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(Em(36), viewport->WorkSize.x * 0.95f), 0));
    ImGui::SetNextWindowFocus();
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoScrollbar;
    bool keep_open = true;
    if (ImGui::Begin("Keyboard shortcuts###help", &keep_open, flags)) {
        for (const Section& section : sections_) {
            ImGui::TextDisabled("%s", section.title);
            if (ImGui::BeginTable(section.title, 2, ImGuiTableFlags_SizingStretchProp)) {
                ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed, Em(12));
                ImGui::TableSetupColumn("action", ImGuiTableColumnFlags_WidthStretch);
                for (int i = 0; i < section.count; ++i) {
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(section.rows[i].keys);
                    ImGui::TableNextColumn();
                    ImGui::PushTextWrapPos(0);
                    ImGui::TextUnformatted(section.rows[i].action);
                    ImGui::PopTextWrapPos();
                }
                ImGui::EndTable();
            }
            ImGui::Spacing();
        }
        if (ImGui::Button("Close", ImVec2(Em(6), 0))) {
            keep_open = false;
        }
        if (opened_frames_ > 1 &&
            (HelpKeyPressed() || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) ||
             ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false))) {
            keep_open = false;
        }
    }
    ImGui::End();
    open_ = keep_open;
}

}  // namespace summit::ui
