// The sections of the Progress view: one chart or table per statistic, each with its
// plain-language explanation line from the statistics layer.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>

#include <imgui.h>

#include "app/stats/charts.h"
#include "app/stats/day_index.h"
#include "app/ui/charts/chart_bar.h"
#include "app/ui/charts/chart_heatmap.h"
#include "app/ui/charts/chart_line.h"
#include "app/ui/charts/chart_stacked_bar.h"
#include "app/ui/progress/progress_view.h"
#include "app/ui/widgets/long_text.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {
namespace {

constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// "May 3" for a study day number.
std::string ShortDate(int64_t day) {
    const std::string date = stats::DateString(day);  // YYYY-MM-DD
    const int month = std::stoi(date.substr(5, 2));
    const int day_of_month = std::stoi(date.substr(8, 2));
    return std::string(kMonths[(month + 11) % 12]) + " " + std::to_string(day_of_month);
}

// "Mon 2024-05-03" for tooltips, where the weekday helps find a day.
std::string LongDate(int64_t day) {
    constexpr const char* kWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    return std::string(kWeekdays[stats::Weekday(day)]) + " " + stats::DateString(day);
}

std::string PercentText(std::optional<double> fraction) {
    if (!fraction) {
        return "-";
    }
    char text[16];
    std::snprintf(text, sizeof text, "%.1f%%", *fraction * 100.0);
    return text;
}

std::string DurationText(int64_t ms) {
    const long long minutes = std::llround(static_cast<double>(ms) / 60'000.0);
    char text[32];
    if (minutes < 60) {
        std::snprintf(text, sizeof text, "%lld min", minutes);
    } else {
        std::snprintf(text, sizeof text, "%lld h %lld min", minutes / 60, minutes % 60);
    }
    return text;
}

void SectionTitle(const char* title) {
    ImGui::Spacing();
    ImGui::TextUnformatted(title);
    ImGui::Separator();
}

// The plain-language line under a chart, wrapped to the section's width.
void Explanation(const std::string& text) {
    LongTextWrapped(text, &Colors().muted);
}

// Labels for a row of days: every `every`-th one counted back from the last, which reads
// `last_label` ("Today"); the others are empty and left to the tooltips.
std::vector<std::string> DayLabels(const std::vector<int64_t>& days, int every,
                                   const char* last_label) {
    std::vector<std::string> labels(days.size());
    for (size_t i = 0; i < days.size(); ++i) {
        if ((days.size() - 1 - i) % static_cast<size_t>(every) == 0) {
            labels[i] = i + 1 == days.size() ? last_label : ShortDate(days[i]);
        }
    }
    return labels;
}

}  // namespace

void ProgressView::DrawToday(const stats::StatsReport& report) {
    const stats::TodayStats& today = report.today_stats;
    SectionTitle("Today");
    if (ImGui::BeginTable("today", 4, ImGuiTableFlags_SizingStretchSame)) {
        const std::string answered = std::to_string(today.reviews);
        const std::string correct =
            today.reviews > 0 ? PercentText(static_cast<double>(today.correct) / today.reviews)
                              : std::string("-");
        const std::string time = DurationText(today.time_ms);
        const std::string streak =
            std::to_string(today.streak_days) + (today.streak_days == 1 ? " day" : " days");
        const std::pair<const char*, const std::string*> cells[] = {
            {"Answered", &answered}, {"Correct", &correct}, {"Time", &time}, {"Streak", &streak}};
        for (const auto& [name, value] : cells) {
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", name);
            ImGui::TextUnformatted(value->c_str());
        }
        ImGui::EndTable();
    }
    Explanation(stats::ExplainToday(today));
}

void ProgressView::DrawReviewsPerDay(const stats::StatsReport& report) {
    SectionTitle("Answers per day");
    std::vector<int64_t> days;
    CategoryChart chart;
    chart.id = "reviews_per_day";
    const Palette& colors = Colors();
    chart.series = {{"New", ToU32(colors.state_new), {}},
                    {"Learning", ToU32(colors.state_learning), {}},
                    {"Review", ToU32(colors.state_review), {}},
                    {"Relearning", ToU32(colors.state_relearning), {}}};
    for (const stats::DayCount& day : report.reviews_per_day) {
        days.push_back(day.day);
        chart.titles.push_back(LongDate(day.day));
        chart.series[0].values.push_back(day.new_cards);
        chart.series[1].values.push_back(day.learning);
        chart.series[2].values.push_back(day.review);
        chart.series[3].values.push_back(day.relearning);
    }
    const int every =
        report.options.period_days <= 30 ? 7 : (report.options.period_days <= 90 ? 14 : 61);
    chart.labels = DayLabels(days, every, "Today");
    charts_["reviews_per_day"] = DrawStackedBarChart(chart);
    Explanation(stats::ExplainReviewsPerDay(report.reviews_per_day));
}

void ProgressView::DrawForecast(const stats::StatsReport& report) {
    SectionTitle("Due in the next 30 days");
    CategoryChart chart;
    chart.id = "forecast";
    chart.series = {{"Due", ToU32(Colors().state_review), {}}};
    for (size_t i = 0; i < report.forecast.days.size(); ++i) {
        const stats::ForecastDay& day = report.forecast.days[i];
        chart.labels.push_back(i == 0 ? "Today" : (i % 7 == 0 ? ShortDate(day.day) : ""));
        std::string title = LongDate(day.day);
        if (i == 0 && report.forecast.overdue > 0) {
            title += " (" + std::to_string(report.forecast.overdue) + " overdue)";
        }
        chart.titles.push_back(std::move(title));
        chart.series[0].values.push_back(day.due);
    }
    charts_["forecast"] = DrawBarChart(chart);
    Explanation(stats::ExplainForecast(report.forecast));
}

void ProgressView::DrawStates(const stats::StatsReport& report) {
    SectionTitle("Card states");
    const stats::CardStates& states = report.states;
    CategoryChart chart;
    chart.id = "states";
    chart.labels = {"New", "Learning", "Review", "Relearning", "Suspended"};
    chart.series = {{"Cards",
                     ToU32(Colors().muted),
                     {static_cast<double>(states.new_cards), static_cast<double>(states.learning),
                      static_cast<double>(states.review), static_cast<double>(states.relearning),
                      static_cast<double>(states.suspended)}}};
    const Palette& colors = Colors();
    chart.category_colors = {ToU32(colors.state_new), ToU32(colors.state_learning),
                             ToU32(colors.state_review), ToU32(colors.state_relearning),
                             ToU32(colors.state_suspended)};
    charts_["states"] = DrawBarChart(chart);
    Explanation(stats::ExplainStates(states));
}

void ProgressView::DrawRetention(const stats::StatsReport& report) {
    SectionTitle("True retention");
    const stats::RetentionTable& table = report.retention;
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame;
    if (ImGui::BeginTable("retention", stats::kPeriodCount + 1, flags)) {
        ImGui::TableSetupColumn("");
        for (const char* name : {"Today", "Week", "Month", "Year"}) {
            ImGui::TableSetupColumn(name);
        }
        ImGui::TableHeadersRow();
        const std::pair<const char*, const std::array<stats::RetentionCell, stats::kPeriodCount>*>
            rows[] = {{"Young", &table.young}, {"Mature", &table.mature}, {"All", &table.all}};
        for (const auto& [name, cells] : rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(name);
            for (const stats::RetentionCell& cell : *cells) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(PercentText(cell.Rate()).c_str());
                if (ImGui::IsItemHovered()) {
                    ImGui::SetTooltip("%d passed, %d failed", cell.passed, cell.failed);
                }
            }
        }
        ImGui::EndTable();
    }
    ImGui::TextDisabled("Young: interval under %d days; mature: %d days or more.",
                        stats::kYoungMatureDays, stats::kYoungMatureDays);
    Explanation(stats::ExplainRetention(table));
}

