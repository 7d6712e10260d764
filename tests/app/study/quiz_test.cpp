// Quizzes over the example bank with a fake clock: setup validation, the draw (spread across
// topics, deterministic for a seed, filtered by type and topic), the time limit, scoring with
// partial credit, the saved attempt, and whether the schedule is touched.
#include "app/study/quiz.h"

#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "tests/support/memory_collection.h"

namespace summit::study {
namespace {

using content::QuestionType;

constexpr int64_t kSecond = 1000;
constexpr int64_t kNow = 1'750'000'000'000;

Answer DontKnow() {
    Answer answer;
    answer.dont_know = true;
    return answer;
}

Answer Typed(std::string text) {
    Answer answer;
    answer.text = std::move(text);
    return answer;
}

class QuizTest : public summit::testing::MemoryCollectionTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp());
        ASSERT_NO_FATAL_FAILURE(ImportExampleBank());
    }

    Result<Quiz> Start(const QuizSetup& setup, uint64_t seed = 7) {
        return Quiz::Start(*collection_, setup, seed, [this] { return now_; });
    }

    std::vector<std::string> Guids(const Quiz& quiz) {
        std::vector<std::string> guids;
        for (int i = 0; i < quiz.Count(); ++i) {
            guids.push_back(quiz.Item(i).card.guid);
        }
        return guids;
    }

    std::vector<storage::StudyCard> AllCards() {
        auto cards = collection_->LoadCards(storage::CardQuery::All());
        EXPECT_TRUE(cards.has_value());
        return cards ? *cards : std::vector<storage::StudyCard>{};
    }

    size_t LogSize() {
        auto log = collection_->ReadReviewLog();
        EXPECT_TRUE(log.has_value());
        return log ? log->size() : 0;
    }

    int64_t now_ = kNow;
};

struct BadSetup {
    const char* name;
    QuizSetup setup;
    const char* message_part;
};

TEST_F(QuizTest, SetupErrorsNameTheField) {
    const std::vector<BadSetup> cases = {
        {"no questions", {.question_count = 0}, "question_count is 0"},
        {"too many", {.question_count = 501}, "question_count is 501"},
        {"negative time", {.time_limit_seconds = -1}, "time_limit_seconds is -1"},
        {"a day and a second", {.time_limit_seconds = 86401}, "time_limit_seconds is 86401"},
        {"repeated type",
         {.types = {QuestionType::kTyped, QuestionType::kTyped}},
         "\"typed\" twice"},
        {"empty deck", {.decks = {""}}, "empty deck name"},
        {"empty topic", {.topics = {""}}, "empty topic id"},
    };
    for (const BadSetup& bad : cases) {
        auto status = ValidateQuizSetup(bad.setup);
        ASSERT_FALSE(status.has_value()) << bad.name;
        EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument) << bad.name;
        EXPECT_NE(status.error().message.find(bad.message_part), std::string::npos)
            << bad.name << ": " << status.error().message;
        auto quiz = Start(bad.setup);
        ASSERT_FALSE(quiz.has_value());
        EXPECT_EQ(quiz.error().code, ErrorCode::kInvalidArgument) << bad.name;
    }
    EXPECT_TRUE(ValidateQuizSetup(QuizSetup{}).has_value());
}

TEST_F(QuizTest, UnknownDeckAndNoMatchAreNotFound) {
    auto unknown = Start({.decks = {"Nope"}});
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
    auto none = Start({.topics = {"facts:comets"}});
    ASSERT_FALSE(none.has_value());
    EXPECT_EQ(none.error().code, ErrorCode::kNotFound);
}

TEST_F(QuizTest, DrawSpreadsAcrossTopicsAndIsDeterministicForASeed) {
    // Two topics: facts:moons has one question, facts:planets six. Round-robin means both
    // topics are in the first two questions, whatever the seed.
    std::set<std::vector<std::string>> orders;
    for (uint64_t seed = 1; seed <= 8; ++seed) {
        auto quiz = Start({.question_count = 7}, seed);
        ASSERT_TRUE(quiz.has_value()) << quiz.error().ToString();
        ASSERT_EQ(quiz->Count(), 7);
        EXPECT_NE(quiz->Item(0).card.question.topic, quiz->Item(1).card.question.topic);
        std::set<std::string> distinct;
        for (int i = 0; i < quiz->Count(); ++i) {
            EXPECT_EQ(quiz->Item(i).card.ordinal, 0);
            distinct.insert(quiz->Item(i).card.guid);
        }
        EXPECT_EQ(distinct.size(), 7u);
        auto again = Start({.question_count = 7}, seed);
        ASSERT_TRUE(again.has_value());
        EXPECT_EQ(Guids(*again), Guids(*quiz)) << "seed " << seed;
        orders.insert(Guids(*quiz));
    }
    EXPECT_GT(orders.size(), 1u);
}

