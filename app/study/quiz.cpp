// The quiz: validating the setup, drawing questions spread across topics, and taking it.
// Scoring and saving the attempt are in quiz_result.cpp.
#include "app/study/quiz.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <random>
#include <set>
#include <utility>

#include "app/grading/rating_policy.h"
#include "app/study/shuffle.h"

namespace summit::study {
namespace {

// A uniform-enough index in [0, n) that is the same on every standard library (unlike
// std::uniform_int_distribution), so a seed always draws the same quiz.
size_t DrawIndex(std::mt19937_64& rng, size_t n) {
    return static_cast<size_t>(rng() % n);
}

template <typename T>
void Shuffle(std::vector<T>& values, std::mt19937_64& rng) {
    for (size_t i = values.size(); i > 1; --i) {
        std::swap(values[i - 1], values[DrawIndex(rng, i)]);
    }
}

bool Allowed(const QuizSetup& setup, const storage::StudyCard& card) {
    if (card.suspended || card.ordinal != 0) {
        return false;
    }
    const auto& types = setup.types;
    if (!types.empty() &&
        std::find(types.begin(), types.end(), card.question.type) == types.end()) {
        return false;
    }
    const auto& topics = setup.topics;
    return topics.empty() ||
           std::find(topics.begin(), topics.end(), card.question.topic) != topics.end();
}

Result<std::vector<storage::StudyCard>> Candidates(const storage::Collection& collection,
                                                   const QuizSetup& setup) {
    std::vector<std::optional<storage::DeckId>> decks;
    if (setup.decks.empty()) {
        decks.push_back(std::nullopt);
    }
    // The setup names decks as the saved attempt records them; each is resolved once here.
    for (const std::string& name : setup.decks) {
        auto deck = collection.FindDeck(name);
        if (!deck) {
            return Fail(deck.error());
        }
        decks.push_back(*deck);
    }
    std::vector<storage::StudyCard> out;
    std::set<int64_t> seen;  // a deck named twice, or with its parent, draws its cards once
    for (const auto& deck : decks) {
        auto cards = collection.LoadCards(storage::CardQuery::All(deck));
        if (!cards) {
            return Fail(cards.error());
        }
        for (storage::StudyCard& card : *cards) {
            if (Allowed(setup, card) && seen.insert(card.id.value).second) {
                out.push_back(std::move(card));
            }
        }
    }
    return out;
}

}  // namespace

const char* QuizFeedbackName(QuizFeedback feedback) {
    return feedback == QuizFeedback::kImmediate ? "immediate" : "at_end";
}

const char* QuizPhaseName(QuizPhase phase) {
    switch (phase) {
        case QuizPhase::kQuestion:
            return "question";
        case QuizPhase::kRevealed:
            return "revealed";
        case QuizPhase::kFeedback:
            return "feedback";
        case QuizPhase::kFinished:
            break;
    }
    return "finished";
}

Status ValidateQuizSetup(const QuizSetup& setup) {
    if (setup.question_count < 1 || setup.question_count > kMaxQuizQuestions) {
        return Fail(ErrorCode::kInvalidArgument,
                    "question_count is " + std::to_string(setup.question_count) +
                        "; it must be between 1 and " + std::to_string(kMaxQuizQuestions));
    }
    if (setup.time_limit_seconds < 0 || setup.time_limit_seconds > kMaxQuizSeconds) {
        return Fail(ErrorCode::kInvalidArgument, "time_limit_seconds is " +
                                                     std::to_string(setup.time_limit_seconds) +
                                                     "; it must be 0 (no limit) or between 1 and " +
                                                     std::to_string(kMaxQuizSeconds));
    }
    for (size_t i = 0; i < setup.types.size(); ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (setup.types[i] == setup.types[j]) {
                return Fail(ErrorCode::kInvalidArgument,
                            std::string("types lists \"") +
                                content::QuestionTypeName(setup.types[i]) + "\" twice");
            }
        }
    }
    if (setup.cards.size() > static_cast<size_t>(kMaxQuizQuestions)) {
        return Fail(ErrorCode::kInvalidArgument,
                    "cards lists " + std::to_string(setup.cards.size()) + " cards; at most " +
                        std::to_string(kMaxQuizQuestions));
    }
    for (size_t i = 0; i < setup.cards.size(); ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (setup.cards[i] == setup.cards[j]) {
                return Fail(ErrorCode::kInvalidArgument,
                            "cards lists card " + std::to_string(setup.cards[i].value) + " twice");
            }
        }
    }
    for (const std::string& deck : setup.decks) {
        if (deck.empty()) {
            return Fail(ErrorCode::kInvalidArgument, "decks holds an empty deck name");
        }
    }
    for (const std::string& topic : setup.topics) {
        if (topic.empty()) {
            return Fail(ErrorCode::kInvalidArgument, "topics holds an empty topic id");
        }
    }
    return {};
}

