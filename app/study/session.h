// A study session: walks the scheduler's queue one card at a time (question, reveal or submit,
// rate), records each answer in the collection, and keeps what is needed to undo, bury, suspend
// and summarise. No ImGui: the study view draws what this model says. Rules in docs/study.md.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/grading/grading.h"
#include "app/scheduler/clock.h"
#include "app/study/answering.h"
#include "app/study/deck_counts.h"
#include "app/study/queue.h"
#include "content/model/card.h"
#include "content/model/error.h"
#include "content/model/question.h"
#include "storage/collection.h"
#include "storage/ids.h"

namespace summit::study {

enum class SessionPhase {
    kQuestion,  // the prompt (flashcard front) is shown; nothing answered yet
    kRevealed,  // flashcard only: the back is shown; the student rates it themself
    kAnswered,  // a non-flashcard answer was submitted and graded; a rating is suggested
    kFinished,  // nothing left to ask
};

// "question", "revealed", "answered", "finished".
const char* SessionPhaseName(SessionPhase phase);

// Answers and correct answers. A flashcard counts as correct when rated above Again.
struct Tally {
    int answered = 0;
    int correct = 0;

    // correct / answered, 0 when nothing was answered.
    double Accuracy() const { return answered == 0 ? 0.0 : double(correct) / answered; }
    bool operator==(const Tally&) const = default;
};

struct SessionProgress {
    int done = 0;       // answers recorded in this session and not undone
    int remaining = 0;  // cards in the queue now, the current card included
    int learning = 0;   // of the queue now, by reason (see QueueReason)
    int review = 0;
    int fresh = 0;
    int ahead = 0;
    // Left today as Home and `summit decks` count it (CountToday), for the header: unlike the
    // queue it includes learning cards due later today. A topic's session counts its queue.
    TodayCounts today;
};

struct SessionSummary {
    int answered = 0;                                // answers recorded and not undone
    int correct = 0;                                 // of them, correct (see Tally)
    std::array<int, 4> ratings{};                    // answers rated Again, Hard, Good, Easy
    std::map<content::QuestionType, Tally> by_type;  // only types that were answered
    std::map<std::string, Tally> by_topic;           // by topic id; "" for questions without one
    int64_t time_spent_ms = 0;                       // sum of the recorded answer durations
    int64_t elapsed_ms = 0;                          // wall time since the session started
    int buried = 0;                                  // cards buried in this session, not undone
    int suspended = 0;                               // cards suspended in this session, not undone
    // What is due next in this selection, after the session: the earliest due time of a
    // learning or review card (nullopt when none is scheduled), and how many cards are due
    // before the end of the next study day (learning and review; new cards not counted).
    std::optional<int64_t> next_due_ms;
    int due_tomorrow = 0;
    int64_t next_day_start_ms = 0;  // when the next study day begins (the selection's day rule)
    bool stopped_early = false;     // left before the queue was empty
    int left_today = 0;             // TodayCounts::Total() when the summary was made

    double Accuracy() const { return answered == 0 ? 0.0 : double(correct) / answered; }
};

// One session over `selection` on a collection that must outlive it. Use from one thread.
// Movable, not copyable.
//
// Flow per card: kQuestion → Reveal() (flashcard, → kRevealed) or Submit(answer) (other types,
// → kAnswered) → Rate(rating) records the answer with AnswerCard and shows the next card.
// After each answer the queue is fetched again at the clock's time, so learning cards come back
// when due, and learning cards due within the learn-ahead window are asked when nothing else
// is left. The duration recorded is measured from when the card was shown to Rate().
//
// Errors common to the mutating calls: kConflict when called in the wrong phase (the message
// says which phase was expected); the collection's errors (then the session is unchanged).
class StudySession {
  public:
    // Fetches the queue and shows its first card (kFinished at once when nothing is due).
    // Errors: kNotFound for an unknown deck; the errors of FetchQueue.
    [[nodiscard]] static Result<StudySession> Start(storage::Collection& collection,
                                                    QueueSelection selection, Clock clock);

    StudySession(StudySession&&) noexcept = default;
    StudySession& operator=(StudySession&&) noexcept = default;
    StudySession(const StudySession&) = delete;
    StudySession& operator=(const StudySession&) = delete;

    SessionPhase Phase() const { return phase_; }
    bool Finished() const { return phase_ == SessionPhase::kFinished; }
    const QueueSelection& Selection() const { return selection_; }

    // The card being asked, as stored (its question as written). Requires !Finished().
    const storage::StudyCard& Current() const;
    // Why the current card is asked. Requires !Finished().
    QueueReason CurrentReason() const { return current_reason_; }
    // The question to show: the stored one, except for ordinal 1 of a reversible flashcard,
    // where prompt and back are swapped. Requires !Finished().
    const content::Question& DisplayedQuestion() const { return displayed_; }
    // The seed to show the current card's choices with (ShownOrderFor): from the card and its
    // review count, so it is the same while this review lasts and new at the next review.
    // Recorded with the review. Requires !Finished().
    uint32_t ShuffleSeed() const;

