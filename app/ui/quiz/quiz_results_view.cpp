// The quiz results view.
#include "app/ui/quiz/quiz_results_view.h"

#include <cstdio>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/ui/widgets/long_text.h"
#include "app/ui/widgets/result_tables.h"
#include "app/ui/widgets/rich_text.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"

namespace summit::ui {
void QuizResultsView::Show(study::QuizResult result, TopicNames topic_names) {
    result_ = std::move(result);
    topic_names_ = std::move(topic_names);
    back_requested_ = false;
    retake_requested_ = false;
    shown_frames_ = 0;
}

bool QuizResultsView::TakeRetakeRequest() {
    const bool requested = retake_requested_;
    retake_requested_ = false;
    return requested;
}

bool QuizResultsView::TakeBackRequest() {
    const bool requested = back_requested_;
    back_requested_ = false;
    return requested;
}

void QuizResultsView::Draw() {
    ++shown_frames_;
    rects_.Clear();  // the retake button is not drawn for every result
    const bool open = BeginFullscreenView("Quiz results###quiz_results");
    if (open) {
        const study::QuizResult& r = result_;
        const double percent = r.Fraction() * 100;
        ImGui::TextUnformatted("Quiz results");
        ImGui::SameLine(0, Em(1.5f));
        ImGui::TextColored(ScoreColor(r.Fraction()), "Score %.1f / %.0f  (%.0f%%)", r.score,
                           r.max_score, percent);
        ImGui::Text("%d correct, %d answered, %d unanswered%s", r.correct, r.answered, r.unanswered,
                    r.timed_out ? "  (time ran out)" : "");
        const int64_t seconds = (r.finished_ms - r.started_ms) / 1000;
        ImGui::SameLine(0, Em(1.5f));
        ImGui::TextDisabled("in %lld min %02lld s", static_cast<long long>(seconds / 60),
                            static_cast<long long>(seconds % 60));
        if (BackToDecksButton(rects_)) {
            back_requested_ = true;
        }
        const bool mistakes = !r.mistakes.empty();
        if (mistakes) {
            ImGui::SameLine();
            if (ImGui::Button("Retake my mistakes (R)")) {
                retake_requested_ = true;
            }
            rects_.RecordLastItem("button/retake");
        }
        ImGui::Separator();
        ImGui::BeginChild("results_body", ImVec2(0, 0));
        DrawBreakdown();
        ImGui::Spacing();
        DrawMistakes();
        ImGui::EndChild();
        if (shown_frames_ > 1 && BackKeyPressed()) {
            back_requested_ = true;
        }
        const ImGuiIO& io = ImGui::GetIO();
        if (shown_frames_ > 1 && mistakes && !io.KeyCtrl && !io.KeyAlt && !io.KeySuper &&
            ImGui::IsKeyPressed(GLFW_KEY_R, false)) {
            retake_requested_ = true;
        }
    }
    EndFullscreenView();
}

void QuizResultsView::DrawBreakdown() {
    if (ImGui::BeginTable("breakdown", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextColumn();
        BreakdownTable("by_type", "Question type", kScoreColumns, BreakdownRows(result_.by_type));
        ImGui::TableNextColumn();
        BreakdownTable("by_topic", "Topic", kScoreColumns,
                       BreakdownRows(result_.by_topic, topic_names_));
        ImGui::EndTable();
    }
}

void QuizResultsView::DrawMistakes() {
    if (result_.mistakes.empty()) {
        ImGui::TextColored(Colors().success, "No mistakes. Well done!");
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
        const content::TextFormat format = mistake.question.text_format;
        DrawQuestionText(mistake.question.prompt, format, images_,
                         ImGui::GetContentRegionAvail().x);
        if (mistake.unanswered) {
            ImGui::TextColored(Colors().error, "Not answered");
        } else {
            LongText("Your answer: " + mistake.given, &Colors().error);
            if (mistake.score > 0) {
                ImGui::SameLine();
                ImGui::TextDisabled("(%.0f%% credit)", mistake.score * 100);
            }
        }
        LongText("Right answer: " + mistake.correct_answer, &Colors().success);
        if (!mistake.explanation.empty()) {
            ImGui::TextDisabled("Why:");
            ImGui::SameLine();
            DrawQuestionText(mistake.explanation, format, images_,
                             ImGui::GetContentRegionAvail().x);
        }
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
}

}  // namespace summit::ui