double QuizItem::Score() const {
    if (!answer || !grade) {
        return 0;
    }
    if (grade->SelfRated()) {
        return rating && *rating != Rating::kAgain ? 1.0 : 0.0;
    }
    return grade->score;
}

Quiz::Quiz(storage::Collection& collection, QuizSetup setup, uint64_t seed, Clock clock)
    : collection_(&collection), setup_(std::move(setup)), seed_(seed), clock_(std::move(clock)) {}

Result<Quiz> Quiz::Start(storage::Collection& collection, QuizSetup setup, uint64_t seed,
                         Clock clock) {
    assert(clock);
    if (auto valid = ValidateQuizSetup(setup); !valid) {
        return Fail(valid.error());
    }
    if (!setup.cards.empty()) {
        return StartWithCards(collection, std::move(setup), seed, std::move(clock));
    }
    auto candidates = Candidates(collection, setup);
    if (!candidates) {
        return Fail(candidates.error());
    }
    if (candidates->empty()) {
        return Fail(ErrorCode::kNotFound, "no question matches the quiz's decks, topics and types");
    }
    // Topics by name first, so the draw depends only on the seed and the cards, not on the
    // order the collection returned them in.
    std::map<std::string, std::vector<storage::StudyCard>> by_topic;
    for (storage::StudyCard& card : *candidates) {
        by_topic[card.question.topic].push_back(std::move(card));
    }
    std::mt19937_64 rng(seed);
    std::vector<std::vector<storage::StudyCard>*> groups;
    for (auto& [topic, cards] : by_topic) {
        std::sort(cards.begin(), cards.end(),
                  [](const auto& a, const auto& b) { return a.id < b.id; });
        groups.push_back(&cards);
    }
    Shuffle(groups, rng);
    for (auto* group : groups) {
        Shuffle(*group, rng);
    }
    Quiz quiz(collection, std::move(setup), seed, std::move(clock));
    const size_t wanted = static_cast<size_t>(quiz.setup_.question_count);
    for (size_t round = 0; quiz.items_.size() < wanted; ++round) {
        bool took = false;
        for (auto* group : groups) {
            if (round < group->size() && quiz.items_.size() < wanted) {
                quiz.items_.push_back(QuizItem{std::move((*group)[round]), {}, {}, {}, 0, false});
                took = true;
            }
        }
        if (!took) {
            break;
        }
    }
    quiz.started_ms_ = quiz.clock_();
    quiz.shown_ms_ = quiz.started_ms_;
    return quiz;
}

Result<Quiz> Quiz::StartWithCards(storage::Collection& collection, QuizSetup setup, uint64_t seed,
                                  Clock clock) {
    Quiz quiz(collection, std::move(setup), seed, std::move(clock));
    for (storage::CardId id : quiz.setup_.cards) {
        auto card = collection.GetCard(id);
        if (!card) {
            return Fail(card.error());
        }
        quiz.items_.push_back(QuizItem{std::move(*card), {}, {}, {}, 0, false});
    }
    // A retake in the order of the first attempt would be answered from memory of the order.
    std::mt19937_64 rng(seed);
    Shuffle(quiz.items_, rng);
    quiz.started_ms_ = quiz.clock_();
    quiz.shown_ms_ = quiz.started_ms_;
    return quiz;
}

uint32_t Quiz::ShuffleSeed() const {
    return QuizShuffleSeed(seed_, Current().card.id);
}

int Quiz::AnsweredCount() const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const QuizItem& item) {
        return item.answer.has_value();
    }));
}

int64_t Quiz::ElapsedMs() const {
    return std::max<int64_t>(0, clock_() - started_ms_);
}

std::optional<int64_t> Quiz::RemainingMs() const {
    if (setup_.time_limit_seconds == 0) {
        return std::nullopt;
    }
    return std::max<int64_t>(0, int64_t{setup_.time_limit_seconds} * 1000 - ElapsedMs());
}

