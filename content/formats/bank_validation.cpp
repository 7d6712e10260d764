// The semantic rules of a question bank, applied to the in-memory model.
#include "content/formats/bank_validation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <type_traits>
#include <unordered_map>

#include "content/formats/json_bank.h"
#include "content/model/cloze_gaps.h"
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

bool IsCredit(double credit, double lowest) {
    return credit >= lowest && credit <= 1;
}

std::string Numbered(std::string_view field, std::size_t index) {
    return std::string(field) + "[" + std::to_string(index) + "]";
}

void CheckChoiceCredits(ProblemCollector& out, const std::vector<Choice>& choices) {
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const Choice& choice = choices[i];
        if (!choice.credit) {
            continue;
        }
        const std::string at = Numbered("choices", i) + ".credit";
        const std::string name = "choice " + std::to_string(i + 1);
        if (!IsCredit(*choice.credit, -1)) {
            out.AddTypeRule(at, name + " has credit outside -1 to 1");
        } else if (choice.correct && *choice.credit <= 0) {
            out.AddTypeRule(at, name + " is correct but earns no credit");
        } else if (!choice.correct && *choice.credit == 1) {
            out.AddTypeRule(at, name + " earns full credit but is not marked correct");
        }
    }
}

void CheckTextAnswers(ProblemCollector& out, const std::vector<TextAnswer>& answers) {
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const std::string name = "answer " + std::to_string(i + 1);
        if (answers[i].text.empty()) {
            out.AddTypeRule(Numbered("answers", i) + ".text", name + " is empty");
        }
        if (!IsCredit(answers[i].credit, 0)) {
            out.AddTypeRule(Numbered("answers", i) + ".credit",
                            name + " has credit outside 0 to 1");
        }
    }
}

void CheckNumbers(ProblemCollector& out, const std::vector<NumericAnswer>& numbers) {
    bool any_full = false;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        const NumericAnswer& number = numbers[i];
        const std::string name = "number " + std::to_string(i + 1);
        any_full = any_full || (!number.any_other && number.credit == 1);
        if (!IsCredit(number.credit, 0)) {
            out.AddTypeRule(Numbered("numbers", i) + ".credit",
                            name + " has credit outside 0 to 1");
        }
        if (!std::isfinite(number.value) || !(number.tolerance >= 0) ||
            !std::isfinite(number.tolerance)) {
            out.AddTypeRule(Numbered("numbers", i),
                            name + " needs a finite value and a tolerance of 0 or more");
        }
    }
    if (!any_full) {
        out.AddTypeRule("numbers", "numerical question has no full-credit number");
    }
}

