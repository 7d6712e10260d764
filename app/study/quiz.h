// A quiz (test mode): a fixed set of questions drawn at random from decks and topics, spread
// across topics, answered like a study session, scored at the end and saved as a quiz attempt.
// By default it leaves the schedule alone. No ImGui. Rules in docs/study.md.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/grading/grading.h"
#include "app/study/session.h"
#include "content/model/card.h"
#include "content/model/error.h"
#include "content/model/question.h"
#include "storage/collection.h"
#include "storage/ids.h"

namespace summit::study {

enum class QuizFeedback {
    kAtEnd,      // results only after Finish(); answers can be changed until then
    kImmediate,  // each answer is graded and shown at once, and then locked
};

// "at_end", "immediate".
const char* QuizFeedbackName(QuizFeedback feedback);

inline constexpr int kMaxQuizQuestions = 500;
inline constexpr int kMaxQuizSeconds = 24 * 3600;

struct QuizSetup {
    std::vector<std::string> decks{};              // deck names; empty = every deck
    std::vector<std::string> topics{};             // exact topic ids; empty = every topic
    int question_count = 10;                       // questions to draw, 1..500; 10
    std::vector<content::QuestionType> types{};    // allowed types; empty = all seven
    int time_limit_seconds = 0;                    // 0 = no limit, else 1..86400; 0
    QuizFeedback feedback = QuizFeedback::kAtEnd;  // when answers are graded for the student
    bool counts_toward_schedule = false;           // also record answers as reviews; false
    // Exactly these cards, in a seeded random order (e.g. a retake of a quiz's mistakes); then
    // decks, topics, types and question_count do not choose. Empty = draw as above; default.
    std::vector<storage::CardId> cards{};

    bool operator==(const QuizSetup&) const = default;
};

// kInvalidArgument naming the first bad field and its allowed range (question_count,
// time_limit_seconds, a repeated type or card, more than 500 cards, an empty deck or topic name).
[[nodiscard]] Status ValidateQuizSetup(const QuizSetup& setup);

// {"decks":[..],"topics":[..],"question_count":10,"types":["typed",..],
//  "time_limit_seconds":0,"feedback":"at_end","counts_toward_schedule":false}, plus
// "cards":[..] only when cards is not empty (so earlier attempts read the same).
std::string QuizSetupToJson(const QuizSetup& setup);

// One drawn question and what happened to it.
struct QuizItem {
    storage::StudyCard card;           // the card drawn (the question as written, ordinal 0)
    std::optional<Answer> answer;      // nullopt = unanswered (skipped, or time ran out)
    std::optional<GradeResult> grade;  // set with `answer`
    std::optional<Rating> rating;      // flashcard: the student's own rating; else the
                                       // suggestion, set when the answer is graded
    int64_t duration_ms = 0;           // time spent on it, summed over visits
    bool revealed = false;             // flashcard: the back has been shown

    // Credit in [0, 1]: the grade's score; a flashcard 1 when rated above Again; 0 unanswered.
    double Score() const;
};

struct ScoreTally {
    double score = 0;  // sum of item scores
    int count = 0;     // items

    bool operator==(const ScoreTally&) const = default;
};

// A question not fully right (score < 1), for the review after the quiz.
struct QuizMistake {
    int index = 0;         // position in the quiz, 0-based
    storage::CardId card;  // the card asked
    content::Question question;
    bool unanswered = false;
    std::string given;           // DescribeAnswer of what was given; "" when unanswered
    std::string correct_answer;  // the right answer as one line
    std::string explanation;     // the question's explanation; may be empty
    double score = 0;            // partial credit earned
    std::vector<PartResult> parts;
};

struct QuizResult {
    storage::QuizAttemptId attempt_id;  // the saved row
    double score = 0;                   // sum of item scores
    double max_score = 0;               // one per question drawn
    int answered = 0;
    int unanswered = 0;
    int correct = 0;  // items with score 1
    bool timed_out = false;
    int64_t started_ms = 0;
    int64_t finished_ms = 0;
    std::map<content::QuestionType, ScoreTally> by_type;
    std::map<std::string, ScoreTally> by_topic;
    std::vector<QuizMistake> mistakes;  // in quiz order

