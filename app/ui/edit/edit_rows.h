// A list of rows the editor edits (choices, accepted answers, pairs, items, numbers): each row
// with its own fields, a Remove button (and Up/Down where order matters), its problems under
// it, and an Add button below the list.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>

#include "app/ui/edit/field_problems.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/widget_rects.h"

namespace summit::ui {

// Where a row's fields are drawn and its rects named: "<rect>/<index>/...".
struct RowContext {
    int index = 0;
    std::string rect;  // "<rect>/<index>"
    WidgetRects& rects;
};

// Draws `list` (JSON name `field`, rect prefix `rect`): for each row `draw_row(row_context,
// item)` then its buttons, then the problems of "field[i]"; "Add <noun>" appends `blank`.
// Changes of order and size are applied after the whole list is drawn, so no row is drawn
// from a moved element.
template <typename T, typename DrawRow>
void EditRows(std::vector<T>& list, const char* field, const char* rect, const char* noun,
              bool movable, const T& blank, FieldProblems& problems, WidgetRects& rects,
              DrawRow draw_row) {
    int remove = -1;
    int move_from = -1;
    int move_to = -1;
    ImGui::PushID(field);
    for (int i = 0; i < static_cast<int>(list.size()); ++i) {
        ImGui::PushID(i);
        RowContext row{i, std::string(rect) + "/" + std::to_string(i), rects};
        draw_row(row, list[static_cast<size_t>(i)]);
        if (movable) {
            ImGui::SameLine();
            ImGui::BeginDisabled(i == 0);
            if (ImGui::ArrowButton("##up", ImGuiDir_Up)) {
                move_from = i;
                move_to = i - 1;
            }
            ImGui::EndDisabled();
            rects.RecordLastItem(row.rect + "/up");
            ImGui::SameLine();
            ImGui::BeginDisabled(i + 1 == static_cast<int>(list.size()));
            if (ImGui::ArrowButton("##down", ImGuiDir_Down)) {
                move_from = i;
                move_to = i + 1;
            }
            ImGui::EndDisabled();
            rects.RecordLastItem(row.rect + "/down");
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove")) {
            remove = i;
        }
        rects.RecordLastItem(row.rect + "/remove");
        problems.Under(std::string(field) + "[" + std::to_string(i) + "]");
        ImGui::PopID();
    }
    problems.Under(field, false);
    if (ImGui::Button((std::string("Add ") + noun).c_str())) {
        list.push_back(blank);
    }
    rects.RecordLastItem(std::string("add/") + rect);
    ImGui::PopID();
    if (move_from >= 0) {
        std::swap(list[static_cast<size_t>(move_from)], list[static_cast<size_t>(move_to)]);
    }
    if (remove >= 0) {
        list.erase(list.begin() + remove);
    }
}

// The width a row's text field gets when `reserve_em` ems are left for what follows it.
inline float RowFieldWidth(float reserve_em) {
    return std::max(Em(6), ImGui::GetContentRegionAvail().x - Em(reserve_em));
}

}  // namespace summit::ui
