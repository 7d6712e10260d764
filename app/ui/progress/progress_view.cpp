// The Progress view: filters, loading (on a worker thread for file collections) and the
// sections, each a chart or table with its plain-language explanation underneath.
#include "app/ui/progress/progress_view.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <optional>
#include <set>
#include <utility>

#include <imgui.h>

#include "app/stats/charts.h"
#include "app/stats/day_index.h"
#include "app/stats/fetch.h"
#include "app/ui/charts/chart_bar.h"
#include "app/ui/charts/chart_heatmap.h"
#include "app/ui/charts/chart_line.h"
#include "app/ui/charts/chart_stacked_bar.h"
#include "app/ui/widgets/fit_text.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"

namespace summit::ui {
namespace {

// How long a reload (the view shows statistics already) may block the UI thread waiting for
// the new ones before it shows a "reading" line instead.
constexpr std::chrono::milliseconds kInlineWait(150);

// Two sections side by side; returns false when the table is clipped away entirely.
bool BeginPair(const char* id) {
    return ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX);
}

// Reads the rows and computes the report: the whole work of one (re)load.
Result<ProgressData> LoadProgress(const storage::Collection& collection,
                                  const stats::StatsFilter& filter, int64_t now_ms, int period_days,
                                  std::atomic<ProgressStage>* stage) {
    stage->store(ProgressStage::kFetching);
    stats::ReportOptions options;
    options.period_days = period_days;
    // The period chooser goes up to a year: the summary covers it whatever is chosen later.
    stats::ReportOptions fetched = options;
    fetched.period_days = std::max(period_days, 365);
    auto input = stats::FetchStatsSummaryInput(collection, filter, now_ms, fetched);
    if (!input) {
        return Fail(input.error());
    }
    stage->store(ProgressStage::kComputing);
    ProgressData data;
    data.report = stats::ComputeReport(*input, options);
    data.input = std::move(*input);
    return data;
}

}  // namespace

struct ProgressView::Job {
    std::atomic<ProgressStage> stage{ProgressStage::kFetching};
    std::optional<Result<ProgressData>> result;  // written by the worker before kDone
    std::atomic<bool> done{false};
};

namespace {

constexpr HelpRow kProgressKeys[] = {
    {"Tab / Shift+Tab", "Move the focus ring; Enter or Space presses"},
    {"Up / Down", "Another deck or topic, while its chooser has the focus"},
    {"Ctrl+Tab", "Next view: Home, Quiz setup, Progress, Settings (Shift: back)"},
    {"Escape", "Back to the decks"},
    {"?", "Show or hide this help"},
    {"Ctrl+Q", "Quit Summit"},
};
constexpr HelpSection kProgressHelp[] = {
    {"Progress", kProgressKeys, static_cast<int>(std::size(kProgressKeys))}};

// The choice `step` (-1 or +1) away from `current` in "All", then `choices`, clamped at both
// ends: what the arrow keys do to a focused chooser.
std::optional<std::string> StepThrough(const std::vector<std::string>& choices,
                                       const std::optional<std::string>& current, int step) {
    int index = -1;  // "All"
    if (current) {
        const auto at = std::find(choices.begin(), choices.end(), *current);
        index = at == choices.end() ? -1 : static_cast<int>(at - choices.begin());
    }
    index = std::clamp(index + step, -1, static_cast<int>(choices.size()) - 1);
    return index < 0 ? std::nullopt : std::optional(choices[static_cast<size_t>(index)]);
}

}  // namespace

ProgressView::ProgressView(storage::Collection& collection)
    : collection_(collection), help_(kProgressHelp) {}

ProgressView::~ProgressView() = default;  // the jthread joins a running worker

const ChartResult* ProgressView::FindChart(std::string_view name) const {
    const auto found = charts_.find(name);
    return found == charts_.end() ? nullptr : &found->second;
}

bool ProgressView::TakeBackRequest() {
    return std::exchange(back_requested_, false);
}

void ProgressView::Reload() {
    stale_ = true;
    decks_loaded_ = false;
}

void ProgressView::SetDeck(std::optional<std::string> deck) {
    if (deck != state_.deck) {
        state_.deck = std::move(deck);
        state_.topic.reset();  // a topic of another deck would likely match nothing
        topics_.clear();
        stale_ = true;
    }
}

void ProgressView::SetTopic(std::optional<std::string> topic) {
    if (topic != state_.topic) {
        state_.topic = std::move(topic);
        stale_ = true;
    }
}

