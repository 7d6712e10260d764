// The session summary view.
#include "app/ui/study/summary_view.h"

#include <cstdio>
#include <ctime>

#include <imgui.h>

#include "app/ui/widgets/result_tables.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"

namespace summit::ui {
const char* QuestionTypeLabel(content::QuestionType type) {
    switch (type) {
        case content::QuestionType::kFlashcard:
            return "Flashcards";
        case content::QuestionType::kMultipleChoice:
            return "Multiple choice";
        case content::QuestionType::kTrueFalse:
            return "True / false";
        case content::QuestionType::kTyped:
            return "Typed answer";
        case content::QuestionType::kCloze:
            return "Cloze";
        case content::QuestionType::kMatching:
            return "Matching";
        case content::QuestionType::kOrdering:
            return "Ordering";
        case content::QuestionType::kNumerical:
            return "Numerical";
    }
    return "?";
}

std::string DescribeDuration(int64_t ms) {
    const int64_t seconds = ms / 1000;
    char text[48];
    if (seconds < 60) {
        std::snprintf(text, sizeof text, "%lld s", static_cast<long long>(seconds));
    } else if (seconds < 3600) {
        std::snprintf(text, sizeof text, "%lld min %02lld s", static_cast<long long>(seconds / 60),
                      static_cast<long long>(seconds % 60));
    } else {
        std::snprintf(text, sizeof text, "%lld h %02lld min",
                      static_cast<long long>(seconds / 3600),
                      static_cast<long long>(seconds / 60 % 60));
    }
    return text;
}

std::string DescribeWhen(int64_t when_ms, int64_t now_ms) {
    const int64_t delta_min = (when_ms - now_ms) / 60000;
    char text[64];
    if (delta_min <= 0) {
        return "now";
    }
    if (delta_min < 60) {
        std::snprintf(text, sizeof text, "in %lld minute%s", static_cast<long long>(delta_min),
                      delta_min == 1 ? "" : "s");
        return text;
    }
    if (delta_min < 6 * 60) {
        std::snprintf(text, sizeof text, "in %lld hour%s", static_cast<long long>(delta_min / 60),
                      delta_min < 120 ? "" : "s");
        return text;
    }
    const std::time_t when = static_cast<std::time_t>(when_ms / 1000);
    const std::time_t now = static_cast<std::time_t>(now_ms / 1000);
    std::tm when_tm{};
    std::tm now_tm{};
    localtime_r(&when, &when_tm);
    localtime_r(&now, &now_tm);
    char clock[16];
    std::strftime(clock, sizeof clock, "%H:%M", &when_tm);
    if (when_tm.tm_yday == now_tm.tm_yday && when_tm.tm_year == now_tm.tm_year) {
        std::snprintf(text, sizeof text, "today at %s", clock);
    } else if (delta_min < 48 * 60 &&
               (when_tm.tm_yday == now_tm.tm_yday + 1 ||
                (when_tm.tm_yday == 0 && when_tm.tm_year > now_tm.tm_year))) {
        std::snprintf(text, sizeof text, "tomorrow at %s", clock);
    } else {
        char date[24];
        std::strftime(date, sizeof date, "%b %d", &when_tm);
        std::snprintf(text, sizeof text, "on %s at %s", date, clock);
    }
    return text;
}

void SummaryView::Show(std::string deck, study::SessionSummary summary, int64_t now_ms,
                       TopicNames topic_names) {
    deck_ = std::move(deck);
    topic_names_ = std::move(topic_names);
    summary_ = std::move(summary);
    now_ms_ = now_ms;
    shown_frames_ = 0;
    back_requested_ = false;
}

bool SummaryView::TakeBackRequest() {
    const bool requested = back_requested_;
    back_requested_ = false;
    return requested;
}

const char* SummaryTitle(const study::SessionSummary& summary) {
    if (summary.stopped_early) {
        return "Stopped early";
    }
    // The queue is empty but learning cards come back later today: a pause, not the end.
    return summary.left_today > 0 ? "Session paused" : "Session complete";
}

void SummaryView::Draw() {
    ++shown_frames_;
    const bool open = BeginFullscreenView("Summary###summary");
    if (open) {
        const study::SessionSummary& s = summary_;
        ImGui::Text("%s: %s", SummaryTitle(s), deck_.empty() ? "All decks" : deck_.c_str());
        if (s.left_today > 0) {
            ImGui::TextDisabled("%d card%s still to study today%s.", s.left_today,
                                s.left_today == 1 ? "" : "s",
                                s.stopped_early ? "" : " (learning steps come back later)");
        }
        ImGui::Separator();
        ImGui::Spacing();
        if (s.answered == 0) {
            ImGui::TextDisabled("Nothing was answered in this session.");
        } else {
            ImGui::Text("Answered %d question%s", s.answered, s.answered == 1 ? "" : "s");
            ImGui::SameLine(0, Em(1.5f));
            ImGui::TextColored(ScoreColor(s.Accuracy()), "%d correct (%.0f%%)", s.correct,
                               s.Accuracy() * 100);
            ImGui::Text("Time spent answering: %s   (session %s)",
                        DescribeDuration(s.time_spent_ms).c_str(),
                        DescribeDuration(s.elapsed_ms).c_str());
            ImGui::Text("Again %d   Hard %d   Good %d   Easy %d", s.ratings[0], s.ratings[1],
                        s.ratings[2], s.ratings[3]);
        }
        if (s.buried > 0 || s.suspended > 0) {
            ImGui::TextDisabled("Buried %d, suspended %d", s.buried, s.suspended);
        }
        ImGui::Spacing();
        if (s.next_due_ms) {
            ImGui::Text("Next card due %s; %d due by the end of tomorrow.",
                        DescribeWhen(*s.next_due_ms, now_ms_).c_str(), s.due_tomorrow);
        } else {
            ImGui::TextUnformatted("Nothing is scheduled yet in this deck.");
        }
        ImGui::Spacing();
        if (BackToDecksButton(rects_)) {
            back_requested_ = true;
        }
        ImGui::Spacing();
        const float room = ImGui::GetContentRegionAvail().y;
        ImGui::BeginChild("tallies", ImVec2(0, room));
        BreakdownTable("by_type", "Question type", kAccuracyColumns, BreakdownRows(s.by_type));
        ImGui::Spacing();
        BreakdownTable("by_topic", "Topic", kAccuracyColumns,
                       BreakdownRows(s.by_topic, topic_names_));
        ImGui::EndChild();

        if (shown_frames_ > 1 && !ImGui::GetIO().WantTextInput && BackKeyPressed()) {
            back_requested_ = true;
        }
    }
    EndFullscreenView();
}

}  // namespace summit::ui
