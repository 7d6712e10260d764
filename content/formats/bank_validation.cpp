// The semantic rules of a question bank, applied to the in-memory model.
#include "content/formats/bank_validation.h"

#include <map>
#include <set>

#include "content/formats/json_bank.h"
#include "content/model/cloze.h"
#include "content/richtext/markdown.h"
#include "content/richtext/question_texts.h"

namespace summit::content {
namespace {

bool IdCharactersValid(std::string_view id, bool allow_colon) {
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                  c == '.' || (allow_colon && c == ':');
        if (!ok) {
            return false;
        }
    }
    return true;
}

std::string Quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

class ProblemCollector {
  public:
    explicit ProblemCollector(std::string_view file_name) : file_name_(file_name) {}

    void BankLevel(std::string path, std::string message, ErrorCode code = ErrorCode::kValidation) {
        BankProblem& problem = problems_.emplace_back();
        problem.error.code = code;
        problem.error.message = std::move(message);
        problem.error.file = file_name_;
        problem.path = std::move(path);
    }

    void SetQuestion(const Question& question, std::size_t index) {
        question_ = static_cast<int>(index);
        path_ = "questions[" + std::to_string(index) + "]";
        label_ = QuestionLabel(question.id, index);
    }

    void Add(std::string_view field, std::string message, bool type_rule = false) {
        BankProblem& problem = problems_.emplace_back();
        problem.error.code = ErrorCode::kValidation;
        problem.error.message = label_ + message;
        problem.error.file = file_name_;
        problem.path = path_ + "." + std::string(field);
        problem.question = question_;
        problem.type_rule = type_rule;
    }
    void AddTypeRule(std::string_view field, std::string message) {
        Add(field, std::move(message), true);
    }

    std::vector<BankProblem> Take() { return std::move(problems_); }

  private:
    std::string file_name_;
    std::vector<BankProblem> problems_;
    int question_ = -1;
    std::string path_;
    std::string label_;
};

// Reports repeated non-empty strings in `values` at `field[i]`.
void CheckRepeats(ProblemCollector& out, const std::vector<std::string>& values,
                  std::string_view field, std::string_view noun) {
    std::map<std::string, std::size_t> first_index;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i].empty()) {
            continue;
        }
        auto [it, inserted] = first_index.emplace(values[i], i);
        if (!inserted) {
            out.AddTypeRule(std::string(field) + "[" + std::to_string(i) + "]",
                            std::string(noun) + " " + std::to_string(i + 1) + " repeats " +
                                std::string(noun) + " " + std::to_string(it->second + 1));
        }
    }
}

void CheckAtLeastTwo(ProblemCollector& out, std::size_t count, std::string_view field,
                     std::string_view what, std::string_view noun) {
    if (count < 2) {
        out.AddTypeRule(field, std::string(what) + " needs at least 2 " + std::string(noun) +
                                   ", has " + std::to_string(count));
    }
}