void ProgressView::SetPeriod(int period_days) {
    if (std::find(kProgressPeriods.begin(), kProgressPeriods.end(), period_days) ==
            kProgressPeriods.end() ||
        period_days == state_.period_days) {
        return;
    }
    state_.period_days = period_days;
    ApplyPeriod();
}

void ProgressView::ApplyPeriod() {
    if (!data_) {
        return;
    }
    // Only these two depend on the period; the kept rows make this a pass over the log
    // instead of a new fetch.
    stats::StatsReport& report = data_->report;
    const stats::DayIndex days = stats::ReportDayIndex(data_->input.day_rule, report.now_ms);
    report.options.period_days = state_.period_days;
    report.reviews_per_day = stats::ComputeReviewsPerDay(data_->input, days, state_.period_days);
    report.buttons = stats::ComputeAnswerButtons(data_->input, days, state_.period_days);
}

void ProgressView::StartLoad(int64_t now_ms) {
    stale_ = false;
    // The filter names the deck as the combo shows it; statistics take its id.
    std::optional<storage::DeckId> deck;
    if (state_.deck) {
        auto found = collection_.FindDeck(*state_.deck);
        if (!found) {
            Accept(Fail(found.error()));
            return;
        }
        deck = *found;
    }
    const stats::StatsFilter filter{deck, state_.topic};
    const std::string& path = collection_.Path();
    if (path.empty() || path == ":memory:") {
        std::atomic<ProgressStage> stage;
        Accept(LoadProgress(collection_, filter, now_ms, state_.period_days, &stage));
        return;
    }
    auto job = std::make_shared<Job>();
    job_ = job;
    worker_ = std::jthread([job, path, filter, now_ms, period = state_.period_days] {
        storage::OpenOptions options;
        options.mode = storage::OpenMode::kReadOnly;
        auto own = storage::Collection::Open(path, options);
        if (!own) {
            job->result = Fail(own.error());
        } else {
            job->result = LoadProgress(*own, filter, now_ms, period, &job->stage);
        }
        job->stage.store(ProgressStage::kDone);
        job->done.store(true, std::memory_order_release);
    });
    // The view's first frame never waits: it shows what the worker is doing. On a reload a
    // small collection is done in a few milliseconds, so waiting briefly replaces the charts
    // without a "reading" line flashing up; large ones keep the UI responsive meanwhile.
    if (!data_ && error_.empty()) {
        return;
    }
    const auto deadline = std::chrono::steady_clock::now() + kInlineWait;
    while (!job->done.load(std::memory_order_acquire) &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    PollJob();
}

void ProgressView::PollJob() {
    if (!job_ || !job_->done.load(std::memory_order_acquire)) {
        return;
    }
    worker_.join();
    std::shared_ptr<Job> job = std::move(job_);
    Accept(std::move(*job->result));
}

void ProgressView::Accept(Result<ProgressData> loaded) {
    if (!loaded) {
        data_.reset();
        error_ = loaded.error().ToString();
        return;
    }
    error_.clear();
    data_ = std::make_unique<ProgressData>(std::move(*loaded));
    // The period may have changed while the worker ran.
    if (data_->report.options.period_days != state_.period_days) {
        ApplyPeriod();
    }
    if (!state_.topic) {
        topics_.clear();
        for (const stats::TopicMastery& topic : data_->report.topics) {
            if (!topic.topic.empty()) {
                topics_.push_back(topic.topic);
            }
        }
    }
}

void ProgressView::Draw(int64_t now_ms) {
    PollJob();
    if (!decks_loaded_) {
        decks_loaded_ = true;
        // The chooser shows names only: the counts would read every card's index entries.
        auto names = collection_.ListDeckNames();
        decks_ = names ? std::move(*names) : std::vector<std::string>();
        topic_names_ = LoadTopicNames(collection_, std::nullopt);
    }
    if (stale_ && !job_) {
        StartLoad(now_ms);
    }
    rects_.Clear();
    charts_.clear();

    const bool open = BeginFullscreenView("Progress###progress");
    if (open) {
        focus_.Begin(!help_.IsOpen());
        DrawToolbar();
        ImGui::BeginChild("body", ImVec2(0, 0), false);
        DrawBody();
        ImGui::EndChild();
        const ImGuiIO& io = ImGui::GetIO();
        if (!help_.IsOpen() && ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
            !io.WantTextInput) {
            if (HelpKeyPressed()) {
                help_.Open();
            } else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
                back_requested_ = true;
            }
        }
        focus_.End();
    }
    EndFullscreenView();
    help_.Draw();

    // Applied after drawing so the whole frame showed one set of filters.
    if (pending_deck_) {
        SetDeck(std::move(*pending_deck_));
        pending_deck_.reset();
    }
    if (pending_topic_) {
        SetTopic(std::move(*pending_topic_));
        pending_topic_.reset();
    }
    if (pending_period_ != 0) {
        SetPeriod(std::exchange(pending_period_, 0));
    }
}