TEST_F(QuizTest, TypeAndTopicFiltersAndFewerQuestionsThanAsked) {
    auto typed =
        Start({.question_count = 10, .types = {QuestionType::kTyped, QuestionType::kCloze}});
    ASSERT_TRUE(typed.has_value());
    ASSERT_EQ(typed->Count(), 2);
    for (int i = 0; i < typed->Count(); ++i) {
        const QuestionType type = typed->Item(i).card.question.type;
        EXPECT_TRUE(type == QuestionType::kTyped || type == QuestionType::kCloze);
    }
    auto moons = Start({.topics = {"facts:moons"}});
    ASSERT_TRUE(moons.has_value());
    ASSERT_EQ(moons->Count(), 1);
    EXPECT_EQ(moons->Item(0).card.question.id, "moons");
}

TEST_F(QuizTest, ScoringWithPartialCreditAndMistakesToReview) {
    auto quiz =
        Start({.question_count = 3,
               .types = {QuestionType::kCloze, QuestionType::kMatching, QuestionType::kOrdering}});
    ASSERT_TRUE(quiz.has_value());
    ASSERT_EQ(quiz->Count(), 3);
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(quiz->Index(), i);
        Answer answer;
        switch (quiz->DisplayedQuestion().type) {
            case QuestionType::kCloze:
                answer.gaps = {"third", "Moon"};  // 1 of 2
                break;
            case QuestionType::kMatching:
                answer.matches = {0, 2, 1};  // 1 of 3
                break;
            default:
                answer.order = {0, 1, 2, 3};  // right
                break;
        }
        now_ += 10 * kSecond;
        ASSERT_TRUE(quiz->Submit(answer).has_value());
    }
    EXPECT_EQ(quiz->AnsweredCount(), 3);
    now_ += 5 * kSecond;
    auto result = quiz->Finish();
    ASSERT_TRUE(result.has_value()) << result.error().ToString();
    EXPECT_DOUBLE_EQ(result->score, 1.0 + 0.5 + 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(result->max_score, 3);
    EXPECT_EQ(result->answered, 3);
    EXPECT_EQ(result->unanswered, 0);
    EXPECT_EQ(result->correct, 1);
    EXPECT_FALSE(result->timed_out);
    EXPECT_EQ(result->finished_ms - result->started_ms, 35 * kSecond);
    EXPECT_DOUBLE_EQ(result->by_type.at(QuestionType::kCloze).score, 0.5);
    EXPECT_EQ(result->by_topic.at("facts:planets").count, 2);
    EXPECT_DOUBLE_EQ(result->by_topic.at("facts:planets").score, 1.5);
    EXPECT_DOUBLE_EQ(result->by_topic.at("facts:moons").score, 1.0 / 3.0);
    ASSERT_EQ(result->mistakes.size(), 2u);
    for (const QuizMistake& mistake : result->mistakes) {
        EXPECT_FALSE(mistake.unanswered);
        EXPECT_FALSE(mistake.given.empty());
        EXPECT_FALSE(mistake.correct_answer.empty());
        EXPECT_FALSE(mistake.parts.empty());
        if (mistake.question.id == "moons") {
            EXPECT_NE(mistake.correct_answer.find("Titan"), std::string::npos);
            EXPECT_NE(mistake.given.find("Titan"), std::string::npos);
        }
    }
    EXPECT_TRUE(quiz->Finished());
    EXPECT_EQ(quiz->Finish().error().code, ErrorCode::kConflict);
    EXPECT_EQ(quiz->Submit(Answer{}).error().code, ErrorCode::kConflict);
}

