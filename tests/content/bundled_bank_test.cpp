// The bundled article bank: it loads through the JSON reader, covers every paragraph with the
// promised mix of question types, agrees with the coverage and question tables in
// docs/content.md, and passes the mechanical part of a teacher's review (no giveaway choices,
// gaps or pairs; opinions attributed; enough judgement questions).
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "content/formats/json_bank.h"
#include "content/model/bank.h"
#include "content/model/question.h"
#include "tests/support/test_paths.h"

namespace summit::content {
namespace {

const std::filesystem::path kBanksDir = summit::testing::BanksDir();
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

// Length in characters (UTF-8 code points), as a reader sees it.
size_t CharCount(std::string_view text) {
    return static_cast<size_t>(
        std::ranges::count_if(text, [](unsigned char c) { return (c & 0xC0) != 0x80; }));
}

// Lowercase words of letters and digits; "Kim's" gives "kim" and "s".
std::vector<std::string> Words(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (const unsigned char c : text + " ") {
        if (std::isalnum(c) != 0) {
            word += static_cast<char>(std::tolower(c));
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    return words;
}

bool ContainsWord(const std::string& text, const std::string& phrase) {
    const std::string haystack = " " + Lower(text) + " ";
    const std::string needle = Lower(phrase);
    for (auto at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + 1)) {
        const auto before = static_cast<unsigned char>(haystack[at - 1]);
        const auto after = static_cast<unsigned char>(haystack[at + needle.size()]);
        if (std::isalnum(before) == 0 && std::isalnum(after) == 0) {
            return true;
        }
    }
    return false;
}

// A cloze prompt with its {{gaps}} blanked out: the words a student sees around the gaps.
std::string ClozeContext(const std::string& prompt) {
    std::string context;
    size_t from = 0;
    for (auto open = prompt.find("{{"); open != std::string::npos; open = prompt.find("{{", from)) {
        const auto close = prompt.find("}}", open);
        if (close == std::string::npos) {
            break;
        }
        context += prompt.substr(from, open - from) + " ___ ";
        from = close + 2;
    }
    return context + prompt.substr(std::min(from, prompt.size()));
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

// One row of the table under "## Questions": | `id` | paragraph | type | kind | point |.
struct QuestionRow {
    std::string id;
    int paragraph = -1;
    std::string type;
    std::string kind;  // "fact", "argument" or "judgement"
    std::string point;
};

std::vector<QuestionRow> ReadQuestionTable(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::vector<QuestionRow> rows;
    bool in_section = false;
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with("## ")) {
            in_section = line == "## Questions";
            continue;
        }
        if (!in_section || !line.starts_with("| `")) {
            continue;
        }
        std::vector<std::string> cells;
        std::stringstream cells_in(line.substr(1));
        for (std::string cell; std::getline(cells_in, cell, '|');) {
            cells.push_back(Trim(cell));
        }
        if (cells.size() < 5) {
            ADD_FAILURE() << "short row in the question table: " << line;
            continue;
        }
        QuestionRow row;
        row.id = cells[0].substr(1, cells[0].size() - 2);
        row.paragraph = std::all_of(cells[1].begin(), cells[1].end(),
                                    [](unsigned char c) { return std::isdigit(c) != 0; }) &&
                                !cells[1].empty()
                            ? std::stoi(cells[1])
                            : -1;
        row.type = cells[2];
        row.kind = cells[3];
        row.point = cells[4];
        rows.push_back(row);
    }
    return rows;
}

// Phrases that mark a prompt as reporting the article's view rather than stating a fact.
constexpr std::string_view kAttributions[] = {
    "according to the author",
    "according to the article",
    "according to the writer",
    "in the author's view",
    "in the article's view",
    "the author",
    "the writer",
    "the article argues",
    "the article says",
    "the article suggests",
    "the article expects",
    "the article claims",
    "the article reports",
    "does the article",
};

bool IsAttributed(const std::string& prompt) {
    const std::string lower = Lower(prompt);
    return std::ranges::any_of(kAttributions, [&](std::string_view phrase) {
        return lower.find(phrase) != std::string::npos;
    });
}

bool IsSelectAll(const Question& question) {
    return std::ranges::count(question.choices, true, &Choice::correct) > 1;
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

TEST_F(BundledBankTest, EveryQuestionHasAnExplanationAndASourceParagraph) {
    for (const Question& question : bank_->questions) {
        EXPECT_FALSE(Trim(question.explanation).empty()) << question.id;
        ASSERT_TRUE(question.source.has_value()) << question.id;
        EXPECT_GE(question.source->paragraph, 0) << question.id << ": no source paragraph";
    }
}

TEST_F(BundledBankTest, QuestionTableListsEveryQuestionWithItsParagraphTypeAndKind) {
    const std::vector<QuestionRow> rows = ReadQuestionTable(kCoverageDoc);
    ASSERT_FALSE(rows.empty()) << "no question table in " << kCoverageDoc;
    std::map<std::string, const Question*> by_id;
    for (const Question& question : bank_->questions) {
        by_id[question.id] = &question;
    }
    std::set<std::string> listed;
    for (const QuestionRow& row : rows) {
        EXPECT_TRUE(listed.insert(row.id).second) << row.id << " listed twice";
        EXPECT_TRUE(row.kind == "fact" || row.kind == "argument" || row.kind == "judgement")
            << row.id << ": kind '" << row.kind << "'";
        EXPECT_FALSE(row.point.empty()) << row.id << ": no point";
        const auto found = by_id.find(row.id);
        if (found == by_id.end()) {
            ADD_FAILURE() << "question table names unknown question " << row.id;
            continue;
        }
        const Question& question = *found->second;
        EXPECT_EQ(row.type, QuestionTypeName(question.type)) << row.id;
        ASSERT_TRUE(question.source.has_value()) << row.id;
        EXPECT_EQ(row.paragraph, question.source->paragraph) << row.id;
    }
    for (const Question& question : bank_->questions) {
        EXPECT_TRUE(listed.contains(question.id)) << question.id << " missing from the table";
    }
}

// A question about the author's argument must say it is the author's, so that no student learns
// an opinion as a fact.
TEST_F(BundledBankTest, ArgumentQuestionsAttributeTheClaimToTheArticle) {
    std::map<std::string, const Question*> by_id;
    for (const Question& question : bank_->questions) {
        by_id[question.id] = &question;
    }
    int arguments = 0;
    for (const QuestionRow& row : ReadQuestionTable(kCoverageDoc)) {
        const auto found = by_id.find(row.id);
        if (row.kind != "argument" || found == by_id.end()) {
            continue;
        }
        ++arguments;
        EXPECT_TRUE(IsAttributed(found->second->prompt))
            << row.id << " states the author's view without saying so: " << found->second->prompt;
    }
    EXPECT_GT(arguments, 0);
}

TEST_F(BundledBankTest, AtLeastTenJudgementQuestionsInSeveralTypes) {
    std::map<std::string, const Question*> by_id;
    for (const Question& question : bank_->questions) {
        by_id[question.id] = &question;
    }
    int judgements = 0;
    std::set<QuestionType> types;
    for (const QuestionRow& row : ReadQuestionTable(kCoverageDoc)) {
        const auto found = by_id.find(row.id);
        if (row.kind == "judgement" && found != by_id.end()) {
            ++judgements;
            types.insert(found->second->type);
        }
    }
    EXPECT_GE(judgements, 10);
    EXPECT_GE(types.size(), 3u);
}

// Test-wise students pick the longest choice. In a single-answer question the correct choice may
// not outrun the longest distractor by more than a fifth, and across the bank the strictly
// longest choice is correct in at most a quarter of the questions (chance is a quarter to a
// third with four choices).
TEST_F(BundledBankTest, CorrectChoiceIsNotGivenAwayByItsLength) {
    int questions = 0;
    int longest_is_correct = 0;
    for (const Question& question : bank_->questions) {
        if (question.type != QuestionType::kMultipleChoice) {
            continue;
        }
        ++questions;
        size_t longest_correct = 0;
        size_t shortest_correct = SIZE_MAX;
        size_t longest_wrong = 0;
        for (const Choice& choice : question.choices) {
            const size_t length = CharCount(choice.text);
            if (choice.correct) {
                longest_correct = std::max(longest_correct, length);
                shortest_correct = std::min(shortest_correct, length);
            } else {
                longest_wrong = std::max(longest_wrong, length);
            }
        }
        longest_is_correct += longest_correct > longest_wrong ? 1 : 0;
        if (IsSelectAll(question)) {
            EXPECT_LE(shortest_correct, longest_wrong)
                << question.id << ": every correct choice is longer than every distractor";
        } else {
            EXPECT_LE(longest_correct * 5, longest_wrong * 6)
                << question.id << ": the correct choice is much the longest";
        }
    }
    ASSERT_GT(questions, 0);
    EXPECT_LE(longest_is_correct * 4, questions)
        << "the longest choice is the correct one in " << longest_is_correct << " of " << questions
        << " multiple-choice questions";
}

// Choices are shown shuffled, so none may point at the others or at a position.
TEST_F(BundledBankTest, ChoicesStandAloneInAnyOrder) {
    constexpr std::string_view kOrderWords[] = {"above", "below", "all of these", "none of these",
                                                "both of"};
    for (const Question& question : bank_->questions) {
        for (const Choice& choice : question.choices) {
            for (std::string_view words : kOrderWords) {
                EXPECT_FALSE(ContainsWord(choice.text, std::string(words)))
                    << question.id << ": '" << choice.text << "'";
            }
        }
    }
}

TEST_F(BundledBankTest, ClozeAnswersDoNotAppearAroundTheirGaps) {
    for (const Question& question : bank_->questions) {
        if (question.type != QuestionType::kCloze) {
            continue;
        }
        const std::string context = ClozeContext(question.prompt);
        for (const auto& variants : ClozeGaps(question.prompt)) {
            for (const std::string& variant : variants) {
                EXPECT_FALSE(ContainsWord(context, variant))
                    << question.id << ": the answer '" << variant << "' is in the sentence";
            }
        }
    }
}

// A pair must be matched by knowing the article, not by spotting a word shared by both sides.
TEST_F(BundledBankTest, MatchingSidesShareNoWords) {
    const std::set<std::string> kCommon = {"with", "that",  "from",  "their", "this",
                                           "what", "where", "which", "have",  "were"};
    for (const Question& question : bank_->questions) {
        for (const MatchPair& pair : question.pairs) {
            const std::vector<std::string> right = Words(pair.right);
            for (const std::string& word : Words(pair.left)) {
                if (word.size() < 4 || kCommon.contains(word)) {
                    continue;
                }
                EXPECT_TRUE(std::ranges::find(right, word) == right.end())
                    << question.id << ": '" << pair.left << "' and '" << pair.right << "' share '"
                    << word << "'";
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
