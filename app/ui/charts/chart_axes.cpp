// Axis ticks, plot frame, category slots, legend and tooltip shared by the charts.
#include "app/ui/charts/chart_axes.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/ui/widgets/theme.h"

namespace summit::ui {

AxisTicks NiceTicks(double max_value, int max_ticks) {
    if (!(max_value > 0) || max_ticks < 1) {
        return {};
    }
    const double raw = max_value / max_ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = power * 10;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw) {
            step = factor * power;
            break;
        }
    }
    // Counts are whole: a step below one would label the axis 0.5, 1.5, ...
    if (max_value >= 1 && step < 1) {
        step = 1;
    }
    return {step, std::ceil(max_value / step - 1e-9) * step};
}

std::string FormatValue(const char* format, double value) {
    char text[64];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

void DrawLegend(const std::vector<ChartSeries>& series) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float swatch = ImGui::GetTextLineHeight() * 0.7f;
    bool first = true;
    for (const ChartSeries& one : series) {
        if (!first) {
            ImGui::SameLine(0, Em(1));
        }
        first = false;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float inset = (ImGui::GetTextLineHeight() - swatch) * 0.5f;
        draw->AddRectFilled(ImVec2(pos.x, pos.y + inset),
                            ImVec2(pos.x + swatch, pos.y + inset + swatch), one.color, Em(0.1f));
        ImGui::SetCursorScreenPos(ImVec2(pos.x + swatch + Em(0.3f), pos.y));
        ImGui::TextDisabled("%s", one.name.c_str());
    }
}

float ValueY(ImVec2 plot_min, ImVec2 plot_max, double top, double value) {
    const double fraction = top > 0 ? std::clamp(value / top, 0.0, 1.0) : 0.0;
    return plot_max.y - static_cast<float>(fraction) * (plot_max.y - plot_min.y);
}

ChartResult BeginPlot(const char* id, float height, const AxisTicks& ticks,
                      const char* value_format) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(ImGui::GetContentRegionAvail().x, Em(8));
    ImGui::PushID(id);
    ImGui::Dummy(ImVec2(width, height));
    ImGui::PopID();

    const float line = ImGui::GetTextLineHeight();
    const std::string top_label = FormatValue(value_format, ticks.top);
    const float y_label_width = ImGui::CalcTextSize(top_label.c_str()).x;
    ChartResult result;
    result.plot_min = ImVec2(origin.x + y_label_width + Em(0.5f), origin.y + line * 0.5f);
    result.plot_max = ImVec2(origin.x + width - Em(0.3f), origin.y + height - line - Em(0.3f));

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator, 0.45f);
    const ImU32 axis = ImGui::GetColorU32(ImGuiCol_Separator);
    const ImU32 label = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const int steps = static_cast<int>(std::lround(ticks.top / ticks.step));
    for (int i = 0; i <= steps; ++i) {
        const double value = ticks.step * i;
        const float y = ValueY(result.plot_min, result.plot_max, ticks.top, value);
        draw->AddLine(ImVec2(result.plot_min.x, y), ImVec2(result.plot_max.x, y),
                      i == 0 ? axis : grid, 1.0f);
        const std::string text = FormatValue(value_format, value);
        const float text_width = ImGui::CalcTextSize(text.c_str()).x;
        draw->AddText(ImVec2(result.plot_min.x - Em(0.3f) - text_width, y - line * 0.5f), label,
                      text.c_str());
    }
    return result;
}

ImVec2 SlotSpan(ImVec2 plot_min, ImVec2 plot_max, int count, int index) {
    const float slot = (plot_max.x - plot_min.x) / static_cast<float>(std::max(count, 1));
    // Wide slots get a proportional gap; narrow ones (a year of days) keep a one-pixel one.
    const float gap = slot > 6 ? slot * 0.15f : (slot > 2 ? 0.5f : 0.0f);
    const float x0 = plot_min.x + slot * static_cast<float>(index);
    return ImVec2(x0 + gap, x0 + slot - gap);
}

int HoveredSlot(ImVec2 plot_min, ImVec2 plot_max, int count) {
    if (count <= 0 || !ImGui::IsWindowHovered() ||
        !ImGui::IsMouseHoveringRect(plot_min, plot_max)) {
        return -1;
    }
    const float slot = (plot_max.x - plot_min.x) / static_cast<float>(count);
    const int index = static_cast<int>((ImGui::GetIO().MousePos.x - plot_min.x) / slot);
    return std::clamp(index, 0, count - 1);
}

void DrawSlotLabels(ImVec2 plot_min, ImVec2 plot_max, const std::vector<std::string>& labels,
                    int every) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const int count = static_cast<int>(labels.size());
    every = std::max(every, 1);
    float next_free_x = plot_max.x + Em(1);  // labels are placed right to left
    for (int i = count - 1; i >= 0; --i) {
        if ((count - 1 - i) % every != 0 || labels[i].empty()) {
            continue;
        }
        const ImVec2 span = SlotSpan(plot_min, plot_max, count, i);
        const float width = ImGui::CalcTextSize(labels[i].c_str()).x;
        float x = (span.x + span.y - width) * 0.5f;
        x = std::clamp(x, plot_min.x - Em(1), plot_max.x - width + Em(0.3f));
        if (x + width > next_free_x - Em(0.4f)) {
            continue;
        }
        draw->AddText(ImVec2(x, plot_max.y + Em(0.2f)), color, labels[i].c_str());
        next_free_x = x;
    }
}

void CategoryTooltip(const CategoryChart& chart, int index, bool with_total) {
    const size_t at = static_cast<size_t>(index);
    const std::string& title =
        at < chart.titles.size() && !chart.titles[at].empty() ? chart.titles[at] : chart.labels[at];
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(title.c_str());
    double total = 0;
    for (const ChartSeries& series : chart.series) {
        const double value = at < series.values.size() ? series.values[at] : 0.0;
        total += value;
        const std::string text = FormatValue(chart.value_format, value);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(series.color), "%s: %s",
                           series.name.c_str(), text.c_str());
    }
    if (with_total && chart.series.size() > 1) {
        ImGui::Text("Total: %s", FormatValue(chart.value_format, total).c_str());
    }
    ImGui::EndTooltip();
}

}  // namespace summit::ui
