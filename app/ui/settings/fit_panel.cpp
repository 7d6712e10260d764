// The FSRS section of Settings: a fit and a simulation run off the UI thread, polled each frame.
#include "app/ui/settings/fit_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <utility>

#include <imgui.h>

#include "app/decks/deck_settings_store.h"
#include "app/optimizer/summary.h"
#include "app/study/deck_fit.h"
#include "app/ui/widgets/theme.h"

namespace summit::ui {
namespace {

std::string Sentence(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    }
    return text;
}

// What a finished fit means, in plain words.
std::string Explain(const optimizer::OptimizeReport& report) {
    std::string text = optimizer::PlainSummary(report);
    char line[240];
    std::snprintf(line, sizeof line,
                  " Fitted to %zu reviews of %zu cards (%zu of them on a later day than the "
                  "card's previous review).",
                  report.reviews, report.cards, report.items);
    text += line;
    if (!optimizer::FitIsBetter(report)) {
        text += " Nothing to apply: the current parameters stay.";
    }
    return text;
}

}  // namespace

FitPanel::FitPanel(storage::Collection& collection, study::Clock clock)
    : collection_(collection), clock_(std::move(clock)) {}

void FitPanel::SetDeck(std::optional<storage::DeckId> deck, const study::DeckSettings& settings) {
    fit_job_.Stop();
    workload_job_.Stop();
    deck_ = deck;
    settings_ = settings;
    pending_.reset();
    message_.clear();
    points_.clear();
    cancelled_ = false;
    workload_wanted_ = deck.has_value();
}

std::optional<study::DeckSettings> FitPanel::TakeStoredSettings() {
    std::optional<study::DeckSettings> stored;
    stored.swap(stored_);
    return stored;
}

void FitPanel::StartFit() {
    pending_.reset();
    cancelled_ = false;
    auto input = study::ReadDeckFitInput(collection_, deck_, settings_);
    if (!input) {
        message_ = "Could not read the deck's reviews: " + input.error().message + ".";
        return;
    }
    const size_t items = input->set.items.size();
    if (items < optimizer::kMinimumItems) {
        message_ = "Not enough reviews yet: " + std::to_string(items) +
                   " of this deck's reviews came on a later day than the card's previous one, "
                   "and a fit needs about " +
                   std::to_string(optimizer::kMinimumItems) +
                   " of them to be more than noise. The parameters stay as they are.";
        return;
    }
    message_.clear();
    auto shared = std::make_shared<study::DeckFitInput>(std::move(*input));
    fit_job_.Start(
        [shared](const BackgroundJob<Result<optimizer::OptimizeReport>>::ReportProgress& progress) {
            optimizer::OptimizeOptions options = shared->options;
            options.fit.progress = progress;
            return optimizer::Optimize(shared->set, options);
        });
}

void FitPanel::StartWorkload() {
    workload_wanted_ = false;
    if (!deck_) {
        return;
    }
    auto options = study::ReadDeckWorkload(collection_, *deck_, settings_, clock_());
    if (!options) {
        return;  // the chart stays empty; the deck options above still work
    }
    auto shared = std::make_shared<optimizer::WorkloadOptions>(std::move(*options));
    workload_job_.Start(
        [shared](const BackgroundJob<std::vector<optimizer::WorkloadPoint>>::ReportProgress&) {
            return optimizer::SimulateWorkload(*shared);
        });
}

void FitPanel::Poll() {
    if (auto finished = fit_job_.Take()) {
        if (*finished) {
            pending_ = **finished;
            message_ = Explain(*pending_);
            if (!optimizer::FitIsBetter(*pending_)) {
                pending_.reset();
            }
        } else if (cancelled_) {
            message_ = "Cancelled. The parameters stay as they are.";
        } else {
            message_ = "Could not fit: " + Sentence(finished->error().message) + ".";
        }
    }
    if (auto finished = workload_job_.Take()) {
        points_ = std::move(*finished);
    }
    if (workload_wanted_ && !workload_job_.Running()) {
        StartWorkload();
    }
}

void FitPanel::Apply() {
    if (!pending_ || !deck_) {
        return;
    }
    if (auto saved = study::ApplyFittedWeights(collection_, *deck_, pending_->fitted, clock_());
        !saved) {
        message_ = "Not applied: " + saved.error().message + ".";
        return;
    }
    auto stored = study::LoadDeckSettings(collection_, *deck_);
    if (stored) {
        settings_ = *stored;
        stored_ = *stored;
    }
    pending_.reset();
    message_ =
        "Applied: this deck now schedules with its own parameters (the previous ones are "
        "kept; `summit optimize --undo --deck NAME` puts them back).";
    workload_wanted_ = true;  // the curve under the new weights
}

