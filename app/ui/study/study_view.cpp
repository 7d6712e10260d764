// The study view: hosts the question and feedback panels over a StudySession.
#include "app/ui/study/study_view.h"

#include <cstdio>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/study/answering.h"
#include "app/ui/study/question_page.h"
#include "app/ui/study/summary_view.h"
#include "app/ui/widgets/fit_text.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"

namespace summit::ui {

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
    session_->SetPaused(paused_);
    if (session_->Finished()) {
        state_.nothing_due = true;
        if (auto summary = session_->Summary()) {
            state_.next_due_ms = summary->next_due_ms;
        }
        return;
    }
    ShowCurrent();
}

void StudyView::SetPaused(bool paused) {
    paused_ = paused;
    if (session_) {
        session_->SetPaused(paused);
    }
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
    question_.Begin(session_->DisplayedQuestion(), session_->ShuffleSeed());
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
    undo_ = bury_ = suspend_ = leave_ = edit_ = false;
    if (BeginFullscreenView("Study###study")) {
        if (!session_ || state_.nothing_due) {
            DrawNothingDue();
        } else {
            DrawTopBar();
            DrawQuestionPage("question_area", question_, feedback_, !help_.IsOpen(), Answered());
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
    // "Left" is today's count, the number Home showed for this deck, so the two never differ.
    const study::TodayCounts& today = progress.today;
    const int total = progress.done + today.Total();
    char label[48];
    std::snprintf(label, sizeof label, "%d done / %d left", progress.done, today.Total());
    // The bar gives way to the clock and the counts; when even its narrowest does not leave
    // room for them (a large UI scale), they move to the next line instead of off the edge.
    const std::string clock = ClockText(session_->ElapsedMs() / 1000);
    char counts[3][16];
    std::snprintf(counts[0], sizeof counts[0], "%d", today.fresh);
    std::snprintf(counts[1], sizeof counts[1], "%d", today.learning);
    std::snprintf(counts[2], sizeof counts[2], "%d", today.review);
    const float counts_width = ImGui::CalcTextSize(counts[0]).x + ImGui::CalcTextSize(counts[1]).x +
                               ImGui::CalcTextSize(counts[2]).x + Em(0.8f);
    const float clock_width = ImGui::CalcTextSize(clock.c_str()).x;
    TopBarProgress(total == 0 ? 1.0f : static_cast<float>(progress.done) / total, label,
                   (clock_width + counts_width) / Em(1) + 3);
    rects_.RecordLastItem("progress");
    SameLineIfFits(clock_width, Em(1));
    ImGui::TextUnformatted(clock.c_str());
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Time in this session");
    }
    SameLineIfFits(counts_width, Em(1));
    const Palette& colors = Colors();
    const ImVec4* count_colors[] = {&colors.state_new, &colors.state_learning,
                                    &colors.state_review};
    constexpr const char* kCountRects[] = {"count/new", "count/learning", "count/review"};
    for (int i = 0; i < 3; ++i) {
        if (i > 0) {
            ImGui::SameLine(0, Em(0.4f));
        }
        ImGui::TextColored(*count_colors[i], "%s", counts[i]);
        rects_.RecordLastItem(kCountRects[i]);
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Left today: new, learning (due later today too), review");
        }
    }

    const bool can_act = !session_->Finished();
    if (TopBarButton("Undo", "Undo the last answer (Ctrl+Z or U)", session_->CanUndo(), rects_,
                     "button/undo")) {
        undo_ = true;
    }
    ImGui::SameLine();
    if (TopBarButton("Bury", "Hide this question until tomorrow (Ctrl+B; B on the answer)", can_act,
                     rects_, "button/bury")) {
        bury_ = true;
    }
    ImGui::SameLine();
    if (TopBarButton("Suspend", "Stop asking this question (Ctrl+S; S on the answer)", can_act,
                     rects_, "button/suspend")) {
        suspend_ = true;
    }
    if (Answered()) {
        ImGui::SameLine();
        if (TopBarButton("Edit", "Edit this question (E)", true, rects_, "button/edit")) {
            edit_ = true;
        }
    }
    ImGui::SameLine();
    if (TopBarButton("Help", "Keyboard shortcuts (?)", true, rects_, "button/help")) {
        help_.Open();
    }
    ImGui::SameLine();
    if (TopBarButton("Back", "Leave the session (Escape)", true, rects_, "button/back")) {
        leave_ = true;
    }
    TopBarMessage(state_.message);
    ImGui::Separator();
}

void StudyView::DrawNothingDue() {
    ImGui::TextUnformatted(state_.deck_label.c_str());
    ImGui::Separator();
    ImGui::Dummy(ImVec2(0, Em(2)));
    if (!state_.message.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(Colors().error, "%s", state_.message.c_str());
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
    // keyboard: right after answering is exactly when a student wants it. Ctrl+B and Ctrl+S
    // likewise work whatever the question takes.
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Z, false)) {
        undo_ = true;
    }
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_B, false)) {
        bury_ = true;
    }
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_S, false)) {
        suspend_ = true;
    }
    // While the question takes letters (matching's A, B, C..., true/false's T and F, typing),
    // a letter is an answer: a plain B must never bury the card mid-answer.
    if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || question_.WantsLetterKeys()) {
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
    if (Answered() && ImGui::IsKeyPressed(GLFW_KEY_E, false)) {
        edit_ = true;
    }
}

bool StudyView::Answered() const {
    if (!session_) {
        return false;
    }
    const study::SessionPhase phase = session_->Phase();
    return phase == study::SessionPhase::kRevealed || phase == study::SessionPhase::kAnswered;
}

void StudyView::ResumeAfterEdit(bool answers_changed) {
    if (!session_ || session_->Finished() || !Check(session_->ReloadCurrent(answers_changed))) {
        return;
    }
    ShowCurrent();
    if (Answered() && session_->Grade()) {
        question_.ShowResult(*session_->Grade());
        BeginFeedback();
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
    if (edit_ && Answered()) {
        exit_ = StudyExit::kEdit;
    } else if (leave_) {
        Leave();
    } else if (session_->Finished() && exit_ == StudyExit::kNone) {
        exit_ = StudyExit::kSummary;
    }
}

}  // namespace summit::ui