TEST_F(QuizTest, AttemptIsSavedWithSettingsAndPerQuestionResults) {
    auto quiz =
        Start({.question_count = 2, .types = {QuestionType::kTyped, QuestionType::kTrueFalse}}, 42);
    ASSERT_TRUE(quiz.has_value());
    Answer answer;
    answer.text = "eight";
    answer.said_true = true;  // right for both questions
    ASSERT_TRUE(quiz->Submit(answer).has_value());
    auto result = quiz->Finish();  // the second is left unanswered
    ASSERT_TRUE(result.has_value()) << result.error().ToString();
    auto attempts = collection_->ListQuizAttempts();
    ASSERT_TRUE(attempts.has_value());
    ASSERT_EQ(attempts->size(), 1u);
    const storage::QuizAttempt& attempt = attempts->front();
    EXPECT_EQ(attempt.id, result->attempt_id);
    EXPECT_DOUBLE_EQ(attempt.score, 1);
    EXPECT_DOUBLE_EQ(attempt.max_score, 2);
    rapidjson::Document settings;
    settings.Parse(attempt.settings_json.c_str());
    ASSERT_TRUE(settings.IsObject());
    EXPECT_EQ(settings["seed"].GetUint64(), 42u);
    EXPECT_EQ(settings["question_count"].GetInt(), 2);
    EXPECT_STREQ(settings["feedback"].GetString(), "at_end");
    EXPECT_FALSE(settings["counts_toward_schedule"].GetBool());
    rapidjson::Document results;
    results.Parse(attempt.results_json.c_str());
    ASSERT_TRUE(results.IsArray());
    ASSERT_EQ(results.Size(), 2u);
    EXPECT_TRUE(results[0]["answered"].GetBool());
    EXPECT_STREQ(results[0]["verdict"].GetString(), "correct");
    EXPECT_DOUBLE_EQ(results[0]["score"].GetDouble(), 1.0);
    EXPECT_FALSE(results[1]["answered"].GetBool());
    EXPECT_TRUE(results[1]["verdict"].IsNull());
    EXPECT_EQ(result->unanswered, 1);
    ASSERT_EQ(result->mistakes.size(), 1u);
    EXPECT_TRUE(result->mistakes[0].unanswered);
    EXPECT_FALSE(result->mistakes[0].correct_answer.empty());
}

TEST_F(QuizTest, TimeLimitLeavesTheRestUnanswered) {
    auto quiz = Start({.question_count = 4, .time_limit_seconds = 60});
    ASSERT_TRUE(quiz.has_value());
    EXPECT_EQ(quiz->RemainingMs(), 60 * kSecond);
    ASSERT_TRUE(quiz->Submit(DontKnow()).has_value());
    now_ += 61 * kSecond;
    EXPECT_TRUE(quiz->TimeUp());
    EXPECT_EQ(quiz->RemainingMs(), 0);
    auto late = quiz->Submit(DontKnow());
    ASSERT_FALSE(late.has_value());
    EXPECT_EQ(late.error().code, ErrorCode::kConflict);
    auto result = quiz->Finish();
    ASSERT_TRUE(result.has_value());
    EXPECT_TRUE(result->timed_out);
    EXPECT_EQ(result->answered, 1);
    EXPECT_EQ(result->unanswered, 3);
}

TEST_F(QuizTest, AtEndAnswersCanBeChangedAndTimeIsSummedOverVisits) {
    auto quiz =
        Start({.question_count = 2, .types = {QuestionType::kTyped, QuestionType::kTrueFalse}});
    ASSERT_TRUE(quiz.has_value());
    const int typed_index = quiz->Item(0).card.question.type == QuestionType::kTyped ? 0 : 1;
    ASSERT_TRUE(quiz->GoTo(typed_index).has_value());
    now_ += 4 * kSecond;
    ASSERT_TRUE(quiz->Submit(Typed("nine")).has_value());
    EXPECT_EQ(quiz->Item(typed_index).grade->verdict, Verdict::kWrong);
    ASSERT_TRUE(quiz->GoTo(typed_index).has_value());
    EXPECT_EQ(quiz->Phase(), QuizPhase::kQuestion);
    now_ += 6 * kSecond;
    ASSERT_TRUE(quiz->Submit(Typed("eight")).has_value());
    EXPECT_EQ(quiz->Item(typed_index).grade->verdict, Verdict::kCorrect);
    EXPECT_EQ(quiz->Item(typed_index).duration_ms, 10 * kSecond);
    EXPECT_EQ(quiz->AnsweredCount(), 1);
    auto result = quiz->Finish();
    ASSERT_TRUE(result.has_value());
    EXPECT_DOUBLE_EQ(result->score, 1);
    EXPECT_EQ(result->unanswered, 1);
}

