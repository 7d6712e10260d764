// The grader against the bundled bank: every accepted answer of every typed question, and
// every variant of every cloze gap, must be graded correct when typed exactly as written.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "app/grading/grading.h"
#include "content/formats/json_bank.h"
#include "content/model/cloze.h"
#include "tests/support/test_paths.h"

namespace summit::study {
namespace {

const std::filesystem::path kBank =
    summit::testing::BanksDir() / "spectator-2018-china-kim-trump.json";

content::Bank LoadBank() {
    auto bank = content::LoadJsonBankFile(kBank);
    if (!bank) {
        ADD_FAILURE() << kBank << ": " << bank.error().front().ToString();
        return {};
    }
    return *bank;
}

TEST(GradingBundledBankTest, EveryTypedVariantIsCorrect) {
    const content::Bank bank = LoadBank();
    int checked = 0;
    for (const auto& question : bank.questions) {
        if (question.type != content::QuestionType::kTyped) {
            continue;
        }
        for (const std::string& variant : question.accepted) {
            Answer answer;
            answer.text = variant;
            const auto result = Grade(question, answer);
            ASSERT_TRUE(result.has_value()) << question.id << ": " << result.error().ToString();
            EXPECT_EQ(result->verdict, Verdict::kCorrect) << question.id << ": '" << variant << "'";
            ++checked;
        }
    }
    EXPECT_GT(checked, 0) << "the bundled bank has no typed questions";
}

TEST(GradingBundledBankTest, EveryClozeVariantIsCorrect) {
    const content::Bank bank = LoadBank();
    int checked = 0;
    for (const auto& question : bank.questions) {
        if (question.type != content::QuestionType::kCloze) {
            continue;
        }
        const auto cloze = content::ParseCloze(question.prompt);
        ASSERT_TRUE(cloze.has_value()) << question.id << ": " << cloze.error().ToString();
        Answer canonical;
        for (const auto& gap : cloze->gaps) {
            canonical.gaps.push_back(gap.answers.front());
        }
        for (size_t g = 0; g < cloze->gaps.size(); ++g) {
            for (const std::string& variant : cloze->gaps[g].answers) {
                Answer answer = canonical;
                answer.gaps[g] = variant;
                const auto result = Grade(question, answer);
                ASSERT_TRUE(result.has_value()) << question.id << ": " << result.error().ToString();
                EXPECT_EQ(result->verdict, Verdict::kCorrect)
                    << question.id << " gap " << g << ": '" << variant << "'";
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 0) << "the bundled bank has no cloze questions";
}

}  // namespace
}  // namespace summit::study