void CheckTypeFields(ProblemCollector& out, const Question& q) {
    switch (q.type) {
        case QuestionType::kFlashcard:
            if (q.back.empty()) {
                out.AddTypeRule("back", "flashcard has no \"back\"");
            }
            break;
        case QuestionType::kMultipleChoice: {
            CheckAtLeastTwo(out, q.choices.size(), "choices", "multiple choice", "choices");
            bool any_correct = false;
            std::vector<std::string> texts;
            for (std::size_t i = 0; i < q.choices.size(); ++i) {
                any_correct = any_correct || q.choices[i].correct;
                texts.push_back(q.choices[i].text);
                if (q.choices[i].text.empty()) {
                    out.AddTypeRule("choices[" + std::to_string(i) + "].text",
                                    "choice " + std::to_string(i + 1) + " has no text");
                }
            }
            if (!q.choices.empty() && !any_correct) {
                out.AddTypeRule("choices", "multiple choice has no correct choice");
            }
            CheckRepeats(out, texts, "choices", "choice");
            break;
        }
        case QuestionType::kTrueFalse:
            break;
        case QuestionType::kTyped:
            if (q.accepted.empty()) {
                out.AddTypeRule("accepted", "typed question has no accepted answer");
            }
            for (std::size_t i = 0; i < q.accepted.size(); ++i) {
                if (q.accepted[i].empty()) {
                    out.AddTypeRule("accepted[" + std::to_string(i) + "]",
                                    "accepted answer " + std::to_string(i + 1) + " is empty");
                }
            }
            break;
        case QuestionType::kCloze:
            if (!q.prompt.empty()) {
                if (auto cloze = ParseCloze(q.prompt); !cloze) {
                    out.AddTypeRule("prompt", "cloze: " + cloze.error().message);
                }
            }
            break;
        case QuestionType::kMatching: {
            CheckAtLeastTwo(out, q.pairs.size(), "pairs", "matching", "pairs");
            std::vector<std::string> lefts;
            for (std::size_t i = 0; i < q.pairs.size(); ++i) {
                lefts.push_back(q.pairs[i].left);
                if (q.pairs[i].left.empty() || q.pairs[i].right.empty()) {
                    out.AddTypeRule("pairs[" + std::to_string(i) + "]",
                                    "pair " + std::to_string(i + 1) + " has an empty side");
                }
            }
            CheckRepeats(out, lefts, "pairs", "pair");
            break;
        }
        case QuestionType::kOrdering:
            CheckAtLeastTwo(out, q.items.size(), "items", "ordering", "items");
            for (std::size_t i = 0; i < q.items.size(); ++i) {
                if (q.items[i].empty()) {
                    out.AddTypeRule("items[" + std::to_string(i) + "]",
                                    "item " + std::to_string(i + 1) + " is empty");
                }
            }
            CheckRepeats(out, q.items, "items", "item");
            break;
    }
}

// Fields of another type would be lost when the bank is written, so they are refused.
void CheckForeignFields(ProblemCollector& out, const Question& q) {
    auto refuse = [&](bool present, QuestionType owner, const char* field) {
        if (present && q.type != owner) {
            out.AddTypeRule(field, Quoted(field) + " is only used by " + QuestionTypeName(owner) +
                                       " questions");
        }
    };
    refuse(!q.back.empty(), QuestionType::kFlashcard, "back");
    refuse(q.reversible, QuestionType::kFlashcard, "reversible");
    refuse(!q.choices.empty(), QuestionType::kMultipleChoice, "choices");
    refuse(q.answer, QuestionType::kTrueFalse, "answer");
    refuse(!q.accepted.empty(), QuestionType::kTyped, "accepted");
    refuse(!q.pairs.empty(), QuestionType::kMatching, "pairs");
    refuse(!q.items.empty(), QuestionType::kOrdering, "items");
    // Matching rights and ordering items in their written order would show the answer.
    refuse(q.fixed_order, QuestionType::kMultipleChoice, "fixed_order");
}

// An image reference the parser does not read as an image (a hash that is not 64 lowercase
// hex digits, a missing ")") would be shown as text: almost surely a mistake.
void CheckRichText(ProblemCollector& out, const Question& q) {
    if (q.text_format != TextFormat::kMarkdown) {
        return;
    }
    ForEachText(q, [&](std::string_view field, const std::string& text) {
        constexpr std::string_view kTarget = "](media:";
        std::size_t written = 0;
        for (auto at = text.find(kTarget); at != std::string::npos;
             at = text.find(kTarget, at + 1)) {
            written += at == 0 || text[at - 1] != '\\' ? 1 : 0;
        }
        std::size_t images = 0;
        for (const Block& block : ParseMarkdown(text).blocks) {
            for (const Span& run : block.runs) {
                images += run.kind == Span::Kind::kImage ? 1 : 0;
            }
        }
        if (written > images) {
            out.Add(field,
                    "malformed image reference (expected ![alt](media:SHA256), the hash "
                    "as 64 lowercase hex digits)");
        }
    });
}

