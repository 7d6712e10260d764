// Calendar-style heatmap drawn with the window's draw list.
#include "app/ui/charts/chart_heatmap.h"

#include <algorithm>
#include <cmath>

#include "app/ui/widgets/theme.h"

namespace summit::ui {

void HeatmapCellRect(ImVec2 grid_min, float cell_size, const HeatmapCell& cell, ImVec2* min,
                     ImVec2* max) {
    const float gap = std::max(1.0f, cell_size * 0.15f);
    min->x = grid_min.x + cell_size * static_cast<float>(cell.column);
    min->y = grid_min.y + cell_size * static_cast<float>(cell.row);
    max->x = min->x + cell_size - gap;
    max->y = min->y + cell_size - gap;
}

ChartResult DrawHeatmap(const HeatmapChart& chart) {
    float row_label_width = 0;
    for (const std::string& label : chart.row_labels) {
        row_label_width = std::max(row_label_width, ImGui::CalcTextSize(label.c_str()).x);
    }
    const float line = ImGui::GetTextLineHeight();
    const float avail = ImGui::GetContentRegionAvail().x - row_label_width - Em(0.5f);
    const float cell_size = std::max(
        2.0f,
        std::min(Em(chart.max_cell_em), avail / static_cast<float>(std::max(chart.columns, 1))));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float grid_width = cell_size * static_cast<float>(chart.columns);
    const float grid_height = cell_size * static_cast<float>(chart.rows);
    ImGui::PushID(chart.id);
    ImGui::Dummy(ImVec2(row_label_width + Em(0.5f) + grid_width, line + Em(0.2f) + grid_height));
    ImGui::PopID();

    ChartResult result;
    result.plot_min = ImVec2(origin.x + row_label_width + Em(0.5f), origin.y + line + Em(0.2f));
    result.plot_max = ImVec2(result.plot_min.x + grid_width, result.plot_min.y + grid_height);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 label_color = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    for (size_t c = 0; c < chart.column_labels.size(); ++c) {
        if (!chart.column_labels[c].empty()) {
            draw->AddText(ImVec2(result.plot_min.x + cell_size * static_cast<float>(c), origin.y),
                          label_color, chart.column_labels[c].c_str());
        }
    }
    for (size_t r = 0; r < chart.row_labels.size(); ++r) {
        const float y =
            result.plot_min.y + cell_size * static_cast<float>(r) + (cell_size - line) * 0.5f;
        draw->AddText(ImVec2(origin.x, y), label_color, chart.row_labels[r].c_str());
    }

    double max_value = 0;
    for (const HeatmapCell& cell : chart.cells) {
        max_value = std::max(max_value, cell.value);
    }
    const bool hovering =
        ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(result.plot_min, result.plot_max);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const ImU32 empty = ImGui::GetColorU32(ImGuiCol_FrameBg);
    const ImVec4 full = ImGui::ColorConvertU32ToFloat4(chart.color);
    for (size_t i = 0; i < chart.cells.size(); ++i) {
        const HeatmapCell& cell = chart.cells[i];
        ImVec2 min;
        ImVec2 max;
        HeatmapCellRect(result.plot_min, cell_size, cell, &min, &max);
        ImU32 fill = empty;
        if (cell.value > 0 && max_value > 0) {
            const float strength =
                0.25f + 0.75f * static_cast<float>(std::sqrt(cell.value / max_value));
            fill = ImGui::ColorConvertFloat4ToU32(ImVec4(full.x, full.y, full.z, strength));
        }
        draw->AddRectFilled(min, max, fill, cell_size * 0.15f);
        if (hovering && mouse.x >= min.x && mouse.x < min.x + cell_size && mouse.y >= min.y &&
            mouse.y < min.y + cell_size) {
            result.hovered = static_cast<int>(i);
            draw->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Text), cell_size * 0.15f);
        }
    }
    if (result.hovered >= 0) {
        const HeatmapCell& cell = chart.cells[static_cast<size_t>(result.hovered)];
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(cell.title.c_str());
        ImGui::TextUnformatted(FormatValue(chart.value_format, cell.value).c_str());
        ImGui::EndTooltip();
    }
    return result;
}

}  // namespace summit::ui
