// Settings' FSRS section for one deck: "Optimize parameters" fits the deck's weights to its
// own reviews on a worker thread (a progress bar and Cancel), says in plain words what the fit
// would change, and Apply stores the weights (the old ones kept for undo, as `summit optimize
// --apply`) or Keep leaves them. Below it, the workload chart from the simulator: daily review
// time against cards remembered after a year at desired retention 0.70..0.97, the current
// setting and the cheapest point (least time per card remembered) ringed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/optimizer/optimize.h"
#include "app/optimizer/workload.h"
#include "app/scheduler/clock.h"
#include "app/scheduler/deck_settings.h"
#include "app/ui/charts/chart_line.h"
#include "app/ui/widgets/background_job.h"
#include "app/ui/widgets/focus_ring.h"
#include "app/ui/widgets/widget_rects.h"
#include "storage/collection.h"

namespace summit::ui {

class FitPanel {
  public:
    // `collection` must outlive the panel; `clock` dates an applied fit.
    FitPanel(storage::Collection& collection, study::Clock clock);

    // Shows `deck` (nullopt: the defaults, which have no reviews of their own) with its stored
    // `settings`; any fit or simulation under way for another deck is dropped.
    void SetDeck(std::optional<storage::DeckId> deck, const study::DeckSettings& settings);
    // Draws the section; records "button/optimize", "button/cancel_fit", "button/apply_fit",
    // "button/keep_fit" and "chart/workload" in `rects` when shown.
    void Draw(FocusRing& focus, WidgetRects& rects);

    // True while a fit or the simulation is running.
    bool Busy() const { return fit_job_.Running() || workload_job_.Running(); }
    // The sentence under the button: the fit in plain words, the refusal, or what went wrong.
    const std::string& message() const { return message_; }
    // The fit waiting for Apply or Keep.
    const std::optional<optimizer::OptimizeReport>& pending() const { return pending_; }
    const std::vector<optimizer::WorkloadPoint>& workload() const { return points_; }
    // What the last frame's chart drew (marks counts the ringed points).
    const ChartResult& chart() const { return chart_; }
    // Set when Apply stored new weights: the deck's settings as stored now, once.
    std::optional<study::DeckSettings> TakeStoredSettings();

  private:
    void StartFit();
    void StartWorkload();
    void Poll();
    void Apply();
    void DrawFit(FocusRing& focus, WidgetRects& rects);
    void DrawWorkload(WidgetRects& rects);

    storage::Collection& collection_;
    study::Clock clock_;
    std::optional<storage::DeckId> deck_;
    study::DeckSettings settings_;
    BackgroundJob<Result<optimizer::OptimizeReport>> fit_job_;
    BackgroundJob<std::vector<optimizer::WorkloadPoint>> workload_job_;
    bool cancelled_ = false;
    bool workload_wanted_ = false;
    std::optional<optimizer::OptimizeReport> pending_;
    std::string message_;
    std::vector<optimizer::WorkloadPoint> points_;
    ChartResult chart_;
    std::optional<study::DeckSettings> stored_;
    enum class Click { kNone, kOptimize, kCancel, kApply, kKeep };
    Click click_ = Click::kNone;
};

}  // namespace summit::ui
