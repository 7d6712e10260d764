// Ordering questions: the items in shuffled rows with up/down buttons; Up/Down move a cursor,
// Shift (or Alt) with them moves the item under it; after grading each row is marked.
#include <algorithm>
#include <string>
#include <utility>

#include <imgui.h>

#include "app/ui/study/question_panel.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {

void QuestionPanel::MoveItem(int row, int delta) {
    const int target = row + delta;
    const int count = static_cast<int>(order_.size());
    if (row < 0 || row >= count || target < 0 || target >= count || locked_ || submitted_) {
        return;
    }
    std::swap(order_[row], order_[target]);
    order_cursor_ = target;
}

void QuestionPanel::DrawOrdering() {
    const int count = static_cast<int>(order_.size());
    if (!locked_) {
        ImGui::TextDisabled("Top to bottom. Up/Down pick a row, Shift+Up/Down move it");
    }
    int move_row = -1;
    int move_delta = 0;
    int clicked_row = -1;
    std::string name;
    std::string text;
    for (int row = 0; row < count; ++row) {
        ImGui::PushID(row);
        const bool inputs = !locked_ && !submitted_;
        ImGui::BeginDisabled(!inputs || row == 0);
        if (ImGui::ArrowButton("##up", ImGuiDir_Up)) {
            move_row = row;
            move_delta = -1;
        }
        ImGui::EndDisabled();
        name = "order/up/" + std::to_string(row);
        rects_.RecordLastItem(name);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && inputs) {
            ImGui::SetTooltip("Move up (Shift+Up)");
        }
        ImGui::SameLine(0, Em(0.2f));
        ImGui::BeginDisabled(!inputs || row + 1 == count);
        if (ImGui::ArrowButton("##down", ImGuiDir_Down)) {
            move_row = row;
            move_delta = 1;
        }
        ImGui::EndDisabled();
        name = "order/down/" + std::to_string(row);
        rects_.RecordLastItem(name);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && inputs) {
            ImGui::SetTooltip("Move down (Shift+Down)");
        }
        ImGui::SameLine(0, Em(0.5f));

        const int item = order_[row];
        text = item >= 0 && item < static_cast<int>(question_.items.size()) ? question_.items[item]
                                                                            : std::string("?");
        Mark mark = Mark::kNone;
        if (locked_) {
            const bool right = row < static_cast<int>(grade_.parts.size()) &&
                               grade_.parts[row].verdict == study::Verdict::kCorrect;
            mark = right ? Mark::kRight : Mark::kWrong;
            if (!right && row < static_cast<int>(question_.items.size())) {
                text += "   (belongs here: " + question_.items[row] + ")";
            }
        }
        name = "order/item/" + std::to_string(row);
        const float width = ImGui::GetContentRegionAvail().x;
        const std::string key = std::to_string(row + 1);
        if (AnswerRow(name.c_str(), key.c_str(), text, inputs && row == order_cursor_, mark,
                      width)) {
            clicked_row = row;
        }
        ImGui::PopID();
    }

    if (LettersActive()) {
        const ImGuiIO& io = ImGui::GetIO();
        const bool up = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow), true);
        const bool down = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow), true);
        const int delta = up ? -1 : (down ? 1 : 0);
        if (delta != 0 && (io.KeyShift || io.KeyAlt)) {
            move_row = order_cursor_;
            move_delta = delta;
        } else if (delta != 0) {
            clicked_row = std::clamp(order_cursor_ + delta, 0, count - 1);
        }
    }
    // Applied after drawing so every row of this frame showed the same order.
    if (clicked_row >= 0) {
        order_cursor_ = clicked_row;
    }
    if (move_row >= 0) {
        MoveItem(move_row, move_delta);
    }
}

}  // namespace summit::ui