bool Quiz::TimeUp() const {
    const auto remaining = RemainingMs();
    return remaining && *remaining == 0;
}

void Quiz::StopTimer() {
    const int64_t now = clock_();
    if (!Finished() && !items_.empty()) {
        items_[static_cast<size_t>(index_)].duration_ms += std::max<int64_t>(0, now - shown_ms_);
    }
    shown_ms_ = now;
}

void Quiz::MoveTo(int index) {
    StopTimer();
    index_ = index;
    const QuizItem& item = Current();
    if (setup_.feedback == QuizFeedback::kImmediate && item.answer) {
        phase_ = QuizPhase::kFeedback;
    } else if (item.revealed) {
        phase_ = QuizPhase::kRevealed;
    } else {
        phase_ = QuizPhase::kQuestion;
    }
}

Status Quiz::CheckCanAnswer() const {
    if (Finished()) {
        return Fail(ErrorCode::kConflict, "the quiz is finished");
    }
    if (TimeUp()) {
        return Fail(ErrorCode::kConflict, "the time limit is up; the quiz can only be finished");
    }
    if (setup_.feedback == QuizFeedback::kImmediate && Current().answer) {
        return Fail(ErrorCode::kConflict, "this question is already answered");
    }
    return {};
}

void Quiz::AfterAnswer() {
    if (setup_.feedback == QuizFeedback::kImmediate) {
        phase_ = QuizPhase::kFeedback;
    } else if (index_ + 1 < Count()) {
        MoveTo(index_ + 1);
    } else {
        MoveTo(index_);
    }
}

Status Quiz::Reveal() {
    if (auto can = CheckCanAnswer(); !can) {
        return can;
    }
    QuizItem& item = items_[static_cast<size_t>(index_)];
    if (item.card.question.type != content::QuestionType::kFlashcard) {
        return Fail(ErrorCode::kConflict, "only a flashcard is revealed; submit an answer");
    }
    item.revealed = true;
    phase_ = QuizPhase::kRevealed;
    return {};
}

Status Quiz::Submit(const Answer& answer) {
    if (auto can = CheckCanAnswer(); !can) {
        return can;
    }
    if (DisplayedQuestion().type == content::QuestionType::kFlashcard) {
        return Reveal();
    }
    StopTimer();
    QuizItem& item = items_[static_cast<size_t>(index_)];
    Answer timed = answer;
    timed.duration_ms = item.duration_ms;
    auto grade = study::Grade(item.card.question, timed);
    if (!grade) {
        return Fail(grade.error());
    }
    item.rating = SuggestRating(*grade, timed, RatingThresholds{});
    item.grade = std::move(*grade);
    item.answer = std::move(timed);
    AfterAnswer();
    return {};
}

Status Quiz::RateFlashcard(Rating rating) {
    if (auto can = CheckCanAnswer(); !can) {
        return can;
    }
    QuizItem& item = items_[static_cast<size_t>(index_)];
    if (item.card.question.type != content::QuestionType::kFlashcard || !item.revealed) {
        return Fail(ErrorCode::kConflict, "only a revealed flashcard is rated by the student");
    }
    StopTimer();
    auto grade = study::Grade(item.card.question, Answer{});
    if (!grade) {
        return Fail(grade.error());
    }
    item.grade = std::move(*grade);
    item.answer = Answer{};
    item.answer->duration_ms = item.duration_ms;
    item.rating = rating;
    AfterAnswer();
    return {};
}

Status Quiz::Next() {
    if (Finished()) {
        return Fail(ErrorCode::kConflict, "the quiz is finished");
    }
    if (index_ + 1 >= Count()) {
        return Fail(ErrorCode::kConflict, "this is the last question; finish the quiz");
    }
    MoveTo(index_ + 1);
    return {};
}

Status Quiz::Back() {
    if (Finished()) {
        return Fail(ErrorCode::kConflict, "the quiz is finished");
    }
    if (index_ == 0) {
        return Fail(ErrorCode::kConflict, "this is the first question");
    }
    MoveTo(index_ - 1);
    return {};
}

Status Quiz::GoTo(int index) {
    if (Finished()) {
        return Fail(ErrorCode::kConflict, "the quiz is finished");
    }
    if (index < 0 || index >= Count()) {
        return Fail(
            ErrorCode::kInvalidArgument,
            "question " + std::to_string(index) + " is outside 0.." + std::to_string(Count() - 1));
    }
    MoveTo(index);
    return {};
}

}  // namespace summit::study
