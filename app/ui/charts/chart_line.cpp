// Line chart drawn with the window's draw list.
#include "app/ui/charts/chart_line.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "app/ui/widgets/theme.h"

namespace summit::ui {

float LinePointX(const LineChart& chart, ImVec2 plot_min, ImVec2 plot_max, int index) {
    const float inset = Em(0.5f);  // keeps the first and last markers off the axes
    const float left = plot_min.x + inset;
    const float right = plot_max.x - inset;
    if (chart.points.size() < 2) {
        return (left + right) * 0.5f;
    }
    const double first = chart.points.front().x;
    const double span = chart.points.back().x - first;
    if (span <= 0) {
        return (left + right) * 0.5f;
    }
    const double fraction = (chart.points[static_cast<size_t>(index)].x - first) / span;
    return left + static_cast<float>(fraction) * (right - left);
}

ChartResult DrawLineChart(const LineChart& chart) {
    const AxisTicks ticks = NiceTicks(chart.y_max);
    ChartResult result = BeginPlot(chart.id, Em(chart.height_em), ticks, chart.value_format);
    const int count = static_cast<int>(chart.points.size());
    std::vector<ImVec2> positions;
    positions.reserve(chart.points.size());
    for (int i = 0; i < count; ++i) {
        positions.emplace_back(
            LinePointX(chart, result.plot_min, result.plot_max, i),
            ValueY(result.plot_min, result.plot_max, ticks.top, chart.points[i].y));
    }

    if (count > 0 && ImGui::IsWindowHovered() &&
        ImGui::IsMouseHoveringRect(result.plot_min, result.plot_max)) {
        const float mouse_x = ImGui::GetIO().MousePos.x;
        float best = Em(1);
        for (int i = 0; i < count; ++i) {
            const float distance = std::fabs(positions[i].x - mouse_x);
            if (distance <= best) {
                best = distance;
                result.hovered = i;
            }
        }
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (count > 1) {
        draw->AddPolyline(positions.data(), count, chart.color, ImDrawFlags_None, Em(0.12f));
    }
    for (int i = 0; i < count; ++i) {
        const float radius = i == result.hovered ? Em(0.35f) : Em(0.22f);
        draw->AddCircleFilled(positions[i], radius, chart.color);
    }

    for (const LineMark& mark : chart.marks) {
        if (mark.index < 0 || mark.index >= count) {
            continue;
        }
        draw->AddCircle(positions[mark.index], Em(0.55f), mark.color, 0, Em(0.18f));
        ++result.marks;
    }

    // The first and last labels, and one in the middle when there is room.
    const ImU32 label_color = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    float next_free_x = result.plot_max.x + Em(1);
    for (int i : {count - 1, count / 2, 0}) {
        if (i < 0 || i >= count || (i == count / 2 && (i == 0 || i == count - 1))) {
            continue;
        }
        const std::string& label = chart.points[i].label;
        const float width = ImGui::CalcTextSize(label.c_str()).x;
        const float x =
            std::clamp(positions[i].x - width * 0.5f, result.plot_min.x, result.plot_max.x - width);
        if (x + width > next_free_x - Em(0.5f)) {
            continue;
        }
        draw->AddText(ImVec2(x, result.plot_max.y + Em(0.2f)), label_color, label.c_str());
        next_free_x = x;
    }

    if (result.hovered >= 0) {
        const LinePoint& point = chart.points[result.hovered];
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(point.label.c_str());
        ImGui::TextUnformatted(FormatValue(chart.value_format, point.y).c_str());
        ImGui::EndTooltip();
    }
    return result;
}

}  // namespace summit::ui
