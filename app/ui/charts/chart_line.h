// Line chart of points over time (quiz scores), with a marker per point.
#pragma once

#include <string>
#include <vector>

#include "app/ui/charts/chart_axes.h"

namespace summit::ui {

struct LinePoint {
    double x = 0;       // position on the x axis (e.g. ms since the epoch); any increasing unit
    double y = 0;       // value, clamped to the chart's y range when drawn
    std::string label;  // x label and tooltip title, e.g. a date
};

// A point singled out with a ring in its own colour (e.g. "the current setting").
struct LineMark {
    int index = 0;  // into LineChart::points
    ImU32 color = 0;
};

struct LineChart {
    const char* id = "line";              // unique within the window (ImGui id of the plot)
    std::vector<LinePoint> points;        // sorted by x
    double y_max = 100;                   // top of the y axis; the bottom is 0
    float height_em = 8;                  // whole chart height including axis labels, in ems
    const char* value_format = "%.0f%%";  // printf format of one value (axis and tooltip)
    ImU32 color = 0;                      // line and markers: a palette colour, e.g.
                                          // ToU32(Colors().accent)
    std::vector<LineMark> marks;          // ringed points; the caller explains them in a legend
};

// Draws `chart` at the cursor, as wide as the available region. Points sit at x positions
// proportional to LinePoint::x (a single point is centred). The point nearest the mouse
// (within 1 em horizontally) is highlighted with a tooltip of its label and exact value; its
// index is ChartResult::hovered. Each mark with a valid index is drawn as a ring
// (ChartResult::marks counts them). Call between Begin and End of a window, on the UI thread.
ChartResult DrawLineChart(const LineChart& chart);

// The screen x of point `index` of `chart` in the data area [plot_min, plot_max].
float LinePointX(const LineChart& chart, ImVec2 plot_min, ImVec2 plot_max, int index);

}  // namespace summit::ui
