// The Browse view's card-info panel: the current row's card, its memory now, a chart of the
// interval each review gave it and its review history as a table.
#include <cstdio>

#include <imgui.h>

#include "app/ui/browse/browse_view.h"
#include "app/ui/charts/chart_bar.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {

namespace {

std::string LocalDateTime(int64_t ms) {
    return LocalTimeText(ms, "%Y-%m-%d %H:%M");
}

ImU32 RatingColor(Rating rating) {
    const Palette& colors = Colors();
    switch (rating) {
        case Rating::kAgain:
            return ToU32(colors.rating_again);
        case Rating::kHard:
            return ToU32(colors.rating_hard);
        case Rating::kGood:
            return ToU32(colors.rating_good);
        case Rating::kEasy:
            return ToU32(colors.rating_easy);
    }
    return ToU32(colors.accent);
}

// The interval each review gave the card: the next review's interval before it, and for the
// newest review the card's interval now.
CategoryChart IntervalChart(const study::CardInfo& info) {
    CategoryChart chart;
    chart.id = "intervals";
    chart.height_em = 7;
    chart.legend = false;
    ChartSeries series;
    series.name = "interval (days)";
    series.color = ToU32(Colors().accent);
    const auto& reviews = info.reviews;
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        const int after = i + 1 < reviews.size() ? reviews[i + 1].scheduled_days_before
                                                 : info.card.state.scheduled_days;
        series.values.push_back(after);
        chart.labels.push_back(std::to_string(i + 1));
        chart.titles.push_back(LocalDateTime(reviews[i].time_ms) + ", " +
                               RatingName(reviews[i].rating));
        chart.category_colors.push_back(RatingColor(reviews[i].rating));
    }
    chart.label_every = std::max<int>(1, static_cast<int>(reviews.size()) / 8);
    chart.series.push_back(std::move(series));
    return chart;
}

void DrawHistoryTable(const study::CardInfo& info) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("history", 4, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) {
        return;
    }
    ImGui::TableSetupColumn("Answered");
    ImGui::TableSetupColumn("Rating");
    ImGui::TableSetupColumn("Interval before");
    ImGui::TableSetupColumn("Time");
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableHeadersRow();
    // Newest first: the latest review is what a teacher looks for.
    for (auto review = info.reviews.rbegin(); review != info.reviews.rend(); ++review) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(LocalDateTime(review->time_ms).c_str());
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, RatingColor(review->rating));
        ImGui::TextUnformatted(RatingName(review->rating));
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        ImGui::Text("%d d", review->scheduled_days_before);
        ImGui::TableNextColumn();
        ImGui::Text("%.1f s", static_cast<double>(review->duration_ms) / 1000.0);
    }
    ImGui::EndTable();
}

}  // namespace

void BrowseView::DrawCardInfo() {
    const std::optional<storage::CardId> current = selection_.current();
    if (!current) {
        ImGui::TextDisabled("Select a row to see its card.");
        return;
    }
    if (!info_ || info_->card.id != *current) {
        auto loaded = study::LoadCardInfo(collection_, *current, clock_());
        if (!loaded) {
            info_.reset();
            ImGui::TextColored(Colors().error, "%s", loaded.error().message.c_str());
            return;
        }
        info_ = std::move(*loaded);
    }
    const study::CardInfo& info = *info_;
    const CardState& state = info.card.state;
    ImGui::PushTextWrapPos(0);
    const std::string& prompt = info.card.question.prompt;
    ImGui::TextUnformatted(prompt.substr(0, 400).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    ImGui::Text("%s%s, %s", CardPhaseName(state.phase), info.card.suspended ? " (suspended)" : "",
                content::QuestionTypeName(info.card.question.type));
    if (state.phase != CardPhase::kNew) {
        ImGui::Text("Interval %d d, %d reviews, %d lapses", state.scheduled_days, state.reps,
                    state.lapses);
    }
    if (state.stability > 0) {
        ImGui::Text("Stability %.1f d, difficulty %.2f", state.stability, state.difficulty);
    } else if (state.ease > 0) {
        ImGui::Text("Ease %.0f%%", state.ease * 100);
    }
    if (info.retrievability) {
        ImGui::Text("Retrievability now %.0f%%", *info.retrievability * 100);
    } else {
        ImGui::TextDisabled("Never reviewed: no memory to predict yet.");
    }
    if (info.reviews.empty()) {
        ImGui::TextDisabled("No reviews.");
        return;
    }
    ImGui::Spacing();
    ImGui::TextDisabled("Interval after each review (days)");
    DrawBarChart(IntervalChart(info));
    DrawHistoryTable(info);
}

}  // namespace summit::ui
