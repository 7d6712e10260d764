// Stacked bar chart over categories: the series of each category piled up in one bar (answers
// per day by the card's phase).
#pragma once

#include "app/ui/charts/chart_axes.h"

namespace summit::ui {

// Draws `chart` at the cursor, as wide as the available region and chart.height_em tall
// (plus a legend line when it has several series and chart.legend is set). The first series
// sits at the bottom. Hovering a category highlights it and shows a tooltip with each series'
// exact value and the total. Call between Begin and End of a window, on the UI thread.
ChartResult DrawStackedBarChart(const CategoryChart& chart);

}  // namespace summit::ui