    // score / max_score; 0 for an empty quiz.
    double Fraction() const { return max_score == 0 ? 0.0 : score / max_score; }
};

enum class QuizPhase {
    kQuestion,  // the current question awaits an answer (or is being changed, kAtEnd)
    kRevealed,  // flashcard: the back is shown, awaiting the student's own rating
    kFeedback,  // kImmediate: the graded answer is shown; Next() moves on
    kFinished,  // Finish() has saved the attempt
};

// A retake of `result`'s mistakes (every question not fully right, unanswered ones included):
// `setup` with exactly those cards, timing, feedback and schedule choices kept. nullopt when
// there were no mistakes.
std::optional<QuizSetup> RetakeMistakesSetup(const QuizSetup& setup, const QuizResult& result);

// "question", "revealed", "feedback", "finished".
const char* QuizPhaseName(QuizPhase phase);

// A quiz on a collection that must outlive it. Use from one thread. Movable, not copyable.
// The clock is read when a question is shown and answered, for durations and the time limit.
// Common errors: kConflict for a call in the wrong phase, or after the time limit for calls
// that answer (the message says why).
class Quiz {
  public:
    // Validates `setup`, then draws the questions: every unsuspended card of ordinal 0 in the
    // decks, topics and types asked, grouped by topic; topics in random order, each shuffled,
    // then taken round-robin until question_count (or fewer when fewer exist). The same seed
    // and collection give the same quiz. With setup.cards, exactly those cards are asked, in
    // an order shuffled by the seed. Errors: those of ValidateQuizSetup; kNotFound for an
    // unknown deck or card, or when no question matches; the collection's read errors.
    [[nodiscard]] static Result<Quiz> Start(storage::Collection& collection, QuizSetup setup,
                                            uint64_t seed, Clock clock);

    Quiz(Quiz&&) noexcept = default;
    Quiz& operator=(Quiz&&) noexcept = default;
    Quiz(const Quiz&) = delete;
    Quiz& operator=(const Quiz&) = delete;

    const QuizSetup& Setup() const { return setup_; }
    QuizPhase Phase() const { return phase_; }
    bool Finished() const { return phase_ == QuizPhase::kFinished; }
    int Count() const { return static_cast<int>(items_.size()); }
    int Index() const { return index_; }  // the current question, 0-based
    const QuizItem& Item(int index) const { return items_.at(static_cast<size_t>(index)); }
    const QuizItem& Current() const { return Item(index_); }
    // As StudySession::DisplayedQuestion (always the question as written: ordinal 0).
    const content::Question& DisplayedQuestion() const { return Current().card.question; }
    // The seed to show the current question's choices with (ShownOrderFor): from the quiz's
    // seed and the card, so each quiz orders them anew. Recorded with the schedule's review.
    uint32_t ShuffleSeed() const;
    int AnsweredCount() const;

    // Flashcard: shows the back (kQuestion → kRevealed). kConflict for other types.
    [[nodiscard]] Status Reveal();
    // Grades `answer` for the current question. kAtEnd: stores it (replacing an earlier one)
    // and moves to the next question (stays on the last). kImmediate: → kFeedback; the answer
    // is then locked. A flashcard acts as Reveal(). Errors: kConflict when time is up, when
    // finished, or in kImmediate when already answered; those of Grade (nothing changes).
    [[nodiscard]] Status Submit(const Answer& answer);
    // Flashcard: the student's own rating after Reveal(); moves on as Submit does.
    [[nodiscard]] Status RateFlashcard(Rating rating);
    // Moves to the next / previous question (kQuestion, or kFeedback for an answered one).
    // Leaving a question unanswered skips it. kConflict past either end or when finished.
    [[nodiscard]] Status Next();
    [[nodiscard]] Status Back();
    // Moves to question `index`. kInvalidArgument when out of range; kConflict when finished.
    [[nodiscard]] Status GoTo(int index);

    // ms since Start(), by the clock.
    int64_t ElapsedMs() const;
    // ms left of the time limit (>= 0); nullopt without a limit.
    std::optional<int64_t> RemainingMs() const;
    bool TimeUp() const;

    // Ends the quiz: unanswered questions score 0, the result is computed and the attempt is
    // saved with InsertQuizAttempt (settings: QuizSetupToJson plus "seed"; results: one object
    // per question, see docs/study.md). With counts_toward_schedule each answered question is
    // also recorded with AnswerCard (rating: the flashcard's own, else SuggestRating's), all in
    // one transaction. Errors: kConflict when already finished; the collection's write errors
    // (nothing is saved and the quiz stays open).
    [[nodiscard]] Result<QuizResult> Finish();
    // The result of Finish(); nullopt before.
    const std::optional<QuizResult>& LastResult() const { return result_; }

  private:
    Quiz(storage::Collection& collection, QuizSetup setup, uint64_t seed, Clock clock);
    // Start() for setup.cards: exactly those cards, shuffled by the seed.
    [[nodiscard]] static Result<Quiz> StartWithCards(storage::Collection& collection,
                                                     QuizSetup setup, uint64_t seed, Clock clock);

    // Adds the time on the current question since it was shown, and restarts its timer.
    void StopTimer();
    void MoveTo(int index);
    [[nodiscard]] Status CheckCanAnswer() const;
    void AfterAnswer();

    storage::Collection* collection_;
    QuizSetup setup_;
    uint64_t seed_ = 0;
    Clock clock_;
    int64_t started_ms_ = 0;
    int64_t shown_ms_ = 0;
    std::vector<QuizItem> items_;
    int index_ = 0;
    QuizPhase phase_ = QuizPhase::kQuestion;
    std::optional<QuizResult> result_;
};

}  // namespace summit::study
