// The quiz view: hosts the question and feedback panels over a Quiz.
#include "app/ui/quiz/quiz_view.h"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "app/grading/rating_policy.h"
#include "app/ui/study/question_page.h"
#include "app/ui/widgets/theme.h"
#include "app/ui/widgets/view_frame.h"

namespace summit::ui {
namespace {

constexpr int64_t kHurryMs = 60'000;  // the countdown turns the warning colour in the last minute

}  // namespace

Status QuizView::Start(const study::QuizSetup& setup, uint64_t seed) {
    quiz_.reset();
    message_.clear();
    exit_ = QuizExit::kNone;
    help_.Close();
    confirm_leave_ = false;
    reviewing_ = back_to_review_ = false;
    auto started = study::Quiz::Start(collection_, setup, seed, clock_);
    if (!started) {
        return std::unexpected(started.error());
    }
    quiz_.emplace(std::move(*started));
    ShowCurrent();
    return {};
}

QuizExit QuizView::TakeExit() {
    const QuizExit taken = exit_;
    exit_ = QuizExit::kNone;
    return taken;
}

bool QuizView::Check(const Status& status) {
    if (!status) {
        message_ = status.error().message;
        return false;
    }
    message_.clear();
    return true;
}

void QuizView::PreviewAnswers(
    int count, const std::function<study::Answer(const content::Question&)>& answer_for) {
    for (int i = 0; i < count && quiz_ && !quiz_->Finished(); ++i) {
        const int index = quiz_->Index();
        const study::Answer answer = answer_for(quiz_->DisplayedQuestion());
        if (!Check(quiz_->Submit(answer))) {
            return;
        }
        if (quiz_->Phase() == study::QuizPhase::kRevealed &&
            !Check(quiz_->RateFlashcard(answer.dont_know ? Rating::kAgain : Rating::kGood))) {
            return;
        }
        if (quiz_->Phase() == study::QuizPhase::kFeedback && index + 1 < quiz_->Count() &&
            !Check(quiz_->Next())) {
            return;
        }
        if (quiz_->Index() == index) {
            break;
        }
    }
    ShowCurrent();
}

void QuizView::ShowCurrent() {
    if (!quiz_ || quiz_->Finished()) {
        return;
    }
    question_.Begin(quiz_->DisplayedQuestion(), quiz_->ShuffleSeed());
    const study::QuizItem& item = quiz_->Current();
    if (quiz_->Phase() == study::QuizPhase::kFeedback && item.grade) {
        question_.ShowResult(*item.grade);
        BeginFeedback(false);
    } else if (quiz_->Phase() == study::QuizPhase::kRevealed) {
        BeginFeedback(true);  // a flashcard revealed on an earlier visit: its back and ratings
    }
}

void QuizView::BeginFeedback(bool self_rated) {
    const study::QuizItem& item = quiz_->Current();
    FeedbackInput input;
    input.question = quiz_->DisplayedQuestion();
    if (item.grade) {
        input.grade = *item.grade;
    } else {
        input.grade.type = input.question.type;
        input.grade.correct_answer = input.question.back;
    }
    input.suggested = self_rated ? std::nullopt : item.rating;
    // A flashcard is rated by the student; other answers only need a Continue.
    input.show_ratings = self_rated;
    feedback_.Begin(std::move(input));
}

void QuizView::Finish() {
    if (!quiz_ || quiz_->Finished()) {
        return;
    }
    auto finished = quiz_->Finish();
    if (!finished) {
        message_ = "Could not save the quiz: " + finished.error().message;
        return;
    }
    exit_ = QuizExit::kResults;
}

void QuizView::OpenReview() {
    if (!quiz_ || quiz_->Finished()) {
        return;
    }
    reviewing_ = true;
    back_to_review_ = false;
    review_.Open(quiz_->Index());
}

void QuizView::Draw() {
    prev_ = next_ = finish_ = leave_ = abandon_ = false;
    review_intent_ = {};
    const bool open = BeginFullscreenView("Quiz###quiz");
    if (open && quiz_ && !quiz_->Finished() && reviewing_) {
        const bool keys = !help_.IsOpen() && !confirm_leave_;
        TopBarMessage(message_);
        review_intent_ = review_.Draw(*quiz_, keys, rects_);
        if (keys) {
            if (HelpKeyPressed()) {
                help_.Open();
            }
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
                leave_ = true;
            }
        }
    } else if (open && quiz_ && !quiz_->Finished()) {
        DrawTopBar();
        const bool keys = !help_.IsOpen() && !confirm_leave_;
        const study::QuizPhase phase = quiz_->Phase();
        const bool feedback =
            phase == study::QuizPhase::kRevealed || phase == study::QuizPhase::kFeedback;
        DrawQuestionPage("quiz_question", question_, feedback_, keys, feedback);
        if (keys) {
            if (HelpKeyPressed()) {
                help_.Open();
            }
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
                leave_ = true;
            }
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp), false)) {
                prev_ = true;
            }
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown), false)) {
                next_ = true;
            }
        }
    } else if (open) {
        ImGui::TextColored(Colors().error, "%s", message_.empty() ? "No quiz." : message_.c_str());
        if (ImGui::Button("Back to decks")) {
            leave_ = true;
        }
    }
    EndFullscreenView();
    help_.Draw();
    if (confirm_leave_) {
        DrawLeaveConfirm();
    }
    ApplyPending();
}

