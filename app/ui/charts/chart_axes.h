// Shared pieces of the draw-list charts (ImPlot is not packaged in Debian): "nice" axis ticks, the
// plot frame with its y axis and grid, the category slots bars stand in, and the hover tooltip that
// lists a category's exact values.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

namespace summit::ui {

// One series of a category chart: a value per category.
struct ChartSeries {
    std::string name;            // shown in the legend and the tooltip
    ImU32 color = 0;             // fill of its bars (and its name in the tooltip): a palette
                                 // colour, ToU32(Colors().accent) and the like
    std::vector<double> values;  // one per category, >= 0; missing ones count as 0
};

// A chart over categories on the x axis (days, buttons, states), drawn as bars.
struct CategoryChart {
    const char* id = "chart";            // unique within the window (ImGui id of the plot)
    std::vector<std::string> labels;     // x-axis label per category
    std::vector<std::string> titles;     // tooltip title per category; empty: the label
    std::vector<ChartSeries> series;     // stacked or side by side, first series at the bottom
    float height_em = 9;                 // whole chart height including axis labels, in ems
    int label_every = 1;                 // draw every n-th x label, counted from the last one
    const char* value_format = "%.0f";   // printf format of one value (axis and tooltip)
    bool legend = true;                  // draw a legend line above the plot (several series)
    std::vector<ImU32> category_colors;  // single-series charts: a fill per category; empty:
                                         // the series colour
};

// What a chart drew, for the owner (and tests) to find it again.
struct ChartResult {
    ImVec2 plot_min;  // the data area, without axis labels, in display pixels
    ImVec2 plot_max;
    int hovered = -1;  // the category (or point, or cell) under the mouse; -1 for none
    int marks = 0;     // marked points drawn (line charts)
};

// Axis ticks 0, step, 2 step, ... top: the step is 1, 2 or 5 times a power of ten, chosen so
// at most `max_ticks` steps reach `max_value`. A max_value <= 0 gives step 1, top 1.
struct AxisTicks {
    double step = 1;
    double top = 1;
};
AxisTicks NiceTicks(double max_value, int max_ticks = 4);

// `value` formatted with printf-style `format` (one double conversion).
std::string FormatValue(const char* format, double value);

// The legend: a colour swatch and name per series, on one line.
void DrawLegend(const std::vector<ChartSeries>& series);

// Reserves an item as wide as the available region and `height` pixels tall, draws the y
// ticks, their labels and grid lines, and returns the data area (y = 0 at its bottom edge,
// y = ticks.top at its top edge). Leaves room below for one line of x labels.
ChartResult BeginPlot(const char* id, float height, const AxisTicks& ticks,
                      const char* value_format);

// The x span [x0, x1] of the bar area of category `index` out of `count` in the data area
// between `plot_min` and `plot_max` (the slot minus a gap on each side).
ImVec2 SlotSpan(ImVec2 plot_min, ImVec2 plot_max, int count, int index);

// The category slot under the mouse (the whole slot height counts), or -1. False positives
// are avoided while another window is over the chart.
int HoveredSlot(ImVec2 plot_min, ImVec2 plot_max, int count);

// Draws the category labels under the data area: every `every`-th one, counted back from the
// last so "today" is always labelled; labels that would overlap the previous one are skipped.
void DrawSlotLabels(ImVec2 plot_min, ImVec2 plot_max, const std::vector<std::string>& labels,
                    int every);

// The tooltip of category `index`: its title, one line per series with its exact value and,
// with `with_total`, the sum.
void CategoryTooltip(const CategoryChart& chart, int index, bool with_total);

// The y pixel of `value` in a data area whose top edge is `top`.
float ValueY(ImVec2 plot_min, ImVec2 plot_max, double top, double value);

}  // namespace summit::ui
