// The session summary view.
#include "app/ui/summary_view.h"

#include <cstdio>
#include <ctime>

#include <imgui.h>

#include "app/ui/theme.h"

namespace summit::ui {
namespace {

const ImVec4 kGoodColor(0.22f, 0.66f, 0.32f, 1.0f);
const ImVec4 kFairColor(0.90f, 0.62f, 0.16f, 1.0f);
const ImVec4 kBadColor(0.93f, 0.33f, 0.31f, 1.0f);

// One row per key of a tally map: name, answered, correct, accuracy as a bar.
template <typename Map, typename NameOf>
void TallyTable(const char* id, const char* heading, const Map& tallies, NameOf name_of) {
    if (tallies.empty() ||
        !ImGui::BeginTable(id, 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        return;
    }
    ImGui::TableSetupColumn(heading, ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Answered", ImGuiTableColumnFlags_WidthFixed, Em(6));
    ImGui::TableSetupColumn("Accuracy", ImGuiTableColumnFlags_WidthFixed, Em(10));
    ImGui::TableHeadersRow();
    for (const auto& [key, tally] : tallies) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string name = name_of(key);
        ImGui::TextUnformatted(name.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", tally.answered);
        ImGui::TableNextColumn();
        char label[32];
        std::snprintf(label, sizeof label, "%d/%d", tally.correct, tally.answered);
        ImGui::ProgressBar(static_cast<float>(tally.Accuracy()), ImVec2(-1, 0), label);
    }
    ImGui::EndTable();
}

}  // namespace

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

void SummaryView::Show(std::string deck, study::SessionSummary summary, int64_t now_ms) {
    deck_ = std::move(deck);
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

void SummaryView::Draw() {
    ++shown_frames_;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    const bool open = ImGui::Begin("Summary###summary", nullptr, flags);
    ImGui::PopStyleVar();
    if (open) {
        const study::SessionSummary& s = summary_;
        ImGui::Text("Session complete: %s", deck_.empty() ? "All decks" : deck_.c_str());
        ImGui::Separator();
        ImGui::Spacing();
        if (s.answered == 0) {
            ImGui::TextDisabled("Nothing was answered in this session.");
        } else {
            ImGui::Text("Answered %d question%s", s.answered, s.answered == 1 ? "" : "s");
            ImGui::SameLine(0, Em(1.5f));
            const ImVec4& color = s.Accuracy() >= 0.8   ? kGoodColor
                                  : s.Accuracy() >= 0.6 ? kFairColor
                                                        : kBadColor;
            ImGui::TextColored(color, "%d correct (%.0f%%)", s.correct, s.Accuracy() * 100);
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
        if (ImGui::Button("Back to decks", ImVec2(Em(10), 0))) {
            back_requested_ = true;
        }
        rects_.RecordLastItem("button/back");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Enter");
        }
        ImGui::Spacing();
        const float room = ImGui::GetContentRegionAvail().y;
        ImGui::BeginChild("tallies", ImVec2(0, room));
        TallyTable("by_type", "Question type", s.by_type,
                   [](content::QuestionType type) { return std::string(QuestionTypeLabel(type)); });
        ImGui::Spacing();
        TallyTable("by_topic", "Topic", s.by_topic, [](const std::string& topic) {
            return topic.empty() ? std::string("(no topic)") : topic;
        });
        ImGui::EndChild();

        if (shown_frames_ > 1 && !ImGui::GetIO().WantTextInput &&
            (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
             ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false) ||
             ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false) ||
             ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))) {
            back_requested_ = true;
        }
    }
    ImGui::End();
}

}  // namespace summit::ui
