// The study session: the per-card phases, recording answers, undo, bury and suspend.
#include "app/study/session.h"

#include <algorithm>
#include <cassert>
#include <chrono>
#include <limits>
#include <utility>

#include "app/decks/deck_settings_store.h"
#include "app/grading/rating_policy.h"
#include "app/study/shuffle.h"

namespace summit::study {
namespace {

std::unexpected<Error> WrongPhase(const char* call, const char* expected, SessionPhase phase) {
    return Fail(ErrorCode::kConflict, std::string(call) + " needs " + expected +
                                          ", but the session is in phase " +
                                          SessionPhaseName(phase));
}

QueueReason ReasonFromPhase(CardPhase phase) {
    switch (phase) {
        case CardPhase::kNew:
            return QueueReason::kNew;
        case CardPhase::kReview:
            return QueueReason::kReview;
        case CardPhase::kLearning:
        case CardPhase::kRelearning:
            break;
    }
    return QueueReason::kLearning;
}

}  // namespace

const char* SessionPhaseName(SessionPhase phase) {
    switch (phase) {
        case SessionPhase::kQuestion:
            return "question";
        case SessionPhase::kRevealed:
            return "revealed";
        case SessionPhase::kAnswered:
            return "answered";
        case SessionPhase::kFinished:
            break;
    }
    return "finished";
}

content::Question DisplayedQuestionOf(const storage::StudyCard& card) {
    content::Question question = card.question;
    if (card.ordinal == 1 && question.type == content::QuestionType::kFlashcard) {
        std::swap(question.prompt, question.back);
    }
    return question;
}

StudySession::StudySession(storage::Collection& collection, QueueSelection selection, Clock clock)
    : collection_(&collection), selection_(std::move(selection)), clock_(std::move(clock)) {}

Result<StudySession> StudySession::Start(storage::Collection& collection, QueueSelection selection,
                                         Clock clock) {
    assert(clock);
    StudySession session(collection, std::move(selection), std::move(clock));
    auto settings = LoadDeckSettings(collection, session.selection_.deck);
    if (!settings) {
        return Fail(settings.error());
    }
    session.day_ = settings->Day();
    session.max_answer_ms_ = int64_t{settings->max_answer_seconds} * 1000;
    session.started_ms_ = session.ActiveMs();
    if (auto shown = session.Advance(); !shown) {
        return Fail(shown.error());
    }
    return session;
}

const storage::StudyCard& StudySession::Current() const {
    assert(current_.has_value());
    return *current_;
}

uint32_t StudySession::ShuffleSeed() const {
    return ReviewShuffleSeed(Current().id, Current().state.reps);
}

void StudySession::Show(storage::StudyCard card, QueueReason reason) {
    displayed_ = DisplayedQuestionOf(card);
    current_ = std::move(card);
    current_reason_ = reason;
    phase_ = SessionPhase::kQuestion;
    shown_ms_ = ActiveMs();
    answer_ = Answer{};
    grade_.reset();
    suggested_.reset();
}

Status StudySession::RefreshToday() {
    if (selection_.topic) {
        // The deck list does not count by topic; the queue is the count of a topic's session.
        today_ = TodayCounts{queue_.fresh, queue_.learning + queue_.ahead, queue_.review};
        return {};
    }
    auto today = CountToday(*collection_, selection_.deck, clock_());
    if (!today) {
        return Fail(today.error());
    }
    today_ = *today;
    return {};
}

Status StudySession::Advance() {
    auto queue = FetchQueue(*collection_, selection_, clock_());
    if (!queue) {
        return Fail(queue.error());
    }
    if (queue->entries.empty()) {
        queue_ = std::move(*queue);
        current_.reset();
        displayed_ = content::Question{};
        grade_.reset();
        suggested_.reset();
        phase_ = SessionPhase::kFinished;
        return RefreshToday();
    }
    auto card = collection_->GetCard(queue->entries.front().card_id);
    if (!card) {
        return Fail(card.error());
    }
    const QueueReason reason = queue->entries.front().reason;
    queue_ = std::move(*queue);
    Show(std::move(*card), reason);
    return RefreshToday();
}

Status StudySession::ShowAgain(storage::CardId id) {
    auto card = collection_->GetCard(id);
    if (!card) {
        return Fail(card.error());
    }
    auto queue = FetchQueue(*collection_, selection_, clock_());
    if (!queue) {
        return Fail(queue.error());
    }
    QueueReason reason = ReasonFromPhase(card->state.phase);
    for (const QueueEntry& entry : queue->entries) {
        if (entry.card_id == id) {
            reason = entry.reason;
        }
    }
    queue_ = std::move(*queue);
    Show(std::move(*card), reason);
    return RefreshToday();
}

Status StudySession::ReloadCurrent(bool ask_again) {
    if (!current_) {
        return Fail(ErrorCode::kConflict, "the session is finished: no card to reload");
    }
    if (ask_again) {
        return ShowAgain(current_->id);
    }
    auto card = collection_->GetCard(current_->id);
    if (!card) {
        return Fail(card.error());
    }
    current_ = std::move(*card);
    displayed_ = DisplayedQuestionOf(*current_);
    return {};
}

Status StudySession::Reveal() {
    if (phase_ != SessionPhase::kQuestion) {
        return WrongPhase("Reveal", "a question being shown", phase_);
    }
    if (displayed_.type != content::QuestionType::kFlashcard) {
        return Fail(ErrorCode::kConflict, "only a flashcard is revealed; submit an answer");
    }
    auto grade = study::Grade(displayed_, Answer{});
    if (!grade) {
        return Fail(grade.error());
    }
    grade_ = std::move(*grade);
    suggested_.reset();
    phase_ = SessionPhase::kRevealed;
    return {};
}

Status StudySession::Submit(const Answer& answer) {
    if (phase_ != SessionPhase::kQuestion) {
        return WrongPhase("Submit", "a question being shown", phase_);
    }
    if (displayed_.type == content::QuestionType::kFlashcard) {
        return Reveal();
    }
    Answer timed = answer;
    timed.duration_ms = CardElapsedMs();
    auto grade = study::Grade(displayed_, timed);
    if (!grade) {
        return Fail(grade.error());
    }
    suggested_ = SuggestRating(*grade, timed, RatingThresholds{});
    grade_ = std::move(*grade);
    answer_ = std::move(timed);
    phase_ = SessionPhase::kAnswered;
    return {};
}

Status StudySession::MarkCorrect() {
    if (phase_ != SessionPhase::kAnswered) {
        return WrongPhase("MarkCorrect", "a graded answer", phase_);
    }
    grade_->verdict = Verdict::kCorrect;
    grade_->score = 1;
    suggested_ = Rating::kGood;
    return {};
}

Status StudySession::Rate(Rating rating) {
    if (phase_ != SessionPhase::kRevealed && phase_ != SessionPhase::kAnswered) {
        return WrongPhase("Rate", "a revealed or graded answer", phase_);
    }
    const int64_t now = clock_();
    const bool self_rated = phase_ == SessionPhase::kRevealed;
    ReviewDetails details;
    details.answer = self_rated ? std::string() : DescribeAnswer(displayed_, answer_);
    details.correct = self_rated ? rating != Rating::kAgain : grade_->verdict == Verdict::kCorrect;
    details.duration_ms = CardElapsedMs();
    auto outcome = AnswerCard(*collection_, current_->id, rating, now, details, ShuffleSeed());
    if (!outcome) {
        return Fail(outcome.error());
    }
    Step step;
    step.kind = StepKind::kAnswer;
    step.card = current_->id;
    step.review = outcome->review;
    step.type = displayed_.type;
    step.topic = displayed_.topic;
    step.correct = details.correct;
    step.rating = rating;
    step.duration_ms = details.duration_ms;
    history_.push_back(std::move(step));
    if (auto next = Advance(); !next) {
        // The answer is recorded; rating again would record it twice, so the session ends.
        current_.reset();
        grade_.reset();
        suggested_.reset();
        phase_ = SessionPhase::kFinished;
        return next;
    }
    return {};
}

Result<std::array<NextInterval, 4>> StudySession::Intervals() const {
    if (!current_) {
        return Fail(ErrorCode::kConflict, "the session is finished: no card to rate");
    }
    return NextIntervals(*collection_, current_->id, clock_());
}

Status StudySession::Undo() {
    if (history_.empty()) {
        return Fail(ErrorCode::kConflict, "nothing from this session is left to undo");
    }
    const Step step = history_.back();
    switch (step.kind) {
        case StepKind::kAnswer: {
            auto undone = collection_->UndoReview(step.review);
            if (!undone) {
                if (undone.error().code == ErrorCode::kConflict) {
                    return Fail(ErrorCode::kConflict,
                                "the card was reviewed again outside this session; that "
                                "review must be undone first");
                }
                return Fail(undone.error());
            }
            break;
        }
        case StepKind::kBury:
            if (auto unburied = collection_->BuryUntil(step.card, step.previous_buried);
                !unburied) {
                return Fail(unburied.error());
            }
            break;
        case StepKind::kSuspend:
            if (auto resumed = collection_->SetSuspended(step.card, false); !resumed) {
                return Fail(resumed.error());
            }
            break;
    }
    history_.pop_back();
    return ShowAgain(step.card);
}

Status StudySession::Bury() {
    if (!current_) {
        return Fail(ErrorCode::kConflict, "the session is finished: no card to bury");
    }
    const int64_t until = NextDayStartMs(clock_(), day_);
    if (auto buried = collection_->BuryUntil(current_->id, until); !buried) {
        return Fail(buried.error());
    }
    Step step;
    step.kind = StepKind::kBury;
    step.card = current_->id;
    step.previous_buried = current_->buried_until_ms;
    history_.push_back(std::move(step));
    return Advance();
}

Status StudySession::Suspend() {
    if (!current_) {
        return Fail(ErrorCode::kConflict, "the session is finished: no card to suspend");
    }
    if (auto suspended = collection_->SetSuspended(current_->id, true); !suspended) {
        return Fail(suspended.error());
    }
    Step step;
    step.kind = StepKind::kSuspend;
    step.card = current_->id;
    history_.push_back(std::move(step));
    return Advance();
}

SessionProgress StudySession::Progress() const {
    SessionProgress progress;
    for (const Step& step : history_) {
        progress.done += step.kind == StepKind::kAnswer ? 1 : 0;
    }
    progress.learning = queue_.learning;
    progress.review = queue_.review;
    progress.fresh = queue_.fresh;
    progress.ahead = queue_.ahead;
    progress.today = today_;
    if (current_) {
        progress.remaining = 1;
        for (const QueueEntry& entry : queue_.entries) {
            progress.remaining += entry.card_id == current_->id ? 0 : 1;
        }
    }
    return progress;
}

int64_t StudySession::ActiveMs() const {
    const int64_t now = clock_();
    return now - paused_total_ms_ - (paused_since_ ? now - *paused_since_ : 0);
}

void StudySession::SetPaused(bool paused) {
    if (paused == Paused()) {
        return;
    }
    if (paused) {
        paused_since_ = clock_();
    } else {
        paused_total_ms_ += std::max<int64_t>(0, clock_() - *paused_since_);
        paused_since_.reset();
    }
}

int64_t StudySession::ElapsedMs() const {
    return std::max<int64_t>(0, ActiveMs() - started_ms_);
}

int64_t StudySession::CardElapsedMs() const {
    // A card left open for hours records the cap, not the hours.
    return current_ ? std::clamp<int64_t>(ActiveMs() - shown_ms_, 0, max_answer_ms_) : 0;
}

Result<SessionSummary> StudySession::Summary() const {
    SessionSummary summary;
    for (const Step& step : history_) {
        if (step.kind == StepKind::kBury) {
            ++summary.buried;
            continue;
        }
        if (step.kind == StepKind::kSuspend) {
            ++summary.suspended;
            continue;
        }
        ++summary.answered;
        summary.correct += step.correct ? 1 : 0;
        ++summary.ratings[static_cast<size_t>(static_cast<int>(step.rating) - 1)];
        Tally& by_type = summary.by_type[step.type];
        Tally& by_topic = summary.by_topic[step.topic];
        ++by_type.answered;
        ++by_topic.answered;
        by_type.correct += step.correct ? 1 : 0;
        by_topic.correct += step.correct ? 1 : 0;
        summary.time_spent_ms += step.duration_ms;
    }
    const int64_t now = clock_();
    summary.stopped_early = !Finished();
    summary.left_today = today_.Total();
    summary.elapsed_ms = ElapsedMs();
    summary.next_day_start_ms = NextDayStartMs(now, day_);
    const int64_t tomorrow_end = NextDayStartMs(summary.next_day_start_ms, day_);
    storage::CardQuery query =
        storage::CardQuery::Due(selection_.deck, std::numeric_limits<int64_t>::max(), now);
    query.include_suspended = true;  // buried cards still come due; suspended ones are dropped
    query.full_questions = false;
    auto cards = collection_->LoadCards(query);
    if (!cards) {
        return Fail(cards.error());
    }
    for (const storage::StudyCard& card : *cards) {
        if (card.suspended || card.state.phase == CardPhase::kNew) {
            continue;
        }
        if (selection_.topic && card.question.topic != *selection_.topic) {
            continue;
        }
        const int64_t due = std::max(card.state.due_ms, card.buried_until_ms);
        if (!summary.next_due_ms || due < *summary.next_due_ms) {
            summary.next_due_ms = due;
        }
        summary.due_tomorrow += due < tomorrow_end ? 1 : 0;
    }
    return summary;
}

}  // namespace summit::study