    // Flashcard: shows the back (kQuestion → kRevealed); Grade() then holds the back as
    // `correct_answer`. kConflict for other types or other phases.
    [[nodiscard]] Status Reveal();
    // Grades `answer` against DisplayedQuestion() (kQuestion → kAnswered) and suggests a
    // rating. On a flashcard it acts as Reveal(). An empty answer (see Grade) is "I don't
    // know". Errors: kConflict outside kQuestion; those of Grade (nothing changes).
    [[nodiscard]] Status Submit(const Answer& answer);
    // "I was right": in kAnswered, counts the answer as correct (score 1) and suggests Good.
    // For a close miss the student is sure of. kConflict in other phases or for a flashcard.
    [[nodiscard]] Status MarkCorrect();
    // Records the answer with `rating` (the suggestion or an override) at the clock's time and
    // shows the next card. Valid in kRevealed and kAnswered. The review log gets
    // DescribeAnswer(...) (empty for flashcards, as for any self-rated review), whether it was
    // correct (flashcards: rating above Again), and the time since the card was shown, not
    // counting pauses and at most the deck's max_answer_seconds.
    // When the answer is recorded but the next card cannot be read, the error is returned and
    // the session is kFinished (the answer stays recorded and undoable).
    [[nodiscard]] Status Rate(Rating rating);

    // The graded answer; nullopt in kQuestion. For a flashcard (after Reveal) only
    // `correct_answer` (the back shown) is set.
    const std::optional<GradeResult>& Grade() const { return grade_; }
    // The rating suggested for the graded answer; nullopt for a flashcard or before answering.
    std::optional<Rating> SuggestedRating() const { return suggested_; }
    // The rating Enter accepts: the suggestion, else Good.
    Rating HighlightedRating() const { return suggested_.value_or(Rating::kGood); }
    // The four outcomes for the rating buttons (Again, Hard, Good, Easy) of the current card
    // at the clock's time. Errors: kConflict when finished; those of NextIntervals.
    [[nodiscard]] Result<std::array<NextInterval, 4>> Intervals() const;

    // Reverts the newest step of this session, several steps back:
    //  - an answer: the review is undone in the collection (card and log exactly as before)
    //    and that card is shown again in kQuestion, its timer restarted;
    //  - a bury or suspend: the card is unburied / unsuspended and shown again.
    // kConflict when nothing done in this session is left to undo; kConflict also when the
    // answer's card was reviewed again outside this session (nothing changes).
    [[nodiscard]] Status Undo();
    bool CanUndo() const { return !history_.empty(); }
    // Hides the current card until the next study day starts, and shows the next card.
    // kConflict when finished.
    [[nodiscard]] Status Bury();
    // Suspends the current card (it leaves every queue until unsuspended) and shows the next.
    // kConflict when finished.
    [[nodiscard]] Status Suspend();

    // Re-reads the current card after its question was edited (the editor, opened from the
    // answer). With `ask_again` (its type or answers changed) the card is asked anew, in
    // kQuestion with its timer restarted; otherwise the phase and the grade stay and only
    // the question shown changes. kConflict when finished.
    [[nodiscard]] Status ReloadCurrent(bool ask_again);

    SessionProgress Progress() const;
    // ms since Start(), by the clock, less the time spent paused.
    int64_t ElapsedMs() const;
    // ms since the current card was shown, less the time paused; 0 when finished.
    int64_t CardElapsedMs() const;
    // Stops (true) or restarts (false) the session's clock: the window calls it when it loses
    // focus or sits idle, so time away is neither shown nor recorded. Repeated calls with the
    // same value change nothing. The recorded answer time is also capped at the deck's
    // max_answer_seconds (see Rate()).
    void SetPaused(bool paused);
    bool Paused() const { return paused_since_.has_value(); }
    // Totals of this session plus what is due next in the selection.
    // Errors: the collection's read errors, LoadDeckSettings' errors.
    [[nodiscard]] Result<SessionSummary> Summary() const;

  private:
    enum class StepKind { kAnswer, kBury, kSuspend };
    // One undoable step of this session.
    struct Step {
        StepKind kind = StepKind::kAnswer;
        storage::CardId card;
        storage::ReviewId review;     // kAnswer only
        int64_t previous_buried = 0;  // kBury only: buried_until_ms before
        content::QuestionType type = content::QuestionType::kFlashcard;
        std::string topic;
        bool correct = false;
        Rating rating = Rating::kGood;
        int64_t duration_ms = 0;
    };

    StudySession(storage::Collection& collection, QueueSelection selection, Clock clock);

    // Fetches the queue and shows its first card, or finishes.
    [[nodiscard]] Status Advance();
    // Makes `card` the current card in kQuestion at the clock's time.
    void Show(storage::StudyCard card, QueueReason reason);
    // Loads `card` and re-fetches the queue, showing `card` first.
    [[nodiscard]] Status ShowAgain(storage::CardId card);
    // Re-reads today's counts (SessionProgress::today) after the queue changed.
    [[nodiscard]] Status RefreshToday();

    storage::Collection* collection_;
    QueueSelection selection_;
    DayRule day_;  // the selection's study day, for burying and the summary
    Clock clock_;
    // Active time: the clock less the time paused. Durations are differences of it.
    int64_t ActiveMs() const;
    int64_t started_ms_ = 0;               // active time at Start()
    int64_t paused_total_ms_ = 0;          // clock time spent paused, pauses that ended
    std::optional<int64_t> paused_since_;  // clock time the current pause began
    int64_t max_answer_ms_ = 60'000;       // the deck's max_answer_seconds
    SessionPhase phase_ = SessionPhase::kFinished;
    StudyQueue queue_;
    TodayCounts today_;
    std::optional<storage::StudyCard> current_;
    QueueReason current_reason_ = QueueReason::kNew;
    content::Question displayed_;
    int64_t shown_ms_ = 0;
    Answer answer_;
    std::optional<GradeResult> grade_;
    std::optional<Rating> suggested_;
    std::vector<Step> history_;
};

// The question as shown for one card: for ordinal 1 of a reversible flashcard the prompt and
// back are swapped; otherwise `card.question` unchanged.
content::Question DisplayedQuestionOf(const storage::StudyCard& card);

}  // namespace summit::study
