// The facility vs discrimination scatter of the Class view, drawn on the chart axes.
#include <algorithm>
#include <cstdlib>

#include <imgui.h>

#include "app/ui/charts/chart_axes.h"
#include "app/ui/class/class_view.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {

void DrawItemScatter(const std::vector<classroom::ItemRow>& items) {
    const AxisTicks ticks{25, 100};
    const ChartResult plot = BeginPlot("scatter", Em(10), ticks, "%.0f%%");
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float width = plot.plot_max.x - plot.plot_min.x;
    const auto x_of = [&](double discrimination) {
        return plot.plot_min.x + static_cast<float>((discrimination + 1) / 2) * width;
    };
    // The flagged bands: discrimination under 0.2, facility under 20% or over 95%.
    const ImU32 band =
        ToU32(ImVec4(Colors().warning.x, Colors().warning.y, Colors().warning.z, 0.12f));
    draw->AddRectFilled(plot.plot_min,
                        ImVec2(x_of(classroom::kDiscriminationWeak), plot.plot_max.y), band);
    draw->AddRectFilled(ImVec2(plot.plot_min.x, ValueY(plot.plot_min, plot.plot_max, 100, 20)),
                        plot.plot_max, band);
    draw->AddRectFilled(plot.plot_min,
                        ImVec2(plot.plot_max.x, ValueY(plot.plot_min, plot.plot_max, 100, 95)),
                        band);
    const ImU32 dot = ToU32(Colors().accent);
    const ImU32 flagged = ToU32(Colors().error);
    for (const classroom::ItemRow& item : items) {
        if (!item.figures.facility || !item.figures.discrimination) {
            continue;
        }
        const ImVec2 at(x_of(std::clamp(*item.figures.discrimination, -1.0, 1.0)),
                        ValueY(plot.plot_min, plot.plot_max, 100, *item.figures.facility));
        draw->AddCircleFilled(at, Em(0.22f), item.flags.empty() ? dot : flagged);
    }
    const ImU32 muted = ToU32(Colors().muted);
    for (const char* label : {"-1", "-0.5", "0", "0.5", "1"}) {
        const float x = x_of(std::atof(label)) - ImGui::CalcTextSize(label).x / 2;
        draw->AddText(
            ImVec2(std::clamp(x, plot.plot_min.x, plot.plot_max.x - ImGui::CalcTextSize(label).x),
                   plot.plot_max.y + Em(0.2f)),
            muted, label);
    }
}

}  // namespace summit::ui