void ProgressView::DrawToolbar() {
    if (focus_.Item(ImGui::Button("Back"))) {
        back_requested_ = true;
    }
    rects_.RecordLastItem("button/back");
    ImGui::SameLine(0, Em(1));
    ImGui::TextUnformatted("Progress");

    // Each control wraps to the next line when the window is too narrow for it.
    SameLineIfFits(Em(11), Em(2));
    ImGui::SetNextItemWidth(Em(11));
    const char* deck_label = state_.deck ? state_.deck->c_str() : "All decks";
    if (ImGui::BeginCombo("##deck", deck_label)) {
        if (ImGui::Selectable("All decks", !state_.deck)) {
            pending_deck_ = std::optional<std::string>();
        }
        for (const std::string& deck : decks_) {
            ImGui::PushID(deck.c_str());
            if (ImGui::Selectable(deck.c_str(), state_.deck == deck)) {
                pending_deck_ = deck;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    rects_.RecordLastItem("combo/deck");
    focus_.Item();
    if (const int step = focus_.Step()) {
        pending_deck_.emplace(StepThrough(decks_, state_.deck, step));
    }

    SameLineIfFits(Em(11));
    ImGui::SetNextItemWidth(Em(11));
    const std::string topic_label =
        state_.topic ? TopicLabel(*state_.topic, topic_names_) : "All topics";
    if (ImGui::BeginCombo("##topic", topic_label.c_str())) {
        if (ImGui::Selectable("All topics", !state_.topic)) {
            pending_topic_ = std::optional<std::string>();
        }
        for (const std::string& topic : topics_) {
            ImGui::PushID(topic.c_str());
            if (ImGui::Selectable(TopicLabel(topic, topic_names_).c_str(), state_.topic == topic)) {
                pending_topic_ = topic;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    rects_.RecordLastItem("combo/topic");
    focus_.Item();
    if (const int step = focus_.Step()) {
        pending_topic_.emplace(StepThrough(topics_, state_.topic, step));
    }

    for (int days : kProgressPeriods) {
        char label[32];
        if (days == 365) {
            std::snprintf(label, sizeof label, "1 year###period%d", days);
        } else {
            std::snprintf(label, sizeof label, "%d days###period%d", days, days);
        }
        const float width =
            ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
        SameLineIfFits(width, days == kProgressPeriods[0] ? Em(2) : -1.0f);
        const bool chosen = days == state_.period_days;
        if (chosen) {
            ImGui::PushStyleColor(ImGuiCol_Button, Colors().selected);
        }
        if (focus_.Item(ImGui::Button(label))) {
            pending_period_ = days;
        }
        if (chosen) {
            ImGui::PopStyleColor();
        }
        rects_.RecordLastItem("period/" + std::to_string(days));
    }
}

void ProgressView::DrawBody() {
    if (job_ && !data_) {
        ImGui::TextDisabled(job_->stage.load() == ProgressStage::kFetching
                                ? "Reading the review log..."
                                : "Computing statistics...");
        return;
    }
    if (!error_.empty()) {
        ImGui::TextColored(Colors().error, "Could not read the statistics: %s", error_.c_str());
        return;
    }
    if (!data_) {
        return;
    }
    if (job_) {
        ImGui::TextDisabled("Updating for the new filter...");
    }
    const stats::StatsReport& report = data_->report;
    DrawToday(report);
    DrawReviewsPerDay(report);
    if (BeginPair("forecast_states")) {
        ImGui::TableNextColumn();
        DrawForecast(report);
        ImGui::TableNextColumn();
        DrawStates(report);
        ImGui::EndTable();
    }
    if (BeginPair("retention_buttons")) {
        ImGui::TableNextColumn();
        DrawRetention(report);
        ImGui::TableNextColumn();
        DrawButtons(report);
        ImGui::EndTable();
    }
    DrawCalendar(report);
    DrawTopics(report);
    DrawHardest(report);
    if (BeginPair("knowledge_quizzes")) {
        ImGui::TableNextColumn();
        DrawKnowledge(report);
        ImGui::TableNextColumn();
        DrawQuizzes(report);
        ImGui::EndTable();
    }
}

}  // namespace summit::ui