TEST_F(QuizTest, ImmediateFeedbackLocksTheAnswerAndBackNextMove) {
    auto quiz = Start(
        {.question_count = 3,
         .types = {QuestionType::kTyped, QuestionType::kTrueFalse, QuestionType::kMultipleChoice},
         .feedback = QuizFeedback::kImmediate});
    ASSERT_TRUE(quiz.has_value());
    ASSERT_TRUE(quiz->Submit(DontKnow()).has_value());
    EXPECT_EQ(quiz->Phase(), QuizPhase::kFeedback);
    ASSERT_TRUE(quiz->Current().grade.has_value());
    EXPECT_EQ(quiz->Current().grade->verdict, Verdict::kWrong);
    EXPECT_EQ(quiz->Submit(Answer{}).error().code, ErrorCode::kConflict);
    EXPECT_EQ(quiz->Back().error().code, ErrorCode::kConflict);
    ASSERT_TRUE(quiz->Next().has_value());
    EXPECT_EQ(quiz->Phase(), QuizPhase::kQuestion);
    ASSERT_TRUE(quiz->Back().has_value());
    EXPECT_EQ(quiz->Phase(), QuizPhase::kFeedback);
    EXPECT_EQ(quiz->GoTo(3).error().code, ErrorCode::kInvalidArgument);
    ASSERT_TRUE(quiz->GoTo(2).has_value());
    EXPECT_EQ(quiz->Next().error().code, ErrorCode::kConflict);
}

TEST_F(QuizTest, FlashcardsAreSelfRated) {
    auto quiz = Start({.types = {QuestionType::kFlashcard}});
    ASSERT_TRUE(quiz.has_value());
    ASSERT_EQ(quiz->Count(), 1);  // the reversed direction is not drawn
    EXPECT_EQ(quiz->RateFlashcard(Rating::kGood).error().code, ErrorCode::kConflict);
    ASSERT_TRUE(quiz->Submit(Answer{}).has_value());  // Enter reveals
    EXPECT_EQ(quiz->Phase(), QuizPhase::kRevealed);
    ASSERT_TRUE(quiz->RateFlashcard(Rating::kAgain).has_value());
    auto result = quiz->Finish();
    ASSERT_TRUE(result.has_value());
    EXPECT_DOUBLE_EQ(result->score, 0);
    ASSERT_EQ(result->mistakes.size(), 1u);
    EXPECT_EQ(result->mistakes[0].correct_answer, "A star");
}

TEST_F(QuizTest, ScheduleIsUntouchedByDefault) {
    const auto before = AllCards();
    auto quiz = Start({.question_count = 7});
    ASSERT_TRUE(quiz.has_value());
    for (int i = 0; i < quiz->Count(); ++i) {
        ASSERT_TRUE(quiz->Submit(DontKnow()).has_value());
        if (quiz->Phase() == QuizPhase::kRevealed) {
            ASSERT_TRUE(quiz->RateFlashcard(Rating::kGood).has_value());
        }
    }
    ASSERT_TRUE(quiz->Finish().has_value());
    EXPECT_EQ(LogSize(), 0u);
    const auto after = AllCards();
    ASSERT_EQ(after.size(), before.size());
    for (size_t i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].state, before[i].state);
    }
}

