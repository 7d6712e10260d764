// Heatmap of a grid of cells (the calendar of a year: a column per week, a row per weekday),
// coloured by value.
#pragma once

#include <string>
#include <vector>

#include "app/ui/charts/chart_axes.h"

namespace summit::ui {

struct HeatmapCell {
    int column = 0;     // 0 .. columns - 1, left to right
    int row = 0;        // 0 .. rows - 1, top to bottom
    double value = 0;   // >= 0; 0 is drawn as an empty cell
    std::string title;  // first tooltip line, e.g. the date
};

struct HeatmapChart {
    const char* id = "heatmap";  // unique within the window
    int columns = 53;
    int rows = 7;
    std::vector<HeatmapCell> cells;             // cells not listed are not drawn
    std::vector<std::string> column_labels;     // drawn above their column; empty strings skipped
    std::vector<std::string> row_labels;        // drawn left of their row; empty strings skipped
    float max_cell_em = 1.0f;                   // largest cell side, in ems
    const char* value_format = "%.0f answers";  // printf format of a value in the tooltip
    ImU32 color = 0;                            // the largest value's: a palette colour
};

// Draws `chart` at the cursor: square cells as large as fit the available width (up to
// max_cell_em), the colour's opacity rising with the square root of value / max so a few busy
// days do not wash out the rest. Hovering a cell outlines it and shows its title and exact
// value; ChartResult::hovered is its index in chart.cells. Call between Begin and End of a
// window, on the UI thread.
ChartResult DrawHeatmap(const HeatmapChart& chart);

// The screen rect of `cell` when the grid's top-left cell starts at `grid_min` with side
// `cell_size` (including the gap).
void HeatmapCellRect(ImVec2 grid_min, float cell_size, const HeatmapCell& cell, ImVec2* min,
                     ImVec2* max);

}  // namespace summit::ui
