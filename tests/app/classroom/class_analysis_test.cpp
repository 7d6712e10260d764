// The students table, topics, versions and chart lines of the hand-worked class.
#include "app/classroom/class_analysis.h"

#include <gtest/gtest.h>

#include "app/classroom/class_output.h"
#include "content/json/json.h"
#include "hand_class.h"

namespace summit::classroom {
namespace {

constexpr int64_t kExported = 1'700'000'000'000;
constexpr int64_t kDay = 86'400'000;

TEST(ClassAnalysisTest, StudentsTableCountsStartedMasteredDueAndAccuracy) {
    const ClassAnalysis analysis = AnalyseClass(testing::HandClass(kExported), kExported);
    ASSERT_EQ(analysis.students.size(), 5u);
    const StudentRow& a = analysis.students[0];
    const StudentRow& e = analysis.students[4];
    EXPECT_EQ(a.name, "Student A");
    EXPECT_EQ(a.started, 3);
    EXPECT_EQ(a.mastered, 3);
    EXPECT_EQ(a.due, 0);
    EXPECT_NEAR(*a.accuracy, 1.0, 1e-12);
    EXPECT_NEAR(*a.first_try_score, 100, 1e-9);
    EXPECT_EQ(a.summary, "active today; nothing overdue");
    EXPECT_EQ(e.mastered, 0);
    EXPECT_EQ(e.due, 3);
    EXPECT_NEAR(*e.accuracy, 0.5, 1e-12);
    EXPECT_NEAR(*e.first_try_score, 0, 1e-12);
    EXPECT_EQ(e.summary, "active today; 3 questions overdue");
    EXPECT_EQ(analysis.students[1].due, 1);
    EXPECT_EQ(analysis.students[3].mastered, 1);
    EXPECT_EQ(analysis.score_histogram, (std::vector<int>{1, 0, 0, 1, 0, 0, 2, 0, 0, 1}));

    const ClassAnalysis later = AnalyseClass(testing::HandClass(kExported), kExported + 3 * kDay);
    EXPECT_EQ(later.students[0].summary, "3 days inactive; 3 questions overdue")
        << "A's cards came due in the three days";
}

TEST(ClassAnalysisTest, TopicsAreSharesOfStudentQuestionPairs) {
    const ClassAnalysis analysis = AnalyseClass(testing::HandClass(kExported), kExported);
    ASSERT_EQ(analysis.topics.size(), 2u);
    EXPECT_EQ(analysis.topics[0].topic, "cities");
    EXPECT_EQ(analysis.topics[0].questions, 2);
    EXPECT_NEAR(analysis.topics[0].started, 1.0, 1e-12);
    EXPECT_NEAR(analysis.topics[0].mastered, 0.6, 1e-12);
    EXPECT_EQ(analysis.topics[1].topic, "rivers");
    EXPECT_NEAR(analysis.topics[1].mastered, 0.4, 1e-12);
}

TEST(ClassAnalysisTest, QuestionsOfAnotherBankVersionAreMatchedByIdAndMarked) {
    ClassFolder folder = testing::HandClass(kExported);
    StudentReport& fifth = testing::Edit(folder.reports[4]);
    fifth.questions[1].version = "v2";
    fifth.banks[0].version = "fedcba9876543210";
    const ClassAnalysis analysis = AnalyseClass(folder, kExported);
    ASSERT_EQ(analysis.items.size(), 3u) << "matched by id, not added twice";
    EXPECT_TRUE(analysis.items[1].changed);
    EXPECT_EQ(analysis.items[1].versions, (std::vector<std::string>{"v1", "v2"}));
    EXPECT_FALSE(analysis.items[0].changed);
    EXPECT_EQ(analysis.changed_items, 1);
    ASSERT_EQ(analysis.bank_versions.size(), 2u);
    EXPECT_EQ(analysis.bank_versions[0].students, 4);
    EXPECT_EQ(analysis.bank_versions[1].students, 1);
}

TEST(ClassAnalysisTest, TheHardestQuestionsComeLowestFacilityFirst) {
    ClassFolder folder = testing::HandClass(kExported);
    // A fourth question nobody has answered yet: it has no facility, so it is not listed.
    for (LoadedReport& loaded : folder.reports) {
        StudentReport& report = testing::Edit(loaded);
        QuestionRecord unanswered = report.questions[0];
        unanswered.id = "geo/q4";
        unanswered.first.reset();
        unanswered.attempts = 0;
        report.questions.push_back(unanswered);
    }
    const ClassAnalysis analysis = AnalyseClass(folder, kExported);
    ASSERT_EQ(analysis.items.size(), 4u);
    // Independently: each answered question's share of right first answers, sorted.
    std::vector<std::pair<double, std::size_t>> expected;
    for (std::size_t i = 0; i < 3; ++i) {
        int right = 0;
        int answered = 0;
        for (const LoadedReport& loaded : folder.reports) {
            const QuestionRecord& question = loaded.report->questions[i];
            if (question.first) {
                ++answered;
                right += question.first->correct ? 1 : 0;
            }
        }
        expected.push_back({100.0 * right / answered, i});
    }
    std::stable_sort(expected.begin(), expected.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    ASSERT_EQ(analysis.hardest.size(), 3u);
    for (std::size_t k = 0; k < 3; ++k) {
        EXPECT_EQ(analysis.hardest[k], expected[k].second) << k;
        EXPECT_NEAR(*analysis.items[analysis.hardest[k]].figures.facility, expected[k].first, 1e-9);
    }
}

TEST(ClassAnalysisTest, JsonAndCsvCarryTheFigures) {
    const ClassAnalysis analysis = AnalyseClass(testing::HandClass(kExported), kExported);
    auto json = content::json::Parse(ClassJson(analysis, {{"bad.json", "checksum mismatch"}}));
    ASSERT_TRUE(json.has_value());
    const auto* items = content::json::GetArray(*json, "items");
    ASSERT_TRUE(items && items->items.size() == 3);
    EXPECT_NEAR(content::json::GetDouble(items->items[2], "discriminative_efficiency"), 37.5, 1e-9);
    const auto* rejected = content::json::GetArray(*json, "rejected");
    ASSERT_TRUE(rejected && rejected->items.size() == 1);
    EXPECT_EQ(content::json::GetString(rejected->items[0], "reason"), "checksum mismatch");

    const std::string students = StudentsCsv(analysis);
    EXPECT_NE(students.find("\nStudent B,id-B,3,3,2,1,6,5,0.8333,66.6667,"), std::string::npos)
        << students;
    const std::string csv_items = ItemsCsv(analysis);
    EXPECT_NE(csv_items.find("geo/q3,typed,rivers,5,40.0000,54.7723,0.3273,37.5000,no,,"),
              std::string::npos)
        << csv_items;
}

}  // namespace
}  // namespace summit::classroom
