// Stacked bar chart drawn with the window's draw list.
#include "app/ui/charts/chart_stacked_bar.h"

#include <algorithm>
#include <vector>

#include "app/ui/widgets/theme.h"

namespace summit::ui {

ChartResult DrawStackedBarChart(const CategoryChart& chart) {
    const int count = static_cast<int>(chart.labels.size());
    std::vector<double> totals(static_cast<size_t>(count), 0.0);
    for (const ChartSeries& series : chart.series) {
        for (size_t i = 0; i < totals.size() && i < series.values.size(); ++i) {
            totals[i] += std::max(series.values[i], 0.0);
        }
    }
    const double max_total = totals.empty() ? 0 : *std::max_element(totals.begin(), totals.end());
    if (chart.legend && chart.series.size() > 1) {
        DrawLegend(chart.series);
    }
    const AxisTicks ticks = NiceTicks(max_total);
    ChartResult result = BeginPlot(chart.id, Em(chart.height_em), ticks, chart.value_format);
    result.hovered = HoveredSlot(result.plot_min, result.plot_max, count);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (int i = 0; i < count; ++i) {
        const ImVec2 span = SlotSpan(result.plot_min, result.plot_max, count, i);
        if (i == result.hovered) {
            draw->AddRectFilled(ImVec2(span.x, result.plot_min.y),
                                ImVec2(span.y, result.plot_max.y),
                                ImGui::GetColorU32(ImGuiCol_FrameBgHovered, 0.5f));
        }
        const float right = std::max(span.y, span.x + 1);
        double below = 0;
        for (const ChartSeries& series : chart.series) {
            const double value =
                static_cast<size_t>(i) < series.values.size() ? series.values[i] : 0;
            if (value <= 0) {
                continue;
            }
            const float y0 = ValueY(result.plot_min, result.plot_max, ticks.top, below);
            below += value;
            const float y1 = ValueY(result.plot_min, result.plot_max, ticks.top, below);
            draw->AddRectFilled(ImVec2(span.x, std::min(y1, y0 - 1)), ImVec2(right, y0),
                                series.color);
        }
    }
    DrawSlotLabels(result.plot_min, result.plot_max, chart.labels, chart.label_every);
    if (result.hovered >= 0) {
        CategoryTooltip(chart, result.hovered, true);
    }
    return result;
}

}  // namespace summit::ui