void QuizView::DrawLeaveConfirm() {
    ++confirm_frames_;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(Em(32), viewport->WorkSize.x * 0.95f), 0));
    ImGui::SetNextWindowFocus();
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::Begin("Leave this quiz?###leave_quiz", nullptr, flags)) {
        ImGui::PushTextWrapPos(0);
        ImGui::Text("You answered %d of %d questions.", quiz_->AnsweredCount(), quiz_->Count());
        ImGui::TextUnformatted("Finish now to score what you answered, or keep going.");
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        if (ImGui::Button("Finish and score (Enter)")) {
            finish_ = true;
        }
        rects_.RecordLastItem("confirm/finish");
        ImGui::SameLine();
        if (ImGui::Button("Keep going (Escape)")) {
            confirm_leave_ = false;
        }
        rects_.RecordLastItem("confirm/stay");
        // On its own line: the one choice that loses answers is kept apart from the others.
        ImGui::Spacing();
        if (ImGui::Button("Abandon")) {
            abandon_ = true;
        }
        rects_.RecordLastItem("confirm/abandon");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Leave without saving this attempt");
        }
        if (confirm_frames_ > 1) {
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false)) {
                finish_ = true;
            }
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
                confirm_leave_ = false;
            }
        }
    }
    ImGui::End();
    if (finish_ || abandon_) {
        confirm_leave_ = false;
    }
}

void QuizView::DrawTopBar() {
    const int count = quiz_->Count();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Question %d of %d", quiz_->Index() + 1, count);
    ImGui::SameLine(0, Em(1));
    char label[32];
    std::snprintf(label, sizeof label, "%d answered", quiz_->AnsweredCount());
    TopBarProgress(count == 0 ? 0.0f : static_cast<float>(quiz_->AnsweredCount()) / count, label,
                   26);
    ImGui::SameLine(0, Em(1));
    if (auto remaining = quiz_->RemainingMs()) {
        const Palette& colors = Colors();
        const ImVec4& color = *remaining < kHurryMs ? colors.warning : colors.text;
        ImGui::TextColored(color, "%s left", ClockText((*remaining + 999) / 1000).c_str());
    } else {
        ImGui::TextUnformatted(ClockText(quiz_->ElapsedMs() / 1000).c_str());
    }
    if (TopBarButton("< Previous", "The previous question (Page Up)", quiz_->Index() > 0, rects_,
                     "button/prev")) {
        prev_ = true;
    }
    ImGui::SameLine();
    // With feedback at the end, the last question skips to the review page.
    const bool at_end = quiz_->Setup().feedback == study::QuizFeedback::kAtEnd;
    if (TopBarButton("Skip >", "Next question without answering (Page Down)",
                     at_end || quiz_->Index() + 1 < count, rects_, "button/next")) {
        next_ = true;
    }
    ImGui::SameLine();
    if (TopBarButton("Finish", "Score the quiz now", true, rects_, "button/finish")) {
        finish_ = true;
    }
    ImGui::SameLine();
    if (TopBarButton("Help", "Keyboard shortcuts (?)", true, rects_, "button/help")) {
        help_.Open();
    }
    ImGui::SameLine();
    if (TopBarButton("Abandon", "Leave; asks first when something was answered (Escape)", true,
                     rects_, "button/back")) {
        leave_ = true;
    }
    TopBarMessage(message_);
    ImGui::Separator();
}

