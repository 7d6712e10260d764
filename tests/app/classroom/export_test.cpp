// The student's side: what a report holds of a collection, and writing it into a folder.
#include "app/classroom/export.h"

#include <gtest/gtest.h>

#include "app/classroom/report_file.h"
#include "app/study/answering.h"
#include "storage/atomic_file.h"
#include "tests/support/memory_collection.h"
#include "tests/support/temp_dir.h"

namespace summit::classroom {
namespace {

constexpr int64_t kNow = 1'714'554'000'000;  // 2024-05-01T09:00:00Z

class ExportTest : public testing::MemoryCollectionTest {
  protected:
    void SetUp() override {
        ASSERT_NO_FATAL_FAILURE(MemoryCollectionTest::SetUp());
        ImportExampleBank();
        deck_ = testing::DeckNamed(*collection_, "Solar system");
        auto cards = collection_->LoadCards(storage::CardQuery::All(deck_));
        ASSERT_TRUE(cards.has_value());
        for (const storage::StudyCard& card : *cards) {
            card_of_[card.guid] = card.id;
        }
    }

    void Answer(const std::string& question, Rating rating, const std::string& answer, bool correct,
                int64_t at_ms) {
        study::ReviewDetails details{answer, correct, 4'000};
        auto done = study::AnswerCard(*collection_, card_of_.at("example-solar-system/" + question),
                                      rating, at_ms, details);
        ASSERT_TRUE(done.has_value()) << done.error().ToString();
    }

    const QuestionRecord& Question(const StudentReport& report, const std::string& id) {
        for (const QuestionRecord& question : report.questions) {
            if (question.id == "example-solar-system/" + id) {
                return question;
            }
        }
        ADD_FAILURE() << "no question " << id;
        static QuestionRecord none;
        return none;
    }

    storage::DeckId deck_;
    std::map<std::string, storage::CardId> card_of_;
};

TEST_F(ExportTest, TheReportHoldsAttemptsFirstAnswersAndMemoryStatePerQuestion) {
    Answer("largest", Rating::kAgain, "Saturn", false, kNow - 7'200'000);
    Answer("largest", Rating::kGood, "Jupiter", true, kNow - 3'600'000);
    Answer("mars-red", Rating::kGood, "True", true, kNow - 3'000'000);

    auto report = BuildStudentReport(*collection_, deck_, "Ada", kNow);
    ASSERT_TRUE(report.has_value()) << report.error().ToString();
    EXPECT_EQ(report->student_name, "Ada");
    EXPECT_EQ(report->deck, "Solar system");
    EXPECT_EQ(report->student_id.size(), 16u);
    EXPECT_EQ(report->questions.size(), 7u);
    ASSERT_EQ(report->banks.size(), 1u);
    EXPECT_EQ(report->banks[0].id, "example-solar-system");
    EXPECT_EQ(report->banks[0].version.size(), 16u);

    const QuestionRecord& largest = Question(*report, "largest");
    EXPECT_EQ(largest.type, "multiple_choice");
    EXPECT_EQ(largest.options, (std::vector<std::string>{"Jupiter", "Saturn", "Neptune"}));
    EXPECT_EQ(largest.correct_options, std::vector<int>{0});
    EXPECT_EQ(largest.attempts, 2);
    EXPECT_EQ(largest.correct, 1);
    EXPECT_EQ(largest.time_ms, 8'000);
    EXPECT_EQ(largest.last_ms, kNow - 3'600'000);
    ASSERT_TRUE(largest.first.has_value());
    EXPECT_FALSE(largest.first->correct);
    EXPECT_EQ(largest.first->answer, "Saturn");
    EXPECT_EQ(largest.first->chosen, std::vector<int>{1});
    EXPECT_NE(largest.phase, "new");
    EXPECT_GT(largest.due_ms, kNow - 3'600'000);

    const QuestionRecord& mars = Question(*report, "mars-red");
    EXPECT_EQ(mars.options, (std::vector<std::string>{"True", "False"}));
    EXPECT_EQ(mars.first->chosen, std::vector<int>{0});
    EXPECT_EQ(Question(*report, "moons").attempts, 0);
    EXPECT_FALSE(Question(*report, "moons").first.has_value());
    EXPECT_EQ(report->totals.started, 2);
    EXPECT_EQ(report->totals.attempts, 3);

    auto again = BuildStudentReport(*collection_, deck_, "Ada", kNow);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->student_id, report->student_id) << "one id per collection";
}

TEST_F(ExportTest, QuizzesAreCutToTheDecksQuestionsAndUnfinishedOnesLeftOut) {
    storage::QuizAttempt quiz;
    quiz.started_ms = kNow - 600'000;
    quiz.finished_ms = kNow - 300'000;
    quiz.score = 2;
    quiz.max_score = 3;
    quiz.results_json = R"([{"guid":"example-solar-system/largest","score":1},)"
                        R"({"guid":"example-solar-system/mars-red","score":0.5},)"
                        R"({"guid":"other/q0","score":1}])";
    ASSERT_TRUE(collection_->InsertQuizAttempt(quiz).has_value());
    storage::QuizAttempt unfinished = quiz;
    unfinished.finished_ms = 0;
    ASSERT_TRUE(collection_->InsertQuizAttempt(unfinished).has_value());
    storage::QuizAttempt elsewhere = quiz;
    elsewhere.results_json = R"([{"guid":"other/q1","score":1}])";
    ASSERT_TRUE(collection_->InsertQuizAttempt(elsewhere).has_value());

    auto report = BuildStudentReport(*collection_, deck_, "Ada", kNow);
    ASSERT_TRUE(report.has_value()) << report.error().ToString();
    ASSERT_EQ(report->quizzes.size(), 1u);
    const QuizRecord& kept = report->quizzes[0];
    ASSERT_EQ(kept.items.size(), 2u) << "the other deck's question is left out";
    EXPECT_DOUBLE_EQ(kept.score, 1.5);
    EXPECT_DOUBLE_EQ(kept.max_score, 2);
    EXPECT_EQ(kept.items[1].id, "example-solar-system/mars-red");
}

TEST_F(ExportTest, OtherDecksStayOut) {
    ASSERT_TRUE(collection_->ImportBank(testing::FlashcardBank("other", 3)).has_value());
    auto report = BuildStudentReport(*collection_, deck_, "Ada", kNow);
    ASSERT_TRUE(report.has_value());
    for (const QuestionRecord& question : report->questions) {
        EXPECT_TRUE(question.id.starts_with("example-solar-system/")) << question.id;
    }
    auto nameless = BuildStudentReport(*collection_, deck_, "  ", kNow);
    ASSERT_FALSE(nameless.has_value());
    EXPECT_EQ(nameless.error().code, ErrorCode::kInvalidArgument);
}

TEST_F(ExportTest, WritesIntoAFolderUnderANameThatCannotClashAndLeavesNoTemporaryFile) {
    testing::TempDir dir;
    auto first = ExportStudentReport(*collection_, deck_, "Ada", dir.path(), kNow);
    ASSERT_TRUE(first.has_value()) << first.error().ToString();
    auto second = ExportStudentReport(*collection_, deck_, "Ada", dir.path(), kNow + 1);
    ASSERT_TRUE(second.has_value());
    EXPECT_NE(*first, *second);
    const std::string name = first->filename().string();
    EXPECT_TRUE(name.ends_with("-solar-system-20240501T090000000Z.summit-report.json")) << name;
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        EXPECT_TRUE(entry.path().string().ends_with(kReportSuffix)) << entry.path();
        ++files;
    }
    EXPECT_EQ(files, 2);
    auto read = ReadReportText(testing::ReadFile(*first), first->string());
    ASSERT_TRUE(read.has_value()) << read.error().ToString();
    EXPECT_EQ(read->questions.size(), 7u);

    auto named = ExportStudentReport(*collection_, deck_, "Ada", dir / "mine.json", kNow);
    ASSERT_TRUE(named.has_value());
    EXPECT_EQ(*named, dir / "mine.json");

    auto nowhere = storage::WriteFileAtomically(dir / "absent" / "x.json", "{}");
    ASSERT_FALSE(nowhere.has_value());
    EXPECT_EQ(nowhere.error().code, ErrorCode::kIo);
}

}  // namespace
}  // namespace summit::classroom
