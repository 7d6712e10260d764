// The bundled article bank: it loads through the JSON reader, covers every paragraph with the
// promised mix of question types, and agrees with the coverage table in docs/content.md.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "content/formats/json_bank.h"
#include "content/model/bank.h"
#include "content/model/question.h"

namespace summit::content {
namespace {

const std::filesystem::path kBanksDir = SUMMIT_BANKS_DIR;
const std::filesystem::path kBankFile = kBanksDir / "spectator-2018-china-kim-trump.json";
// docs/ sits beside content/ in the source tree.
const std::filesystem::path kCoverageDoc =
    kBanksDir.parent_path().parent_path() / "docs" / "content.md";
constexpr int kLastParagraph = 8;

std::string Lower(std::string text) {
    std::ranges::transform(text, text.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string Trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) {
        return "";
    }
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// The gaps of a cloze prompt, each split into its accepted variants.
std::vector<std::vector<std::string>> ClozeGaps(const std::string& prompt) {
    std::vector<std::vector<std::string>> gaps;
    for (auto open = prompt.find("{{"); open != std::string::npos;
         open = prompt.find("{{", open + 2)) {
        const auto close = prompt.find("}}", open);
        if (close == std::string::npos) {
            break;
        }
        std::vector<std::string> variants;
        std::stringstream body(prompt.substr(open + 2, close - open - 2));
        for (std::string variant; std::getline(body, variant, '|');) {
            variants.push_back(Trim(variant));
        }
        gaps.push_back(variants);
    }
    return gaps;
}

struct CoverageRow {
    int paragraph = -1;
    std::vector<std::string> ids;
};

// The data rows of the table under "## Coverage": first cell a paragraph number, ids in
// backquotes in the last cell.
std::vector<CoverageRow> ReadCoverageTable(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::vector<CoverageRow> rows;
    bool in_section = false;
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with("## ")) {
            in_section = line == "## Coverage";
            continue;
        }
        if (!in_section || !line.starts_with("|")) {
            continue;
        }
        const auto second_bar = line.find('|', 1);
        const std::string first_cell = Trim(line.substr(1, second_bar - 1));
        if (first_cell.empty() || !std::ranges::all_of(first_cell, [](unsigned char c) {
                return std::isdigit(c) != 0;
            })) {
            continue;
        }
        CoverageRow row{std::stoi(first_cell), {}};
        const std::string last_cell = line.substr(line.rfind('|', line.size() - 2));
        for (auto open = last_cell.find('`'); open != std::string::npos;) {
            const auto close = last_cell.find('`', open + 1);
            if (close == std::string::npos) {
                break;
            }
            row.ids.push_back(last_cell.substr(open + 1, close - open - 1));
            open = last_cell.find('`', close + 1);
        }
        rows.push_back(row);
    }
    return rows;
}

class BundledBankTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        auto loaded = LoadJsonBankFile(kBankFile);
        if (!loaded) {
            for (const Error& error : loaded.error()) {
                load_errors_ += error.ToString() + "\n";
            }
            return;
        }
        bank_ = new Bank(std::move(*loaded));
    }
    static void TearDownTestSuite() {
        delete bank_;
        bank_ = nullptr;
    }
    void SetUp() override { ASSERT_NE(bank_, nullptr) << load_errors_; }

    static int CountType(QuestionType type) {
        return static_cast<int>(std::ranges::count(bank_->questions, type, &Question::type));
    }

    static inline Bank* bank_ = nullptr;
    static inline std::string load_errors_;
};

TEST_F(BundledBankTest, LoadsAndPassesValidation) {
    EXPECT_TRUE(ValidateBank(*bank_, kBankFile.string()).empty());
    EXPECT_EQ(bank_->id, "spectator-2018-china-kim-trump");
    EXPECT_EQ(bank_->source.publication, "The Spectator (Coffee House)");
    EXPECT_EQ(bank_->source.date, "2018-06-12");
    EXPECT_FALSE(bank_->deck.empty());
}

TEST_F(BundledBankTest, EveryParagraphIsAskedAndNoOther) {
    std::set<int> paragraphs;
    for (const Question& question : bank_->questions) {
        ASSERT_TRUE(question.source.has_value()) << question.id;
        EXPECT_GE(question.source->paragraph, 0) << question.id;
        EXPECT_LE(question.source->paragraph, kLastParagraph) << question.id;
        paragraphs.insert(question.source->paragraph);
    }
    for (int paragraph = 0; paragraph <= kLastParagraph; ++paragraph) {
        EXPECT_TRUE(paragraphs.contains(paragraph)) << "no question on paragraph " << paragraph;
    }
}

