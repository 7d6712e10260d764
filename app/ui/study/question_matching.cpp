// Matching questions: lefts numbered 1-9, rights lettered A, B, C... in shuffled rows; a digit
// or click picks a left, a letter or click gives it a right; after grading each pair is marked.
#include <algorithm>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/ui/study/question_panel.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {
namespace {

constexpr int kMaxLetters = 26;

}  // namespace

void QuestionPanel::PickRight(int pair) {
    const int count = static_cast<int>(matches_.size());
    if (picked_left_ < 0 || picked_left_ >= count || pair < 0 || pair >= count || locked_ ||
        submitted_) {
        return;
    }
    // Each right belongs to one left: giving it to this left takes it from any other.
    for (int& match : matches_) {
        if (match == pair) {
            match = -1;
        }
    }
    matches_[picked_left_] = pair;
    for (int step = 1; step < count; ++step) {
        const int next = (picked_left_ + step) % count;
        if (matches_[next] < 0) {
            picked_left_ = next;
            break;
        }
    }
}

void QuestionPanel::DrawMatching() {
    const int count = static_cast<int>(question_.pairs.size());
    // The letter shown beside each pair's right.
    std::vector<char> letter_of(count, '?');
    for (int row = 0; row < count && row < kMaxLetters; ++row) {
        letter_of[right_rows_[row]] = static_cast<char>('A' + row);
    }
    if (!locked_) {
        ImGui::TextDisabled(
            "Pick an item on the left (1-9), then its match on the right (A, B, ...)");
    }
    int clicked_left = -1;
    int clicked_right = -1;
    std::string name;
    std::string text;
    if (ImGui::BeginTable("matching", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const float left_width = ImGui::GetContentRegionAvail().x;
        for (int i = 0; i < count; ++i) {
            text = question_.pairs[i].left + "  \u2192  ";
            const int match = matches_[i];
            text += match >= 0
                        ? std::string(1, letter_of[match]) + "  " + question_.pairs[match].right
                        : std::string("?");
            Mark mark = Mark::kNone;
            if (locked_) {
                const bool right = i < static_cast<int>(grade_.parts.size()) &&
                                   grade_.parts[i].verdict == study::Verdict::kCorrect;
                mark = right ? Mark::kRight : Mark::kWrong;
                if (!right) {
                    text += "   (should be: " + question_.pairs[i].right + ")";
                }
            }
            name = "match/left/" + std::to_string(i);
            const std::string key = i < 9 ? std::to_string(i + 1) : "";
            if (AnswerRow(name.c_str(), key.c_str(), text, !locked_ && picked_left_ == i, mark,
                          left_width)) {
                clicked_left = i;
            }
            if (i < 9 && !locked_ && ImGui::IsItemHovered()) {
                ImGui::SetTooltip("Key %d, then a letter; Backspace clears", i + 1);
            }
        }
        ImGui::TableNextColumn();
        const float right_width = ImGui::GetContentRegionAvail().x;
        for (int row = 0; row < count; ++row) {
            const int pair = right_rows_[row];
            const bool used = std::find(matches_.begin(), matches_.end(), pair) != matches_.end();
            name = "match/right/" + std::to_string(pair);
            const std::string key(1, letter_of[pair]);
            ImGui::PushStyleVar(ImGuiStyleVar_Alpha, used && !locked_ ? 0.6f : 1.0f);
            if (AnswerRow(name.c_str(), key.c_str(), question_.pairs[pair].right, false,
                          Mark::kNone, right_width)) {
                clicked_right = pair;
            }
            ImGui::PopStyleVar();
            if (row < kMaxLetters && !locked_ && ImGui::IsItemHovered()) {
                ImGui::SetTooltip("Key %c", letter_of[pair]);
            }
        }
        ImGui::EndTable();
    }

    if (LettersActive()) {
        for (int i = 0; i < std::min(9, count); ++i) {
            if (ImGui::IsKeyPressed(GLFW_KEY_1 + i, false) ||
                ImGui::IsKeyPressed(GLFW_KEY_KP_1 + i, false)) {
                clicked_left = i;
            }
        }
        for (int row = 0; row < std::min(kMaxLetters, count); ++row) {
            if (ImGui::IsKeyPressed(GLFW_KEY_A + row, false)) {
                clicked_right = right_rows_[row];
            }
        }
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace), false) &&
            picked_left_ >= 0) {
            matches_[picked_left_] = -1;
        }
    }
    // Applied after drawing: a left picked this frame takes a right picked in the same frame.
    if (clicked_left >= 0 && !submitted_) {
        picked_left_ = clicked_left;
    }
    PickRight(clicked_right);
}

}  // namespace summit::ui