TEST_F(QuizTest, CountingTowardTheScheduleRecordsEachAnswer) {
    auto quiz =
        Start({.question_count = 3,
               .types = {QuestionType::kTyped, QuestionType::kTrueFalse, QuestionType::kFlashcard},
               .counts_toward_schedule = true});
    ASSERT_TRUE(quiz.has_value());
    for (int i = 0; i < quiz->Count(); ++i) {
        now_ += 30 * kSecond;
        const QuestionType type = quiz->DisplayedQuestion().type;
        if (type == QuestionType::kFlashcard) {
            ASSERT_TRUE(quiz->Reveal().has_value());
            ASSERT_TRUE(quiz->RateFlashcard(Rating::kEasy).has_value());
        } else if (type == QuestionType::kTyped) {
            ASSERT_TRUE(quiz->Submit(Typed("8")).has_value());
        } else {
            ASSERT_TRUE(quiz->Submit(Answer{}).has_value());  // wrong
        }
    }
    ASSERT_TRUE(quiz->Finish().has_value());
    auto log = collection_->ReadReviewLog();
    ASSERT_TRUE(log.has_value());
    ASSERT_EQ(log->size(), 3u);
    for (const storage::ReviewRow& row : *log) {
        auto card = collection_->GetCard(row.card_id);
        ASSERT_TRUE(card.has_value());
        EXPECT_EQ(row.duration_ms, 30 * kSecond);
        switch (card->question.type) {
            case QuestionType::kFlashcard:
                EXPECT_EQ(row.rating, Rating::kEasy);
                EXPECT_TRUE(row.correct);
                break;
            case QuestionType::kTyped:
                EXPECT_EQ(row.rating, Rating::kGood);  // 30 s is past the fast limit
                EXPECT_TRUE(row.correct);
                break;
            default:
                EXPECT_EQ(row.rating, Rating::kAgain);
                EXPECT_FALSE(row.correct);
                break;
        }
        EXPECT_NE(card->state.phase, CardPhase::kNew);
    }
}

// A retake asks exactly the questions not fully right, whatever the decks and types said, and
// its saved settings name those cards.
TEST_F(QuizTest, RetakeOfMistakesAsksExactlyThoseCards) {
    auto quiz = Start({.question_count = 7, .time_limit_seconds = 600});
    ASSERT_TRUE(quiz.has_value());
    ASSERT_EQ(quiz->Count(), 7);
    // Only the first question is answered (wrong); the others are skipped.
    ASSERT_TRUE(quiz->Submit(DontKnow()).has_value());
    auto result = quiz->Finish();
    ASSERT_TRUE(result.has_value()) << result.error().ToString();
    std::set<int64_t> wrong;
    for (int i = 0; i < quiz->Count(); ++i) {
        if (quiz->Item(i).Score() < 1) {
            wrong.insert(quiz->Item(i).card.id.value);
        }
    }
    ASSERT_FALSE(wrong.empty());

    const auto setup = RetakeMistakesSetup(quiz->Setup(), *result);
    ASSERT_TRUE(setup.has_value());
    EXPECT_EQ(setup->time_limit_seconds, 600);
    EXPECT_EQ(setup->question_count, static_cast<int>(wrong.size()));
    auto retake = Start(*setup, 9);
    ASSERT_TRUE(retake.has_value()) << retake.error().ToString();
    std::set<int64_t> asked;
    for (int i = 0; i < retake->Count(); ++i) {
        asked.insert(retake->Item(i).card.id.value);
    }
    EXPECT_EQ(static_cast<size_t>(retake->Count()), wrong.size()) << "each card once";
    EXPECT_EQ(asked, wrong);

    auto retaken = retake->Finish();
    ASSERT_TRUE(retaken.has_value());
    auto attempts = collection_->ListQuizAttempts();
    ASSERT_TRUE(attempts.has_value());
    ASSERT_EQ(attempts->size(), 2u);
    for (const storage::QuizAttempt& attempt : *attempts) {
        rapidjson::Document settings;
        settings.Parse(attempt.settings_json.c_str());
        ASSERT_TRUE(settings.IsObject());
        if (attempt.id != retaken->attempt_id) {
            EXPECT_FALSE(settings.HasMember("cards")) << "only written when chosen";
            continue;
        }
        ASSERT_TRUE(settings["cards"].IsArray());
        std::set<int64_t> saved;
        for (const auto& card : settings["cards"].GetArray()) {
            saved.insert(card.GetInt64());
        }
        EXPECT_EQ(saved, wrong);
    }
}

TEST_F(QuizTest, ChosenCardsAreCheckedAndAPerfectQuizHasNoRetake) {
    const storage::CardId card = AllCards().front().id;
    auto twice = ValidateQuizSetup({.cards = {card, card}});
    ASSERT_FALSE(twice.has_value());
    EXPECT_EQ(twice.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(twice.error().message.find("twice"), std::string::npos) << twice.error().message;
    auto missing = Start({.cards = {storage::CardId{999'999}}});
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
    EXPECT_FALSE(RetakeMistakesSetup(QuizSetup{}, QuizResult{}).has_value());
}

}  // namespace
}  // namespace summit::study