void QuizView::ApplyPending() {
    // Answered questions are not thrown away on one key: ask first.
    if (leave_ && quiz_ && !quiz_->Finished() && quiz_->AnsweredCount() > 0) {
        leave_ = false;
        confirm_leave_ = true;
        confirm_frames_ = 0;
    }
    if (leave_ || abandon_) {
        confirm_leave_ = false;
        exit_ = QuizExit::kHome;
        return;
    }
    if (!quiz_ || quiz_->Finished()) {
        return;
    }
    if (quiz_->TimeUp()) {
        Finish();
        return;
    }
    if (reviewing_) {
        ApplyReview();
        return;
    }
    const int index = quiz_->Index();
    const bool last = index + 1 >= quiz_->Count();
    const bool at_end = quiz_->Setup().feedback == study::QuizFeedback::kAtEnd;
    if (question_.TakeReveal() && Check(quiz_->Reveal())) {
        BeginFeedback(true);
    }
    if (question_.TakeSubmit()) {
        // By the question answered, not the phase after: at the end, the answer moves on, maybe
        // to a flashcard revealed on an earlier visit.
        const bool flashcard = quiz_->DisplayedQuestion().type == content::QuestionType::kFlashcard;
        if (Check(quiz_->Submit(question_.CurrentAnswer()))) {
            if (flashcard) {
                BeginFeedback(true);
            } else if (!at_end) {
                question_.ShowResult(*quiz_->Current().grade);
                BeginFeedback(false);
            } else {
                AfterAtEndAnswer(last, index);
            }
        }
    }
    if (auto rating = feedback_.TakeRating()) {
        if (quiz_->Phase() == study::QuizPhase::kRevealed) {
            if (Check(quiz_->RateFlashcard(*rating))) {
                if (at_end) {
                    AfterAtEndAnswer(last, index);
                } else if (last && quiz_->Index() == index) {
                    finish_ = true;
                } else if (quiz_->Phase() == study::QuizPhase::kFeedback) {
                    next_ = true;
                } else {
                    ShowCurrent();
                }
            }
        } else if (quiz_->Phase() == study::QuizPhase::kFeedback) {
            if (last) {
                finish_ = true;
            } else {
                next_ = true;
            }
        }
    }
    if (prev_ && index > 0 && Check(quiz_->Back())) {
        ShowCurrent();
    } else if (next_ && !last && Check(quiz_->Next())) {
        ShowCurrent();
    } else if (next_ && last && at_end) {
        OpenReview();
    }
    if (finish_) {
        Finish();
    }
}

void QuizView::AfterAtEndAnswer(bool was_last, int answered) {
    if (was_last || back_to_review_) {
        OpenReview();
        review_.Open(answered);  // the answer just given is the one the student looks for
    } else {
        ShowCurrent();
    }
}

void QuizView::ApplyReview() {
    if (review_intent_.finish || finish_) {  // finish_: the leave question's "Finish and score"
        Finish();
        return;
    }
    // Both leave the page for a question; an answer there brings the page back.
    std::optional<int> target = review_intent_.change;
    if (!target && review_intent_.back) {
        target = quiz_->Count() - 1;
    }
    if (target && Check(quiz_->GoTo(*target))) {
        reviewing_ = false;
        back_to_review_ = true;
        ShowCurrent();
    }
}

}  // namespace summit::ui
