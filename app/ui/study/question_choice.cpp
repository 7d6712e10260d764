// Multiple choice and true/false: options as wrapped rows or two buttons, digits and T/F keys,
// and after grading which option was right, wrong or missed.
#include <algorithm>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/ui/study/question_panel.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {
namespace {

bool DigitPressed(int index) {
    return ImGui::IsKeyPressed(GLFW_KEY_1 + index, false) ||
           ImGui::IsKeyPressed(GLFW_KEY_KP_1 + index, false);
}

int CorrectCount(const content::Question& question) {
    return static_cast<int>(std::count_if(question.choices.begin(), question.choices.end(),
                                          [](const content::Choice& c) { return c.correct; }));
}

}  // namespace

void QuestionPanel::ToggleChoice(int index) {
    if (index < 0 || index >= static_cast<int>(chosen_.size()) || locked_ || submitted_) {
        return;
    }
    const bool now = !chosen_[index];
    if (CorrectCount(question_) <= 1) {
        // One right answer: picking an option replaces the previous pick, as radio buttons do.
        std::fill(chosen_.begin(), chosen_.end(), false);
    }
    chosen_[index] = now;
}

void QuestionPanel::DrawChoice() {
    const bool several = CorrectCount(question_) > 1;
    if (!locked_) {
        ImGui::TextDisabled(several ? "Choose all that apply" : "Choose one");
    }
    const float width = ImGui::GetContentRegionAvail().x;
    int clicked = -1;
    std::string name;
    std::string text;
    for (size_t row = 0; row < choice_rows_.size(); ++row) {
        const size_t i = static_cast<size_t>(choice_rows_[row]);
        const content::Choice& choice = question_.choices[i];
        Mark mark = Mark::kNone;
        text = choice.text;
        if (locked_) {
            if (choice.correct && chosen_[i]) {
                mark = Mark::kRight;
                text += "   (right)";
            } else if (choice.correct) {
                // Still the right answer: green like the others, the label says it was missed.
                mark = Mark::kRight;
                text += "   (correct answer, not chosen)";
            } else if (chosen_[i]) {
                mark = Mark::kWrong;
                text += "   (wrong)";
            }
        }
        name = "choice/" + std::to_string(i);
        const std::string key = row < 9 ? std::to_string(row + 1) : "";
        if (AnswerRow(name.c_str(), key.c_str(), text, chosen_[i], mark, width)) {
            clicked = static_cast<int>(i);
        }
        if (row < 9 && ImGui::IsItemHovered() && !locked_) {
            ImGui::SetTooltip("Key %zu", row + 1);
        }
    }
    if (LettersActive()) {
        for (int row = 0; row < std::min<int>(9, static_cast<int>(choice_rows_.size())); ++row) {
            if (DigitPressed(row)) {
                clicked = choice_rows_[row];
            }
        }
    }
    // Applied after drawing so every row of this frame showed the same selection.
    ToggleChoice(clicked);
}

void QuestionPanel::DrawTrueFalse() {
    int picked = -1;
    const char* labels[2] = {"True###true", "False###false"};
    const char* names[2] = {"choice/true", "choice/false"};
    const char* tips[2] = {"T or 1", "F or 2"};
    for (int i = 0; i < 2; ++i) {
        const int value = i == 0 ? 1 : 0;  // said_ is 1 for true, 0 for false
        const bool selected = said_ == value;
        const bool is_answer = question_.answer == (value == 1);
        int colors = 0;
        if (locked_ && (selected || is_answer)) {
            ImGui::PushStyleColor(ImGuiCol_Text,
                                  MarkColor(is_answer ? Mark::kRight : Mark::kWrong));
            ++colors;
        }
        if (selected) {
            ImGui::PushStyleColor(ImGuiCol_Button, Colors().selected);
            ++colors;
        }
        if (i > 0) {
            ImGui::SameLine(0, Em(0.8f));
        }
        if (ImGui::Button(labels[i], ImVec2(Em(8), Em(2.2f))) && !locked_) {
            picked = value;
        }
        rects_.RecordLastItem(names[i]);
        if (ImGui::IsItemHovered() && !locked_) {
            ImGui::SetTooltip("%s", tips[i]);
        }
        ImGui::PopStyleColor(colors);
    }
    if (locked_) {
        ImGui::SameLine(0, Em(1));
        ImGui::TextColored(
            MarkColor(said_ >= 0 && (said_ == 1) == question_.answer ? Mark::kRight : Mark::kWrong),
            "The statement is %s", question_.answer ? "true" : "false");
    }
    if (LettersActive()) {
        if (ImGui::IsKeyPressed(GLFW_KEY_T, false) || DigitPressed(0)) {
            picked = 1;
        }
        if (ImGui::IsKeyPressed(GLFW_KEY_F, false) || DigitPressed(1)) {
            picked = 0;
        }
    }
    if (picked >= 0 && !submitted_) {
        said_ = picked;
    }
}

}  // namespace summit::ui