TEST_F(BundledBankTest, HasThePromisedMixOfQuestionTypes) {
    EXPECT_GE(bank_->questions.size(), 60u);
    EXPECT_GE(CountType(QuestionType::kMultipleChoice), 12);
    EXPECT_GE(CountType(QuestionType::kTrueFalse), 8);
    EXPECT_GE(CountType(QuestionType::kTyped), 8);
    EXPECT_GE(CountType(QuestionType::kCloze), 8);
    EXPECT_GE(CountType(QuestionType::kMatching), 4);
    EXPECT_GE(CountType(QuestionType::kOrdering), 3);
    EXPECT_GE(CountType(QuestionType::kFlashcard), 1);
    EXPECT_TRUE(std::ranges::any_of(bank_->questions, [](const Question& q) {
        return q.type == QuestionType::kFlashcard && q.reversible;
    }));
}

TEST_F(BundledBankTest, QuestionIdsAreUnique) {
    std::set<std::string> seen;
    for (const Question& question : bank_->questions) {
        EXPECT_TRUE(seen.insert(question.id).second) << "duplicate id " << question.id;
    }
}

TEST_F(BundledBankTest, MultipleChoiceHasCorrectAnswersAndSomeSelectAll) {
    int select_all = 0;
    for (const Question& question : bank_->questions) {
        if (question.type != QuestionType::kMultipleChoice) {
            continue;
        }
        const auto correct = std::ranges::count(question.choices, true, &Choice::correct);
        EXPECT_GE(correct, 1) << question.id;
        EXPECT_LT(correct, static_cast<long>(question.choices.size())) << question.id;
        select_all += correct > 1 ? 1 : 0;
    }
    EXPECT_GE(select_all, 3);
}

TEST_F(BundledBankTest, TrueFalseIsBalanced) {
    int true_count = 0;
    int false_count = 0;
    for (const Question& question : bank_->questions) {
        if (question.type == QuestionType::kTrueFalse) {
            (question.answer ? true_count : false_count) += 1;
        }
    }
    const int total = true_count + false_count;
    ASSERT_GT(total, 0);
    EXPECT_GE(true_count * 10, total * 4) << true_count << " true of " << total;
    EXPECT_GE(false_count * 10, total * 4) << false_count << " false of " << total;
}

TEST_F(BundledBankTest, EveryQuestionHasExplanationTopicAndDifficulty) {
    std::set<std::string> declared;
    for (const Topic& topic : bank_->topics) {
        declared.insert(topic.id);
    }
    for (const Question& question : bank_->questions) {
        EXPECT_FALSE(question.explanation.empty()) << question.id;
        EXPECT_TRUE(declared.contains(question.topic)) << question.id << ": " << question.topic;
        EXPECT_GE(question.difficulty, 1) << question.id;
        EXPECT_LE(question.difficulty, 5) << question.id;
    }
}

TEST_F(BundledBankTest, TypedAnswersAndClozeGapsHaveDistinctVariants) {
    for (const Question& question : bank_->questions) {
        std::vector<std::vector<std::string>> answer_sets;
        if (question.type == QuestionType::kTyped) {
            answer_sets.push_back(question.accepted);
        } else if (question.type == QuestionType::kCloze) {
            answer_sets = ClozeGaps(question.prompt);
            EXPECT_FALSE(answer_sets.empty()) << question.id;
        }
        for (const auto& answers : answer_sets) {
            std::set<std::string> seen;
            for (const std::string& answer : answers) {
                EXPECT_FALSE(answer.empty()) << question.id;
                EXPECT_TRUE(seen.insert(Lower(answer)).second)
                    << question.id << ": repeated variant " << answer;
            }
        }
    }
}

TEST_F(BundledBankTest, CoverageTableMatchesTheBank) {
    const std::vector<CoverageRow> rows = ReadCoverageTable(kCoverageDoc);
    ASSERT_FALSE(rows.empty()) << "no coverage table in " << kCoverageDoc;

    std::map<std::string, const Question*> by_id;
    for (const Question& question : bank_->questions) {
        by_id[question.id] = &question;
    }
    std::set<std::string> listed;
    std::set<int> paragraphs;
    for (const CoverageRow& row : rows) {
        paragraphs.insert(row.paragraph);
        std::set<QuestionType> types;
        for (const std::string& id : row.ids) {
            listed.insert(id);
            const auto found = by_id.find(id);
            if (found == by_id.end()) {
                ADD_FAILURE() << "coverage table names unknown question " << id;
                continue;
            }
            types.insert(found->second->type);
        }
        // Each point is asked at least twice, in two different ways.
        EXPECT_GE(row.ids.size(), 2u) << "a point in paragraph " << row.paragraph;
        EXPECT_GE(types.size(), 2u) << "a point in paragraph " << row.paragraph;
    }
    for (const Question& question : bank_->questions) {
        EXPECT_TRUE(listed.contains(question.id)) << question.id << " missing from the table";
    }
    for (int paragraph = 0; paragraph <= kLastParagraph; ++paragraph) {
        EXPECT_TRUE(paragraphs.contains(paragraph)) << "no row for paragraph " << paragraph;
    }
}

}  // namespace
}  // namespace summit::content
