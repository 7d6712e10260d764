// The study view: hosts the question and feedback panels over a StudySession.
#include "app/ui/study/study_view.h"

#include <algorithm>
#include <cstdio>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/study/answering.h"
#include "app/ui/study/summary_view.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"

namespace summit::ui {
namespace {

const ImVec4 kErrorColor(0.93f, 0.33f, 0.31f, 1.0f);
const ImVec4 kNewColor(0.30f, 0.56f, 0.95f, 1.0f);
const ImVec4 kLearningColor(0.90f, 0.42f, 0.16f, 1.0f);
const ImVec4 kDueColor(0.22f, 0.66f, 0.32f, 1.0f);

// A small button with a tooltip naming its shortcut.
bool BarButton(const char* label, const char* tip, bool enabled, WidgetRects& rects,
               const char* rect_name) {
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label);
    ImGui::EndDisabled();
    rects.RecordLastItem(rect_name);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("%s", tip);
    }
    return pressed;
}

}  // namespace

void StudyView::Start(std::optional<storage::DeckId> deck) {
    state_ = StudyUiState{};
    if (!deck) {
        state_.deck_label = "All decks";
    } else if (auto name = collection_.GetDeckName(*deck)) {
        state_.deck_label = std::move(*name);
    }
    exit_ = StudyExit::kNone;
    help_.Close();
    session_.reset();
    auto started = study::StudySession::Start(collection_, study::QueueSelection{deck, {}}, clock_);
    if (!started) {
        state_.message = "Could not start studying: " + started.error().message;
        return;
    }
    session_.emplace(std::move(*started));
    if (session_->Finished()) {
        state_.nothing_due = true;
        if (auto summary = session_->Summary()) {
            state_.next_due_ms = summary->next_due_ms;
        }
        return;
    }
    ShowCurrent();
}

StudyExit StudyView::TakeExit() {
    const StudyExit taken = exit_;
    exit_ = StudyExit::kNone;
    return taken;
}

std::optional<study::SessionSummary> StudyView::Summary() const {
    if (!session_) {
        return std::nullopt;
    }
    auto summary = session_->Summary();
    if (!summary) {
        return std::nullopt;
    }
    return *summary;
}

void StudyView::PreviewAnswers(
    int count, const std::function<study::Answer(const content::Question&)>& answer_for) {
    for (int i = 0; i < count && session_ && !session_->Finished(); ++i) {
        const study::Answer answer = answer_for(session_->DisplayedQuestion());
        if (session_->DisplayedQuestion().type == content::QuestionType::kFlashcard) {
            if (!Check(session_->Reveal()) ||
                !Check(session_->Rate(answer.dont_know ? Rating::kAgain : Rating::kGood))) {
                return;
            }
        } else if (!Check(session_->Submit(answer)) ||
                   !Check(session_->Rate(session_->HighlightedRating()))) {
            return;
        }
    }
    ShowCurrent();
}

void StudyView::ShowCurrent() {
    if (!session_ || session_->Finished()) {
        return;
    }
    const storage::StudyCard& card = session_->Current();
    question_.Begin(session_->DisplayedQuestion(),
                    static_cast<uint32_t>(card.id.value * 2654435761u));
}

void StudyView::BeginFeedback() {
    FeedbackInput input;
    input.question = session_->DisplayedQuestion();
    input.grade = *session_->Grade();
    input.suggested = session_->SuggestedRating();
    if (auto intervals = session_->Intervals()) {
        for (size_t i = 0; i < 4; ++i) {
            input.intervals[i] = (*intervals)[i].text;
        }
    }
    feedback_.Begin(std::move(input));
}

bool StudyView::Check(const Status& status) {
    if (!status) {
        state_.message = status.error().message;
        return false;
    }
    state_.message.clear();
    return true;
}

void StudyView::Leave() {
    const bool answered = session_ && session_->Progress().done > 0;
    exit_ = answered ? StudyExit::kSummary : StudyExit::kHome;
}

void StudyView::Draw() {
    undo_ = bury_ = suspend_ = leave_ = false;
    if (BeginFullscreenView("Study###study")) {
        if (!session_ || state_.nothing_due) {
            DrawNothingDue();
        } else {
            DrawTopBar();
            const bool keys = !help_.IsOpen();
            question_.SetKeysEnabled(keys);
            feedback_.SetKeysEnabled(keys);
            const study::SessionPhase phase = session_->Phase();
            const bool answered =
                phase == study::SessionPhase::kRevealed || phase == study::SessionPhase::kAnswered;
            // The rating row stays pinned under the scrolling question and feedback.
            const float footer = answered ? ImGui::GetFrameHeightWithSpacing() * 2.2f : 0.0f;
            ImGui::BeginChild("question_area", ImVec2(0, -footer));
            question_.Draw();
            if (answered && feedback_.has_input()) {
                ImGui::Spacing();
                ImGui::Separator();
                feedback_.DrawDetails();
            }
            ImGui::EndChild();
            if (answered && feedback_.has_input()) {
                ImGui::Separator();
                feedback_.DrawRatings();
            }
            HandleSessionKeys();
        }
    }
    EndFullscreenView();
    help_.Draw();
    ApplyPending();
}

