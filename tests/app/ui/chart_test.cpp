// The draw-list charts: axis ticks, slot geometry, and hover tooltips with exact values.
#include <string>

#include <gtest/gtest.h>

#include "app/ui/charts/chart_axes.h"
#include "app/ui/charts/chart_bar.h"
#include "app/ui/charts/chart_heatmap.h"
#include "app/ui/charts/chart_line.h"
#include "app/ui/charts/chart_stacked_bar.h"
#include "app/ui/widgets/theme.h"
#include "tests/app/ui/harness.h"

namespace summit::ui {
namespace {

TEST(NiceTicksTest, StepsAreOneTwoOrFiveTimesAPowerOfTen) {
    const AxisTicks none = NiceTicks(0);
    EXPECT_EQ(none.step, 1);
    EXPECT_EQ(none.top, 1);
    const AxisTicks seven = NiceTicks(7);
    EXPECT_EQ(seven.step, 2);
    EXPECT_EQ(seven.top, 8);
    const AxisTicks big = NiceTicks(93);
    EXPECT_EQ(big.step, 50);
    EXPECT_EQ(big.top, 100);
    const AxisTicks exact = NiceTicks(40);
    EXPECT_EQ(exact.step, 10);
    EXPECT_EQ(exact.top, 40);
}

TEST(NiceTicksTest, CountsNeverGetFractionalSteps) {
    const AxisTicks one = NiceTicks(1);
    EXPECT_EQ(one.step, 1);
    EXPECT_EQ(one.top, 1);
}

TEST(SlotSpanTest, SlotsDivideTheWidthWithAGap) {
    const ImVec2 span = SlotSpan(ImVec2(0, 0), ImVec2(400, 100), 4, 2);
    EXPECT_FLOAT_EQ(span.x, 215);
    EXPECT_FLOAT_EQ(span.y, 285);
}

TEST(FormatValueTest, UsesThePrintfFormat) {
    EXPECT_EQ(FormatValue("%.0f", 12.4), "12");
    EXPECT_EQ(FormatValue("%.1f%%", 87.25), "87.2%");
}

class ChartDrawTest : public ::testing::Test {
  protected:
    // Draws `body` in a window filling the display, as the views do.
    std::function<void()> InWindow(std::function<void()> body) {
        return [body] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("charts", nullptr, ImGuiWindowFlags_NoDecoration);
            body();
            ImGui::End();
        };
    }

    // Moves the mouse to `pos`, lets ImGui see the hover, and returns the next frame's text.
    std::string HoverText(ImVec2 pos, const std::function<void()>& draw) {
        harness_.io().MousePos = pos;
        harness_.Frame(draw);
        return harness_.FrameText(draw);
    }

    testing::Harness harness_;
};

CategoryChart ThreeDays() {
    CategoryChart chart;
    chart.id = "days";
    chart.labels = {"Mon", "Tue", "Wed"};
    chart.titles = {"Monday", "Tuesday", "Wednesday"};
    chart.series = {{"New", ToU32(Colors().state_new), {1, 0, 4}},
                    {"Review", ToU32(Colors().state_review), {2, 5, 7}}};
    return chart;
}

TEST_F(ChartDrawTest, StackedBarTooltipShowsEachSeriesAndTheTotal) {
    const CategoryChart chart = ThreeDays();
    ChartResult result;
    const auto draw = InWindow([&] { result = DrawStackedBarChart(chart); });
    harness_.Frame(draw);
    EXPECT_EQ(result.hovered, -1);
    const ImVec2 span = SlotSpan(result.plot_min, result.plot_max, 3, 2);
    const std::string text = HoverText(ImVec2((span.x + span.y) / 2, result.plot_max.y - 2), draw);
    EXPECT_EQ(result.hovered, 2);
    EXPECT_NE(text.find("Wednesday"), std::string::npos) << text;
    EXPECT_NE(text.find("New: 4"), std::string::npos) << text;
    EXPECT_NE(text.find("Review: 7"), std::string::npos) << text;
    EXPECT_NE(text.find("Total: 11"), std::string::npos) << text;
}

TEST_F(ChartDrawTest, NothingIsHoveredOutsideThePlot) {
    const CategoryChart chart = ThreeDays();
    ChartResult result;
    const auto draw = InWindow([&] { result = DrawBarChart(chart); });
    harness_.Frame(draw);
    const std::string text = HoverText(ImVec2(result.plot_max.x + 5, result.plot_min.y), draw);
    EXPECT_EQ(result.hovered, -1);
    EXPECT_EQ(text.find("Tuesday"), std::string::npos) << text;
}

TEST_F(ChartDrawTest, GroupedBarTooltipShowsTheHoveredCategory) {
    const CategoryChart chart = ThreeDays();
    ChartResult result;
    const auto draw = InWindow([&] { result = DrawBarChart(chart); });
    harness_.Frame(draw);
    const ImVec2 span = SlotSpan(result.plot_min, result.plot_max, 3, 1);
    const std::string text = HoverText(ImVec2(span.x + 1, result.plot_min.y + 1), draw);
    EXPECT_EQ(result.hovered, 1);
    EXPECT_NE(text.find("Tuesday"), std::string::npos) << text;
    EXPECT_NE(text.find("Review: 5"), std::string::npos) << text;
    EXPECT_EQ(text.find("Total"), std::string::npos) << text;  // side by side: no sum
}

TEST_F(ChartDrawTest, LineTooltipShowsTheNearestPoint) {
    LineChart chart;
    chart.points = {{0, 40, "May 1"}, {10, 75.5, "May 11"}, {20, 90, "May 21"}};
    chart.value_format = "%.1f%%";
    ChartResult result;
    const auto draw = InWindow([&] { result = DrawLineChart(chart); });
    harness_.Frame(draw);
    const float x = LinePointX(chart, result.plot_min, result.plot_max, 1);
    const std::string text = HoverText(ImVec2(x + 2, result.plot_min.y + 3), draw);
    EXPECT_EQ(result.hovered, 1);
    EXPECT_NE(text.find("May 11"), std::string::npos) << text;
    EXPECT_NE(text.find("75.5%"), std::string::npos) << text;
}

TEST_F(ChartDrawTest, HeatmapTooltipShowsTheCellValue) {
    HeatmapChart chart;
    chart.columns = 2;
    chart.cells = {{0, 0, 0, "2024-05-06"}, {0, 1, 3, "2024-05-07"}, {1, 0, 12, "2024-05-13"}};
    ChartResult result;
    const auto draw = InWindow([&] { result = DrawHeatmap(chart); });
    harness_.Frame(draw);
    ImVec2 min;
    ImVec2 max;
    const float cell = (result.plot_max.x - result.plot_min.x) / 2;
    HeatmapCellRect(result.plot_min, cell, chart.cells[2], &min, &max);
    const std::string text = HoverText(ImVec2(min.x + 1, min.y + 1), draw);
    EXPECT_EQ(result.hovered, 2);
    EXPECT_NE(text.find("2024-05-13"), std::string::npos) << text;
    EXPECT_NE(text.find("12 answers"), std::string::npos) << text;
}

}  // namespace
}  // namespace summit::ui
