// Grouped bar chart drawn with the window's draw list.
#include "app/ui/charts/chart_bar.h"

#include <algorithm>

#include "app/ui/widgets/theme.h"

namespace summit::ui {

ChartResult DrawBarChart(const CategoryChart& chart) {
    const int count = static_cast<int>(chart.labels.size());
    double max_value = 0;
    for (const ChartSeries& series : chart.series) {
        for (double value : series.values) {
            max_value = std::max(max_value, value);
        }
    }
    if (chart.legend && chart.series.size() > 1) {
        DrawLegend(chart.series);
    }
    const AxisTicks ticks = NiceTicks(max_value);
    ChartResult result = BeginPlot(chart.id, Em(chart.height_em), ticks, chart.value_format);
    result.hovered = HoveredSlot(result.plot_min, result.plot_max, count);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const int series_count = std::max(static_cast<int>(chart.series.size()), 1);
    for (int i = 0; i < count; ++i) {
        const ImVec2 span = SlotSpan(result.plot_min, result.plot_max, count, i);
        if (i == result.hovered) {
            draw->AddRectFilled(ImVec2(span.x, result.plot_min.y),
                                ImVec2(span.y, result.plot_max.y),
                                ImGui::GetColorU32(ImGuiCol_FrameBgHovered, 0.5f));
        }
        const float bar_width = (span.y - span.x) / static_cast<float>(series_count);
        for (int s = 0; s < static_cast<int>(chart.series.size()); ++s) {
            const ChartSeries& series = chart.series[s];
            const double value =
                static_cast<size_t>(i) < series.values.size() ? series.values[i] : 0;
            if (value <= 0) {
                continue;
            }
            const float x0 = span.x + bar_width * static_cast<float>(s);
            const float y = ValueY(result.plot_min, result.plot_max, ticks.top, value);
            // At least a pixel tall, so a small non-zero count is never invisible.
            draw->AddRectFilled(
                ImVec2(x0, std::min(y, result.plot_max.y - 1)),
                ImVec2(x0 + std::max(bar_width - 1, 1.0f), result.plot_max.y),
                chart.series.size() == 1 && static_cast<size_t>(i) < chart.category_colors.size()
                    ? chart.category_colors[i]
                    : series.color);
        }
    }
    DrawSlotLabels(result.plot_min, result.plot_max, chart.labels, chart.label_every);
    if (result.hovered >= 0) {
        CategoryTooltip(chart, result.hovered, false);
    }
    return result;
}

}  // namespace summit::ui