void StudyView::DrawTopBar() {
    const study::SessionProgress progress = session_->Progress();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(state_.deck_label.c_str());
    ImGui::SameLine(0, Em(1));
    const int total = progress.done + progress.remaining;
    char label[48];
    std::snprintf(label, sizeof label, "%d done / %d left", progress.done, progress.remaining);
    const float bar_width = std::max(Em(8), ImGui::GetContentRegionAvail().x - Em(30));
    ImGui::ProgressBar(total == 0 ? 1.0f : static_cast<float>(progress.done) / total,
                       ImVec2(bar_width, 0), label);
    ImGui::SameLine(0, Em(1));
    const int64_t seconds = session_->ElapsedMs() / 1000;
    ImGui::Text("%02lld:%02lld", static_cast<long long>(seconds / 60),
                static_cast<long long>(seconds % 60));
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Time in this session");
    }
    ImGui::SameLine(0, Em(1));
    ImGui::TextColored(kNewColor, "%d", progress.fresh);
    ImGui::SameLine(0, Em(0.4f));
    ImGui::TextColored(kLearningColor, "%d", progress.learning + progress.ahead);
    ImGui::SameLine(0, Em(0.4f));
    ImGui::TextColored(kDueColor, "%d", progress.review);
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Left: new, learning, review");
    }

    const bool can_act = !session_->Finished();
    if (BarButton("Undo", "Undo the last answer (Ctrl+Z or U)", session_->CanUndo(), rects_,
                  "button/undo")) {
        undo_ = true;
    }
    ImGui::SameLine();
    if (BarButton("Bury", "Hide this question until tomorrow (B)", can_act, rects_,
                  "button/bury")) {
        bury_ = true;
    }
    ImGui::SameLine();
    if (BarButton("Suspend", "Stop asking this question (S)", can_act, rects_, "button/suspend")) {
        suspend_ = true;
    }
    ImGui::SameLine();
    if (BarButton("Help", "Keyboard shortcuts (?)", true, rects_, "button/help")) {
        help_.Open();
    }
    ImGui::SameLine();
    if (BarButton("Back", "Leave the session (Escape)", true, rects_, "button/back")) {
        leave_ = true;
    }
    if (!state_.message.empty()) {
        ImGui::SameLine(0, Em(1));
        ImGui::TextColored(kErrorColor, "%s", state_.message.c_str());
    }
    ImGui::Separator();
}

void StudyView::DrawNothingDue() {
    ImGui::TextUnformatted(state_.deck_label.c_str());
    ImGui::Separator();
    ImGui::Dummy(ImVec2(0, Em(2)));
    if (!state_.message.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(kErrorColor, "%s", state_.message.c_str());
        ImGui::PopTextWrapPos();
    } else {
        ImGui::TextUnformatted("Nothing due. Well done!");
        if (state_.next_due_ms) {
            ImGui::Text("The next card is due %s.",
                        DescribeWhen(*state_.next_due_ms, clock_()).c_str());
        } else {
            ImGui::TextDisabled("No card is scheduled yet.");
        }
        ImGui::TextDisabled("A quiz tests you without changing the schedule.");
    }
    ImGui::Spacing();
    if (ImGui::Button("Back to decks", ImVec2(Em(10), 0))) {
        exit_ = StudyExit::kHome;
    }
    rects_.RecordLastItem("button/home");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Enter or Escape");
    }
    if (session_) {
        ImGui::SameLine();
        if (ImGui::Button("Start a quiz", ImVec2(Em(10), 0))) {
            exit_ = StudyExit::kQuiz;
        }
        rects_.RecordLastItem("button/quiz");
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) {
        exit_ = StudyExit::kHome;
    }
}

void StudyView::HandleSessionKeys() {
    const ImGuiIO& io = ImGui::GetIO();
    if (help_.IsOpen()) {
        return;
    }
    if (HelpKeyPressed()) {
        help_.Open();
        return;
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        leave_ = true;
    }
    // Ctrl+Z undoes the last answer even while the next question's text field has the
    // keyboard: right after answering is exactly when a student wants it.
    const bool typing = io.WantTextInput;
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Z, false)) {
        undo_ = true;
    }
    if (typing || io.KeyCtrl || io.KeyAlt) {
        return;
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_U, false)) {
        undo_ = true;
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_B, false)) {
        bury_ = true;
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_S, false)) {
        suspend_ = true;
    }
}

void StudyView::ApplyPending() {
    if (!session_ || state_.nothing_due) {
        return;
    }
    if (question_.TakeReveal()) {
        Check(session_->Reveal());
        if (session_->Grade()) {
            BeginFeedback();
        }
    }
    if (question_.TakeSubmit()) {
        Check(session_->Submit(question_.CurrentAnswer()));
        if (session_->Grade()) {
            question_.ShowResult(*session_->Grade());
            BeginFeedback();
        }
    }
    if (auto rating = feedback_.TakeRating()) {
        if (feedback_.accepted_as_right() && session_->Phase() == study::SessionPhase::kAnswered) {
            Check(session_->MarkCorrect());
        }
        if (Check(session_->Rate(*rating))) {
            ShowCurrent();
        }
    }
    if (undo_ && session_->CanUndo()) {
        if (Check(session_->Undo())) {
            ShowCurrent();
        }
    }
    if ((bury_ || suspend_) && !session_->Finished()) {
        if (Check(bury_ ? session_->Bury() : session_->Suspend())) {
            ShowCurrent();
        }
    }
    if (leave_) {
        Leave();
    } else if (session_->Finished() && exit_ == StudyExit::kNone) {
        exit_ = StudyExit::kSummary;
    }
}

}  // namespace summit::ui