void ProgressView::DrawButtons(const stats::StatsReport& report) {
    SectionTitle("Answer buttons");
    CategoryChart chart;
    chart.id = "buttons";
    chart.labels = {"Learning", "Young", "Mature"};
    const Palette& colors = Colors();
    chart.series = {{"Again", ToU32(colors.rating_again), {}},
                    {"Hard", ToU32(colors.rating_hard), {}},
                    {"Good", ToU32(colors.rating_good), {}},
                    {"Easy", ToU32(colors.rating_easy), {}}};
    for (int group = 0; group < stats::kGroupCount; ++group) {
        const std::array<int, 4>& counts = report.buttons.counts[group];
        int total = 0;
        for (int rating = 0; rating < 4; ++rating) {
            chart.series[rating].values.push_back(counts[rating]);
            total += counts[rating];
        }
        std::string title = chart.labels[group] + ": " + std::to_string(total) + " answers";
        if (total > 0) {
            title +=
                ", " + PercentText(1.0 - static_cast<double>(counts[0]) / total) + " not Again";
        }
        chart.titles.push_back(std::move(title));
    }
    charts_["buttons"] = DrawBarChart(chart);
    Explanation(stats::ExplainButtons(report.buttons));
}

void ProgressView::DrawCalendar(const stats::StatsReport& report) {
    SectionTitle("Calendar");
    HeatmapChart chart;
    chart.id = "calendar";
    chart.row_labels = {"Mon", "", "Wed", "", "Fri", "", ""};
    chart.color = ToU32(Colors().accent);
    if (!report.calendar.empty()) {
        // Rows are weekdays from Monday; the first column may start mid-week.
        const int first_row = (stats::Weekday(report.calendar.front().day) + 6) % 7;
        const int count = static_cast<int>(report.calendar.size());
        chart.columns = (count - 1 + first_row) / 7 + 1;
        chart.column_labels.assign(static_cast<size_t>(chart.columns), "");
        int last_labelled = -4;
        for (int i = 0; i < count; ++i) {
            const stats::DayCount& day = report.calendar[static_cast<size_t>(i)];
            HeatmapCell cell;
            cell.column = (i + first_row) / 7;
            cell.row = (i + first_row) % 7;
            cell.value = day.Total();
            cell.title = LongDate(day.day);
            const std::string date = stats::DateString(day.day);
            // A month's name over the column of its first day, when it does not crowd the
            // previous one.
            if (date.substr(8, 2) == "01" && cell.column - last_labelled >= 3) {
                chart.column_labels[static_cast<size_t>(cell.column)] =
                    kMonths[(std::stoi(date.substr(5, 2)) + 11) % 12];
                last_labelled = cell.column;
            }
            chart.cells.push_back(std::move(cell));
        }
    }
    charts_["calendar"] = DrawHeatmap(chart);
    Explanation(stats::ExplainCalendar(report.calendar));
}

