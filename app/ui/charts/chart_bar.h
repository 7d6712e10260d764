// Bar chart over categories: one bar per series in each category, side by side (the due
// forecast, card states, answer buttons).
#pragma once

#include "app/ui/charts/chart_axes.h"

namespace summit::ui {

// Draws `chart` at the cursor, as wide as the available region and chart.height_em tall
// (plus a legend line when it has several series and chart.legend is set). Hovering a
// category highlights it and shows a tooltip with the exact value of every series.
// Call between Begin and End of a window, on the UI thread.
ChartResult DrawBarChart(const CategoryChart& chart);

}  // namespace summit::ui
