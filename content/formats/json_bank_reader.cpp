// Turns a positioned JSON tree into a Bank, reporting mistyped and missing fields where they
// are, then adds the semantic rules (bank_validation) at the positions of their fields.
#include <algorithm>
#include <limits>

#include "content/formats/bank_file.h"
#include "content/formats/bank_validation.h"
#include "content/formats/json_bank.h"
#include "content/json/fields.h"
#include "content/json/json.h"

namespace summit::content {
namespace {

using json::Problem;
using json::Scope;
using json::Value;
using Kind = json::Value::Kind;

constexpr std::string_view kFormatName = "summit-bank";
constexpr double kLargest = std::numeric_limits<double>::max();

// Reads a bank or a question, on top of the typed field access.
class BankTreeReader : public json::FieldReader {
  public:
    // Fills `q` from a question object. Returns false when its type is missing or unknown.
    bool ReadQuestion(const Value& object, const Scope& outer, std::size_t index, Question& q);
    void ReadBank(const Value& root, Bank& bank);

    const std::vector<std::size_t>& untyped() const { return untyped_; }

  private:
    void ReadTypeFields(const Value& object, const Scope& scope, Question& q);
    void ReadGap(const Value& object, const Scope& scope, GapDetail& gap);
    void Choices(const Value& object, const Scope& scope, std::vector<Choice>& choices);
    void TextAnswers(const Value& object, const Scope& scope, std::vector<TextAnswer>& answers);
    void Numbers(const Value& object, const Scope& scope, std::vector<NumericAnswer>& numbers);