void ProgressView::DrawTopics(const stats::StatsReport& report) {
    SectionTitle("Mastery per topic");
    // Scrolls only when long, so the mouse wheel over a short table scrolls the page.
    const float row_height = ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2;
    const float full_height = row_height * static_cast<float>(report.topics.size() + 1);
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    float height = 0;
    if (full_height > Em(16)) {
        flags |= ImGuiTableFlags_ScrollY;
        height = Em(16);
    }
    if (!report.topics.empty() && ImGui::BeginTable("topics", 4, flags, ImVec2(0, height))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Topic", ImGuiTableColumnFlags_WidthStretch, 2);
        ImGui::TableSetupColumn("Questions", ImGuiTableColumnFlags_WidthFixed, Em(5.5f));
        ImGui::TableSetupColumn("Mean recall", ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn("Mastered", ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableHeadersRow();
        for (const stats::TopicMastery& topic : report.topics) {
            ImGui::PushID(topic.topic.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(TopicLabel(topic.topic, topic_names_).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d", topic.questions);
            ImGui::TableNextColumn();
            const float recall = static_cast<float>(topic.mean_retrievability.value_or(0));
            ImGui::ProgressBar(recall, ImVec2(-1, 0),
                               PercentText(topic.mean_retrievability).c_str());
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("Mean retrievability %.4f over %d studied of %d cards",
                                  topic.mean_retrievability.value_or(0), topic.studied_cards,
                                  topic.cards);
            }
            ImGui::TableNextColumn();
            const float share =
                topic.questions > 0 ? static_cast<float>(topic.mastered) / topic.questions : 0.0f;
            const std::string mastered =
                std::to_string(topic.mastered) + " of " + std::to_string(topic.questions);
            ImGui::PushStyleColor(ImGuiCol_PlotHistogram, Colors().success_fill);
            ImGui::ProgressBar(share, ImVec2(-1, 0), mastered.c_str());
            ImGui::PopStyleColor();
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip(
                    "%d of %d questions mastered (%.1f%%): in review, remembered "
                    "for %.0f days or more, and recalled at the desired retention",
                    topic.mastered, topic.questions, share * 100.0f, stats::kMasteryDays);
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    Explanation(stats::ExplainTopics(report.topics));
    Explanation(stats::MasteryDefinition());
}

void ProgressView::DrawHardest(const stats::StatsReport& report) {
    SectionTitle("Hardest questions");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    if (!report.hardest.empty() && ImGui::BeginTable("hardest", 5, flags)) {
        ImGui::TableSetupColumn("Question", ImGuiTableColumnFlags_WidthStretch, 3);
        ImGui::TableSetupColumn("Topic", ImGuiTableColumnFlags_WidthStretch, 1);
        ImGui::TableSetupColumn("Lapses", ImGuiTableColumnFlags_WidthFixed, Em(4.5f));
        ImGui::TableSetupColumn("Accuracy", ImGuiTableColumnFlags_WidthFixed, Em(5.5f));
        ImGui::TableSetupColumn("Answers", ImGuiTableColumnFlags_WidthFixed, Em(5));
        ImGui::TableHeadersRow();
        for (const stats::HardQuestion& question : report.hardest) {
            ImGui::PushID(static_cast<int>(question.question_id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (question.prompt.empty()) {
                ImGui::Text("Question %lld", static_cast<long long>(question.question_id));
            } else {
                ImGui::TextUnformatted(question.prompt.c_str());
                if (ImGui::IsItemHovered()) {
                    ImGui::SetTooltip("%s", question.prompt.c_str());
                }
            }
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(TopicLabel(question.topic, topic_names_).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d", question.lapses);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(PercentText(question.Accuracy()).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d", question.reviews);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    Explanation(stats::ExplainHardest(report.hardest));
}

void ProgressView::DrawKnowledge(const stats::StatsReport& report) {
    SectionTitle("Estimated knowledge");
    const stats::Knowledge& knowledge = report.knowledge;
    ImGui::Text("%.1f of %d studied cards", knowledge.estimated_known, knowledge.studied_cards);
    Explanation(stats::ExplainKnowledge(knowledge));
}

void ProgressView::DrawQuizzes(const stats::StatsReport& report) {
    SectionTitle("Quiz scores");
    LineChart chart;
    chart.id = "quizzes";
    chart.color = ToU32(Colors().accent);
    for (const stats::QuizPoint& quiz : report.quizzes) {
        if (quiz.percent) {
            chart.points.push_back(
                {static_cast<double>(quiz.finished_ms), *quiz.percent, ShortDate(quiz.day)});
        }
    }
    if (chart.points.empty()) {
        ImGui::TextDisabled("No finished quizzes yet.");
    } else {
        charts_["quizzes"] = DrawLineChart(chart);
    }
    Explanation(stats::ExplainQuizzes(report.quizzes));
}

}  // namespace summit::ui
