// The quiz results view.
#include "app/ui/quiz_results_view.h"

#include <cstdio>
#include <string>

#include <imgui.h>

#include "app/ui/summary_view.h"
#include "app/ui/theme.h"

namespace summit::ui {
namespace {

const ImVec4 kGoodColor(0.22f, 0.66f, 0.32f, 1.0f);
const ImVec4 kFairColor(0.90f, 0.62f, 0.16f, 1.0f);
const ImVec4 kBadColor(0.93f, 0.33f, 0.31f, 1.0f);

template <typename Map, typename NameOf>
void ScoreTable(const char* id, const char* heading, const Map& tallies, NameOf name_of) {
    if (tallies.empty() || !ImGui::BeginTable(id, 2, ImGuiTableFlags_RowBg)) {
        return;
    }
    ImGui::TableSetupColumn(heading, ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, Em(9));
    ImGui::TableHeadersRow();
    for (const auto& [key, tally] : tallies) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string name = name_of(key);
        ImGui::TextUnformatted(name.c_str());
        ImGui::TableNextColumn();
        char label[32];
        std::snprintf(label, sizeof label, "%.1f / %d", tally.score, tally.count);
        ImGui::ProgressBar(tally.count == 0 ? 0.0f : static_cast<float>(tally.score / tally.count),
                           ImVec2(-1, 0), label);
    }
    ImGui::EndTable();
}

}  // namespace

void QuizResultsView::Show(study::QuizResult result) {
    result_ = std::move(result);
    back_requested_ = false;
    shown_frames_ = 0;
}

bool QuizResultsView::TakeBackRequest() {
    const bool requested = back_requested_;
    back_requested_ = false;
    return requested;
}

void QuizResultsView::Draw() {
    ++shown_frames_;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    const bool open = ImGui::Begin("Quiz results###quiz_results", nullptr, flags);
    ImGui::PopStyleVar();
    if (open) {
        const study::QuizResult& r = result_;
        const double percent = r.Fraction() * 100;
        ImGui::TextUnformatted("Quiz results");
        ImGui::SameLine(0, Em(1.5f));
        const ImVec4& color = percent >= 80 ? kGoodColor : percent >= 60 ? kFairColor : kBadColor;
        ImGui::TextColored(color, "Score %.1f / %.0f  (%.0f%%)", r.score, r.max_score, percent);
        ImGui::Text("%d correct, %d answered, %d unanswered%s", r.correct, r.answered, r.unanswered,
                    r.timed_out ? "  (time ran out)" : "");
        const int64_t seconds = (r.finished_ms - r.started_ms) / 1000;
        ImGui::SameLine(0, Em(1.5f));
        ImGui::TextDisabled("in %lld min %02lld s", static_cast<long long>(seconds / 60),
                            static_cast<long long>(seconds % 60));
        if (ImGui::Button("Back to decks", ImVec2(Em(10), 0))) {
            back_requested_ = true;
        }
        rects_.RecordLastItem("button/back");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Enter");
        }
        ImGui::Separator();
        ImGui::BeginChild("results_body", ImVec2(0, 0));
        DrawBreakdown();
        ImGui::Spacing();
        DrawMistakes();
        ImGui::EndChild();
        if (shown_frames_ > 1 &&
            (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
             ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false) ||
             ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false) ||
             ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))) {
            back_requested_ = true;
        }
    }
    ImGui::End();
}

void QuizResultsView::DrawBreakdown() {
    if (ImGui::BeginTable("breakdown", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextColumn();
        ScoreTable("by_type", "Question type", result_.by_type,
                   [](content::QuestionType type) { return std::string(QuestionTypeLabel(type)); });
        ImGui::TableNextColumn();
        ScoreTable("by_topic", "Topic", result_.by_topic, [](const std::string& topic) {
            return topic.empty() ? std::string("(no topic)") : topic;
        });
        ImGui::EndTable();
    }
}

void QuizResultsView::DrawMistakes() {
    if (result_.mistakes.empty()) {
        ImGui::TextColored(kGoodColor, "No mistakes. Well done!");
        return;
    }
    ImGui::Text("Review of %zu mistake%s", result_.mistakes.size(),
                result_.mistakes.size() == 1 ? "" : "s");
    ImGui::PushTextWrapPos(0);
    for (const study::QuizMistake& mistake : result_.mistakes) {
        ImGui::PushID(mistake.index);
        ImGui::Separator();
        ImGui::TextDisabled("%d.", mistake.index + 1);
        ImGui::SameLine();
        ImGui::TextUnformatted(mistake.question.prompt.c_str());
        if (mistake.unanswered) {
            ImGui::TextColored(kBadColor, "Not answered");
        } else {
            ImGui::TextColored(kBadColor, "Your answer: %s", mistake.given.c_str());
            if (mistake.score > 0) {
                ImGui::SameLine();
                ImGui::TextDisabled("(%.0f%% credit)", mistake.score * 100);
            }
        }
        ImGui::TextColored(kGoodColor, "Right answer: %s", mistake.correct_answer.c_str());
        if (!mistake.explanation.empty()) {
            ImGui::TextDisabled("Why:");
            ImGui::SameLine();
            ImGui::TextUnformatted(mistake.explanation.c_str());
        }
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
}

}  // namespace summit::ui