    std::vector<std::size_t> untyped_;  // indexes of questions without a known type
};

bool BankTreeReader::ReadQuestion(const Value& object, const Scope& outer, std::size_t index,
                                  Question& q) {
    Scope scope{outer.path, "", ""};
    String(object, "id", q.id, scope);
    scope.label = QuestionLabel(q.id, index);
    bool typed = false;
    const Value* type = Get(object, "type", Kind::kString, scope);
    if (type == nullptr && object.Find("type") == nullptr) {
        Report(object.offset, scope.PathOf("type"), scope.label + "missing \"type\"");
    } else if (type != nullptr) {
        if (auto parsed = ParseQuestionType(type->string)) {
            q.type = *parsed;
            typed = true;
        } else {
            std::string known;
            for (QuestionType t : kAllQuestionTypes) {
                known += std::string(known.empty() ? "" : ", ") + QuestionTypeName(t);
            }
            Report(type->offset, scope.PathOf("type"),
                   scope.label + "unknown type \"" + type->string + "\" (expected one of " + known +
                       ")");
        }
    }
    String(object, "note", q.note, scope);
    String(object, "prompt", q.prompt, scope);
    String(object, "explanation", q.explanation, scope);
    String(object, "topic", q.topic, scope);
    String(object, "deck", q.deck, scope);
    Strings(object, "tags", q.tags, scope);
    Int(object, "difficulty", q.difficulty, scope, 0, 5);
    if (const Value* source = Get(object, "source", Kind::kObject, scope)) {
        SourceRef ref;
        Scope inner{scope.PathOf("source"), "source", scope.label};
        String(*source, "article", ref.article, inner);
        Int(*source, "paragraph", ref.paragraph, inner, 0, 1000000);
        q.source = ref;
    }
    if (const Value* format = Get(object, "text_format", Kind::kString, scope)) {
        if (format->string == "markdown") {
            q.text_format = TextFormat::kMarkdown;
        } else if (format->string != "plain") {
            Report(format->offset, scope.PathOf("text_format"),
                   scope.label + "unknown text_format \"" + format->string +
                       "\" (expected plain or markdown)");
        }
    }
    if (typed) {
        ReadTypeFields(object, scope, q);
    }
    return typed;
}

void BankTreeReader::ReadTypeFields(const Value& object, const Scope& scope, Question& q) {
    switch (q.type) {
        case QuestionType::kFlashcard:
            String(object, "back", q.back, scope);
            Bool(object, "reversible", q.reversible, scope);
            break;
        case QuestionType::kMultipleChoice:
            Choices(object, scope, q.choices);
            Bool(object, "fixed_order", q.fixed_order, scope);
            break;
        case QuestionType::kTrueFalse:
            if (object.Find("answer") == nullptr) {
                Report(object.offset, scope.PathOf("answer"),
                       scope.label + "missing \"answer\" (true or false)");
            }
            Bool(object, "answer", q.answer, scope);
            break;
        case QuestionType::kTyped:
            Strings(object, "accepted", q.accepted, scope);
            TextAnswers(object, scope, q.answers);
            break;
        case QuestionType::kNumerical:
            Numbers(object, scope, q.numbers);
            String(object, "unit", q.unit, scope);
            break;
        case QuestionType::kCloze:
            Objects(object, "gaps", q.gaps, scope,
                    [&](const Value& item, const Scope& at, GapDetail& gap) {
                        ReadGap(item, at, gap);
                    });
            break;
        case QuestionType::kMatching:
            Objects(object, "pairs", q.pairs, scope,
                    [&](const Value& item, const Scope& at, MatchPair& pair) {
                        String(item, "left", pair.left, at);
                        String(item, "right", pair.right, at);
                    });
            break;
        case QuestionType::kOrdering:
            Strings(object, "items", q.items, scope);
            break;
    }
}

void BankTreeReader::Choices(const Value& object, const Scope& scope,
                             std::vector<Choice>& choices) {
    Objects(object, "choices", choices, scope,
            [&](const Value& item, const Scope& at, Choice& choice) {
                String(item, "text", choice.text, at);
                Bool(item, "correct", choice.correct, at);
                String(item, "feedback", choice.feedback, at);
                if (double credit = 0; Number(item, "credit", credit, at, -1, 1)) {
                    choice.credit = credit;
                }
            });
}

void BankTreeReader::TextAnswers(const Value& object, const Scope& scope,
                                 std::vector<TextAnswer>& answers) {
    Objects(object, "answers", answers, scope,
            [&](const Value& item, const Scope& at, TextAnswer& answer) {
                String(item, "text", answer.text, at);
                Number(item, "credit", answer.credit, at, 0, 1);
                String(item, "feedback", answer.feedback, at);
            });
}

void BankTreeReader::Numbers(const Value& object, const Scope& scope,
                             std::vector<NumericAnswer>& numbers) {
    Objects(object, "numbers", numbers, scope,
            [&](const Value& item, const Scope& at, NumericAnswer& answer) {
                Bool(item, "any_other", answer.any_other, at);
                if (!answer.any_other && item.Find("value") == nullptr) {
                    Report(item.offset, at.PathOf("value"),
                           at.label + "missing " + at.NameOf("value"));
                }
                Number(item, "value", answer.value, at, -kLargest, kLargest);
                Number(item, "tolerance", answer.tolerance, at, 0, kLargest);
                Number(item, "credit", answer.credit, at, 0, 1);
                String(item, "feedback", answer.feedback, at);
            });
}

// A cloze gap's details; its "kind" decides which of answers, choices and numbers is read.
void BankTreeReader::ReadGap(const Value& object, const Scope& scope, GapDetail& gap) {
    if (const Value* kind = Get(object, "kind", Kind::kString, scope)) {
        if (auto parsed = ParseGapKind(kind->string)) {
            gap.kind = *parsed;
        } else {
            Report(kind->offset, scope.PathOf("kind"),
                   scope.label + "unknown gap kind \"" + kind->string +
                       "\" (expected typed, choice, numerical or multi_response)");
        }
    }
    Number(object, "weight", gap.weight, scope, 0, kLargest);
    switch (gap.kind) {
        case GapKind::kTyped:
            Bool(object, "case_sensitive", gap.case_sensitive, scope);
            TextAnswers(object, scope, gap.answers);
            break;
        case GapKind::kChoice:
        case GapKind::kMultiResponse:
            Choices(object, scope, gap.choices);
            break;
        case GapKind::kNumerical:
            Numbers(object, scope, gap.numbers);
            break;
    }
}

void BankTreeReader::ReadBank(const Value& root, Bank& bank) {
    Scope scope;
    const Value* format = Get(root, "format", Kind::kString, scope);
    if (root.Find("format") == nullptr) {
        Report(root.offset, "format", "missing \"format\" (must be \"summit-bank\")");
    } else if (format != nullptr && format->string != kFormatName) {
        Report(format->offset, "format",
               "\"format\" is \"" + format->string + "\", expected \"summit-bank\"");
    }
    if (root.Find("version") == nullptr) {
        Report(root.offset, "version", "missing \"version\"");
    } else if (const Value* version = Get(root, "version", Kind::kNumber, scope, "a number");
               version != nullptr) {
        if (version->is_integer && version->integer > Bank::kFormatVersion) {
            Report(version->offset, "version",
                   "bank format version " + std::to_string(version->integer) +
                       " is newer than this Summit reads (up to " +
                       std::to_string(Bank::kFormatVersion) + ")",
                   ErrorCode::kUnsupportedVersion);
            return;
        }
        Int(root, "version", bank.version, scope, 1, Bank::kFormatVersion);
    }
    String(root, "id", bank.id, scope);
    String(root, "title", bank.title, scope);
    String(root, "description", bank.description, scope);
    String(root, "author", bank.author, scope);
    if (const Value* source = Get(root, "source", Kind::kObject, scope)) {
        Scope inner{"source", "source", ""};
        String(*source, "title", bank.source.title, inner);
        String(*source, "publication", bank.source.publication, inner);
        String(*source, "date", bank.source.date, inner);
        String(*source, "url", bank.source.url, inner);
    }
    String(root, "deck", bank.deck, scope);
    Objects(root, "topics", bank.topics, scope,
            [&](const Value& item, const Scope& at, Topic& topic) {
                String(item, "id", topic.id, at);
                String(item, "name", topic.name, at);
                String(item, "description", topic.description, at);
            });
    std::size_t index = 0;
    Objects(root, "questions", bank.questions, scope,
            [&](const Value& item, const Scope& at, Question& q) {
                index = bank.questions.size() - 1;
                if (!ReadQuestion(item, at, index, q)) {
                    untyped_.push_back(index);
                }
            });
    // Non-object questions were never read; their type is unknown too.
    if (const Value* array = root.Find("questions"); array && array->kind == Kind::kArray) {
        for (std::size_t i = 0; i < array->items.size(); ++i) {
            if (array->items[i].kind != Kind::kObject) {
                untyped_.push_back(i);
            }
        }
    }
}

}  // namespace

std::expected<Bank, ErrorList> ParseJsonBank(std::string_view text, std::string_view file_name) {
    auto tree = json::Parse(text, file_name);
    if (!tree) {
        return std::unexpected(ErrorList{tree.error()});
    }
    BankTreeReader reader;
    Bank bank;
    if (tree->kind != Kind::kObject) {
        reader.Report(
            tree->offset, {},
            std::string("a bank file must hold a JSON object, not ") + json::KindName(tree->kind));
        return std::unexpected(json::Finish(std::move(reader.problems()), text, file_name));
    }
    reader.ReadBank(*tree, bank);
    for (const Problem& problem : reader.problems()) {
        if (problem.error.code == ErrorCode::kUnsupportedVersion) {
            return std::unexpected(json::Finish({problem}, text, file_name));
        }
    }
    reader.ReportDuplicateKeys(*tree);
    std::vector<Problem> problems = std::move(reader.problems());
    std::size_t structural = problems.size();
    for (BankProblem& found : FindBankProblems(bank, file_name)) {
        const auto& untyped = reader.untyped();
        if (found.type_rule &&
            std::find(untyped.begin(), untyped.end(), found.question) != untyped.end()) {
            continue;
        }
        bool covered =
            std::any_of(problems.begin(), problems.begin() + structural,
                        [&](const Problem& p) { return json::Covers(p.path, found.path); });
        if (!covered) {
            problems.push_back({std::move(found.error), json::OffsetOfPath(*tree, found.path), {}});
        }
    }
    if (!problems.empty()) {
        return std::unexpected(json::Finish(std::move(problems), text, file_name));
    }
    return bank;
}

std::expected<Bank, ErrorList> LoadJsonBankFile(const std::filesystem::path& path) {
    auto text = ReadBankFileText(path);
    if (!text) {
        return std::unexpected(std::move(text.error()));
    }
    return ParseJsonBank(*text, path.string());
}

Result<Question> ReadQuestionJson(std::string_view text) {
    auto tree = json::Parse(text);
    if (!tree) {
        return Fail(tree.error());
    }
    BankTreeReader reader;
    Question question;
    if (tree->kind != Kind::kObject) {
        reader.Report(
            tree->offset, {},
            std::string("a question must be a JSON object, not ") + json::KindName(tree->kind));
    } else {
        reader.ReadQuestion(*tree, {}, 0, question);
    }
    if (!reader.problems().empty()) {
        return Fail(json::Finish(std::move(reader.problems()), text, {}).front());
    }
    return question;
}

}  // namespace summit::content