// "A::B": no empty level.
bool IsDeckPath(std::string_view path) {
    std::size_t start = 0;
    while (true) {
        std::size_t separator = path.find("::", start);
        std::string_view level = path.substr(start, separator - start);
        if (level.find_first_not_of(" \t") == std::string_view::npos) {
            return false;
        }
        if (separator == std::string_view::npos) {
            return true;
        }
        start = separator + 2;
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
            CheckChoiceCredits(out, q.choices);
            CheckRepeats(out, texts, "choices", "choice");
            break;
        }
        case QuestionType::kTrueFalse:
            break;
        case QuestionType::kTyped:
            CheckTextAnswers(out, q.answers);
            if (q.accepted.empty() && std::ranges::none_of(q.answers, [](const TextAnswer& a) {
                    return a.credit == 1 && a.text != kAnyOtherAnswer;
                })) {
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
                if (auto cloze = ResolveCloze(q); !cloze) {
                    const bool marker = cloze.error().code == ErrorCode::kParse;
                    out.AddTypeRule(marker ? "prompt" : "gaps", "cloze: " + cloze.error().message);
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
        case QuestionType::kNumerical:
            CheckNumbers(out, q.numbers);
            break;
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

// Code points in UTF-8 `text`: what a person counts as characters.
std::size_t CharacterCount(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) {
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

// A text longer than kMaxTextCharacters at `path` (a string, or a function making it only for
// a text that is too long: most are not), reported by `report(path, message)`.
template <typename Path, typename Report>
void CheckLength(std::string_view text, Path&& path, std::string_view noun, Report&& report) {
    if (text.size() <= kMaxTextCharacters) {  // bytes never undercount characters
        return;
    }
    if (const std::size_t count = CharacterCount(text); count > kMaxTextCharacters) {
        std::string at;
        if constexpr (std::is_invocable_v<Path>) {
            at = path();
        } else {
            at = path;
        }
        report(at, std::string(noun) + " is " + std::to_string(count) +
                       " characters long; a text may have at most " +
                       std::to_string(kMaxTextCharacters));
    }
}

// Every text of a question, each at most kMaxTextCharacters.
void CheckQuestionLengths(ProblemCollector& out, const Question& q) {
    auto add = [&](const std::string& path, std::string message) { out.Add(path, message); };
    auto each = [&](const std::vector<std::string>& texts, const std::string& field,
                    std::string_view noun) {
        for (std::size_t i = 0; i < texts.size(); ++i) {
            CheckLength(
                texts[i], [&] { return Numbered(field, i); }, noun, add);
        }
    };
    CheckLength(q.prompt, "prompt", "the prompt", add);
    CheckLength(q.explanation, "explanation", "the explanation", add);
    CheckLength(q.topic, "topic", "the topic", add);
    CheckLength(q.back, "back", "the back", add);
    if (q.source) {
        CheckLength(q.source->article, "source.article", "the source article", add);
    }
    each(q.tags, "tags", "a tag");
    each(q.accepted, "accepted", "an accepted answer");
    each(q.items, "items", "an item");
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        auto at = [&](const char* part) {
            return [&, part] { return Numbered("choices", i) + part; };
        };
        CheckLength(q.choices[i].text, at(".text"), "a choice", add);
        CheckLength(q.choices[i].feedback, at(".feedback"), "a choice's feedback", add);
    }
    for (std::size_t i = 0; i < q.pairs.size(); ++i) {
        auto at = [&](const char* part) {
            return [&, part] { return Numbered("pairs", i) + part; };
        };
        CheckLength(q.pairs[i].left, at(".left"), "a pair's left side", add);
        CheckLength(q.pairs[i].right, at(".right"), "a pair's right side", add);
    }
}

// The bank's own texts, each at most kMaxTextCharacters.
void CheckBankLengths(ProblemCollector& out, const Bank& bank) {
    auto add = [&](const std::string& path, std::string message) {
        out.BankLevel(path, "bank: " + message);
    };
    CheckLength(bank.id, "id", "the id", add);
    CheckLength(bank.title, "title", "the title", add);
    CheckLength(bank.description, "description", "the description", add);
    CheckLength(bank.author, "author", "the author", add);
    CheckLength(bank.deck, "deck", "the deck name", add);
    CheckLength(bank.source.title, "source.title", "the source title", add);
    CheckLength(bank.source.publication, "source.publication", "the source publication", add);
    CheckLength(bank.source.date, "source.date", "the source date", add);
    CheckLength(bank.source.url, "source.url", "the source url", add);
    for (std::size_t i = 0; i < bank.topics.size(); ++i) {
        const std::string at = "topics[" + std::to_string(i) + "]";
        CheckLength(bank.topics[i].id, at + ".id", "a topic id", add);
        CheckLength(bank.topics[i].name, at + ".name", "a topic name", add);
        CheckLength(bank.topics[i].description, at + ".description", "a topic description", add);
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
    refuse(!q.answers.empty(), QuestionType::kTyped, "answers");
    refuse(!q.numbers.empty(), QuestionType::kNumerical, "numbers");
    refuse(!q.unit.empty(), QuestionType::kNumerical, "unit");
    refuse(!q.gaps.empty(), QuestionType::kCloze, "gaps");
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
    CheckBankLengths(out, bank);
    std::set<std::string> topic_ids;
    for (const Topic& topic : bank.topics) {
        topic_ids.insert(topic.id);
    }
    // Views into the bank: a copy of every id doubles what a large bank's ids take.
    std::unordered_map<std::string_view, std::size_t> first_use;
    first_use.reserve(bank.questions.size());
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
        if (!q.deck.empty() && !IsDeckPath(q.deck)) {
            out.Add("deck", "deck " + Quoted(q.deck) + " has an empty level");
        }
        if (q.source && q.source->paragraph < -1) {
            out.Add("source.paragraph",
                    "source paragraph " + std::to_string(q.source->paragraph) + " is negative");
        }
        CheckQuestionLengths(out, q);
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

std::vector<QuestionProblem> ValidateQuestion(const Question& question) {
    // A bank that passes its own rules around the one question, so only the question's
    // problems are found; the label and path naming it in a bank are taken off again.
    Bank bank;
    bank.version = Bank::kFormatVersion;
    bank.id = "draft";
    bank.title = "draft";
    bank.questions = {question};
    const std::string label = QuestionLabel(question.id, 0);
    const std::string path = "questions[0].";
    std::vector<QuestionProblem> problems;
    for (BankProblem& problem : FindBankProblems(bank, "")) {
        if (problem.question != 0) {
            continue;
        }
        std::string message = std::move(problem.error.message);
        if (message.starts_with(label)) {
            message.erase(0, label.size());
        }
        std::string field = std::move(problem.path);
        if (field.starts_with(path)) {
            field.erase(0, path.size());
        }
        problems.push_back({std::move(field), std::move(message)});
    }
    return problems;
}

}  // namespace summit::content
