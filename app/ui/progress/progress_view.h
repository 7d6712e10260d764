// The Progress view: how much was studied, how much is remembered, what is coming and which
// topics are weak, as charts over the statistics report (app/stats), with deck, topic and
// period filters and a one-line explanation under every chart.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "app/stats/report.h"
#include "app/stats/rows.h"
#include "app/ui/charts/chart_axes.h"
#include "app/ui/shell/help_overlay.h"
#include "app/ui/widgets/focus_ring.h"
#include "app/ui/widgets/result_tables.h"
#include "app/ui/widgets/widget_rects.h"
#include "content/model/error.h"
#include "storage/collection.h"

namespace summit::ui {

// The periods the reviews-per-day chart and the answer buttons can cover, in days.
inline constexpr std::array<int, 3> kProgressPeriods = {30, 90, 365};

// What the view remembers between frames besides the computed statistics.
struct ProgressUiState {
    std::optional<std::string> deck;   // deck filter by name; nullopt = every deck
    std::optional<std::string> topic;  // topic filter (and its sub-topics); nullopt = all
    int period_days = 30;              // one of kProgressPeriods
};

// Statistics computed for one filter: the fetched rows are kept so a period change is
// recomputed from them without reading the collection again.
struct ProgressData {
    stats::StatsInput input;
    stats::StatsReport report;
};

// How far a background computation has come, polled each frame.
enum class ProgressStage : int { kIdle, kFetching, kComputing, kDone };

// Draws a window filling the main viewport. The statistics are fetched and computed when the
// view is first drawn and whenever the deck or topic filter changes, never per frame; a
// period change only recomputes the two charts that depend on it from the kept rows. For a
// collection stored in a file the work runs on a worker thread with its own read-only
// connection to the same file. The first frame shows what the worker is doing until it is
// done; a reload waits up to 150 ms for it (so a small collection's charts are replaced
// without a flash) and otherwise shows the same. An in-memory
// collection (tests) is read on the UI thread during Draw.
//
// Keys, while the window is focused and no text field has the keyboard: Escape asks to go
// back (as does the Back button); ? lists the keys. Errors from reading the collection are shown in
// the view.
//
// `collection` must outlive the view. Draw, TakeBackRequest and the accessors are for the UI
// thread only; the destructor waits for a running computation to finish.
class ProgressView {
  public:
    explicit ProgressView(storage::Collection& collection);
    ~ProgressView();
    ProgressView(const ProgressView&) = delete;
    ProgressView& operator=(const ProgressView&) = delete;

    // Draws one frame. `now_ms` (ms since the epoch) is the instant "today" is taken from
    // when statistics are (re)computed.
    void Draw(int64_t now_ms);

    // True once after the user pressed Back or Escape.
    bool TakeBackRequest();

    // Forgets the computed statistics so the next Draw fetches them again (e.g. after
    // studying, when the view is shown again).
    void Reload();

    // Filters, applied like the widgets do: the deck or topic refetches, the period recomputes.
    void SetDeck(std::optional<std::string> deck);
    void SetTopic(std::optional<std::string> topic);
    void SetPeriod(int period_days);

    // True while a worker thread is computing.
    bool Loading() const { return job_ != nullptr; }
    // The statistics shown; nullptr before the first computation finished or after an error.
    const ProgressData* data() const { return data_.get(); }
    const ProgressUiState& state() const { return state_; }

    // Rects of the last frame: "button/back", "period/<days>", "combo/deck", "combo/topic".
    const WidgetRects& rects() const { return rects_; }
    const HelpOverlay& help() const { return help_; }
    const FocusRing& focus() const { return focus_; }
    // Where a chart drew its data in the last frame: "reviews_per_day", "forecast", "states",
    // "buttons", "calendar", "quizzes"; nullptr when it was not drawn.
    const ChartResult* FindChart(std::string_view name) const;

  private:
    struct Job;

    void StartLoad(int64_t now_ms);
    void PollJob();
    void Accept(Result<ProgressData> loaded);
    void ApplyPeriod();

    void DrawToolbar();
    void DrawBody();
    void DrawToday(const stats::StatsReport& report);
    void DrawReviewsPerDay(const stats::StatsReport& report);
    void DrawForecast(const stats::StatsReport& report);
    void DrawStates(const stats::StatsReport& report);
    void DrawRetention(const stats::StatsReport& report);
    void DrawButtons(const stats::StatsReport& report);
    void DrawCalendar(const stats::StatsReport& report);
    void DrawTopics(const stats::StatsReport& report);
    void DrawHardest(const stats::StatsReport& report);
    void DrawKnowledge(const stats::StatsReport& report);
    void DrawQuizzes(const stats::StatsReport& report);

    storage::Collection& collection_;
    ProgressUiState state_;
    std::unique_ptr<ProgressData> data_;
    std::string error_;                // the last load's error, shown instead of charts
    std::vector<std::string> decks_;   // deck names for the filter, read once
    std::vector<std::string> topics_;  // topics seen without a topic filter
    TopicNames topic_names_;           // topic id -> title, read with the decks
    bool decks_loaded_ = false;
    bool stale_ = true;         // the statistics must be (re)fetched
    std::shared_ptr<Job> job_;  // the running background computation, if any
    std::jthread worker_;
    bool back_requested_ = false;
    WidgetRects rects_;
    HelpOverlay help_;
    FocusRing focus_;
    std::map<std::string, ChartResult, std::less<>> charts_;  // last frame's charts by name

    // Filter changes made during a frame, applied after drawing it.
    std::optional<std::optional<std::string>> pending_deck_;
    std::optional<std::optional<std::string>> pending_topic_;
    int pending_period_ = 0;
};

}  // namespace summit::ui