void CheckBankFields(ProblemCollector& out, const Bank& bank) {
    if (bank.version > Bank::kFormatVersion) {
        out.BankLevel("version",
                      "bank format version " + std::to_string(bank.version) +
                          " is newer than this Summit reads (up to " +
                          std::to_string(Bank::kFormatVersion) + ")",
                      ErrorCode::kUnsupportedVersion);
    } else if (bank.version < 1) {
        out.BankLevel("version",
                      "\"version\" must be 1 or more, is " + std::to_string(bank.version));
    }
    if (bank.id.empty()) {
        out.BankLevel("id", "bank has no \"id\"");
    } else if (!IdCharactersValid(bank.id, false)) {
        out.BankLevel(
            "id", "bank id " + Quoted(bank.id) + " may only use a-z, 0-9, \"-\", \"_\" and \".\"");
    }
    if (bank.title.empty()) {
        out.BankLevel("title", "bank has no \"title\"");
    }
    std::set<std::string> topic_ids;
    for (std::size_t i = 0; i < bank.topics.size(); ++i) {
        std::string path = "topics[" + std::to_string(i) + "].id";
        if (bank.topics[i].id.empty()) {
            out.BankLevel(path, "topic " + std::to_string(i + 1) + " has no \"id\"");
        } else if (!topic_ids.insert(bank.topics[i].id).second) {
            out.BankLevel(path, "topic id " + Quoted(bank.topics[i].id) + " is declared twice");
        }
    }
    if (bank.questions.empty()) {
        out.BankLevel("questions", "bank has no questions");
    }
}

}  // namespace

std::string QuestionLabel(const std::string& id, std::size_t index) {
    if (id.empty()) {
        return "question " + std::to_string(index + 1) + ": ";
    }
    return "question " + Quoted(id) + ": ";
}

std::vector<BankProblem> FindBankProblems(const Bank& bank, std::string_view file_name) {
    ProblemCollector out(file_name);
    CheckBankFields(out, bank);
    std::set<std::string> topic_ids;
    for (const Topic& topic : bank.topics) {
        topic_ids.insert(topic.id);
    }
    std::map<std::string, std::size_t> first_use;
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const Question& q = bank.questions[i];
        out.SetQuestion(q, i);
        if (q.id.empty()) {
            out.Add("id", "missing or empty \"id\"");
        } else if (!IdCharactersValid(q.id, true)) {
            out.Add("id", "id may only use a-z, 0-9, \"-\", \"_\", \".\" and \":\"");
        } else if (auto [it, inserted] = first_use.emplace(q.id, i); !inserted) {
            out.Add("id", "duplicate id, first used by question " + std::to_string(it->second + 1));
        }
        if (q.prompt.empty()) {
            out.Add("prompt", "missing or empty \"prompt\"");
        }
        if (q.difficulty != 0 && (q.difficulty < 1 || q.difficulty > 5)) {
            out.Add("difficulty",
                    "difficulty " + std::to_string(q.difficulty) + " is outside 1 to 5");
        }
        if (!q.topic.empty() && !bank.topics.empty() && !topic_ids.contains(q.topic)) {
            out.Add("topic", "topic " + Quoted(q.topic) + " is not declared in \"topics\"");
        }
        for (std::size_t t = 0; t < q.tags.size(); ++t) {
            if (q.tags[t].empty()) {
                out.Add("tags[" + std::to_string(t) + "]",
                        "tag " + std::to_string(t + 1) + " is empty");
            }
        }
        if (q.source && q.source->paragraph < -1) {
            out.Add("source.paragraph",
                    "source paragraph " + std::to_string(q.source->paragraph) + " is negative");
        }
        CheckTypeFields(out, q);
        CheckForeignFields(out, q);
        CheckRichText(out, q);
    }
    return out.Take();
}

ErrorList ValidateBank(const Bank& bank, std::string_view file_name) {
    ErrorList errors;
    for (BankProblem& problem : FindBankProblems(bank, file_name)) {
        errors.push_back(std::move(problem.error));
    }
    return errors;
}

}  // namespace summit::content