void FitPanel::Draw(FocusRing& focus, WidgetRects& rects) {
    click_ = Click::kNone;
    ImGui::Separator();
    ImGui::TextUnformatted("FSRS parameters (this deck)");
    ImGui::Spacing();
    if (!deck_) {
        ImGui::TextDisabled("Choose a deck above to fit FSRS to its own reviews.");
        return;
    }
    Poll();
    DrawFit(focus, rects);
    ImGui::Spacing();
    DrawWorkload(rects);
    switch (click_) {
        case Click::kOptimize:
            StartFit();
            break;
        case Click::kCancel:
            cancelled_ = true;
            fit_job_.Cancel();
            break;
        case Click::kApply:
            Apply();
            break;
        case Click::kKeep:
            pending_.reset();
            message_ = "Kept the current parameters.";
            break;
        case Click::kNone:
            break;
    }
}

void FitPanel::DrawFit(FocusRing& focus, WidgetRects& rects) {
    if (fit_job_.Running()) {
        ImGui::ProgressBar(static_cast<float>(fit_job_.Progress()), ImVec2(Em(16), 0),
                           "Fitting to your reviews...");
        ImGui::SameLine();
        if (focus.Item(ImGui::Button("Cancel##fit"))) {
            click_ = Click::kCancel;
        }
        rects.RecordLastItem("button/cancel_fit");
    } else {
        if (focus.Item(ImGui::Button("Optimize parameters", ImVec2(Em(12), 0)))) {
            click_ = Click::kOptimize;
        }
        rects.RecordLastItem("button/optimize");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Fit FSRS to this deck's reviews; nothing changes until Apply");
        }
    }
    if (!message_.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(message_.c_str());
        ImGui::PopTextWrapPos();
    }
    if (pending_ && !fit_job_.Running()) {
        if (focus.Item(ImGui::Button("Apply", ImVec2(Em(8), 0)))) {
            click_ = Click::kApply;
        }
        rects.RecordLastItem("button/apply_fit");
        ImGui::SameLine();
        if (focus.Item(ImGui::Button("Keep current", ImVec2(Em(8), 0)))) {
            click_ = Click::kKeep;
        }
        rects.RecordLastItem("button/keep_fit");
    }
}

void FitPanel::DrawWorkload(WidgetRects& rects) {
    ImGui::TextUnformatted("Workload by desired retention (a year simulated)");
    chart_ = ChartResult{};
    if (points_.empty()) {
        ImGui::TextDisabled(workload_job_.Running() ? "Simulating..." : "No simulation yet.");
        return;
    }
    LineChart chart;
    chart.id = "workload";
    chart.value_format = "%.1f min";
    chart.color = ToU32(Colors().accent);
    chart.height_em = 9;
    double top = 0;
    int current = -1;
    for (size_t i = 0; i < points_.size(); ++i) {
        const optimizer::WorkloadPoint& p = points_[i];
        char label[80];
        std::snprintf(label, sizeof label, "%.2f: %.0f cards kept", p.retention, p.remembered);
        chart.points.push_back({p.remembered, p.minutes_per_day, label});
        top = std::max(top, p.minutes_per_day);
        if (std::abs(p.retention - settings_.desired_retention) < 0.005) {
            current = static_cast<int>(i);
        }
    }
    chart.y_max = top > 0 ? top : 1;
    const int cheapest = static_cast<int>(optimizer::CheapestPoint(points_));
    const ImU32 current_color = ToU32(Colors().warning);
    const ImU32 cheapest_color = ToU32(Colors().success);
    if (current >= 0) {
        chart.marks.push_back({current, current_color});
    }
    chart.marks.push_back({cheapest, cheapest_color});
    chart_ = DrawLineChart(chart);
    rects.RecordLastItem("chart/workload");
    const optimizer::WorkloadPoint& best = points_[cheapest];
    if (current >= 0) {
        const optimizer::WorkloadPoint& now = points_[current];
        ImGui::TextColored(Colors().warning, "O");
        ImGui::SameLine();
        ImGui::Text("Now, retention %.2f: %.1f min a day, %.0f cards remembered", now.retention,
                    now.minutes_per_day, now.remembered);
    }
    ImGui::TextColored(Colors().success, "O");
    ImGui::SameLine();
    ImGui::Text("Least time per card remembered, retention %.2f: %.1f min a day, %.0f cards",
                best.retention, best.minutes_per_day, best.remembered);
    ImGui::TextDisabled("Across: cards remembered after a year. Up: minutes of review a day.");
}

}  // namespace summit::ui
