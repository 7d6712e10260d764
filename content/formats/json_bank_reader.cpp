// Turns a positioned JSON tree into a Bank, reporting mistyped and missing fields where they
// are, then adds the semantic rules (bank_validation) at the positions of their fields.
#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>

#include "content/formats/bank_validation.h"
#include "content/formats/json_bank.h"
#include "content/formats/json_value.h"

namespace summit::content {
namespace {

using json::Value;
using Kind = json::Value::Kind;

constexpr std::string_view kFormatName = "summit-bank";

// Where the reader is: the JSON path of an object and how messages name it.
struct Scope {
    std::string path;      // "questions[2].choices[0]"; empty for the root
    std::string relative;  // the part below the question, for messages: "choices[0]"
    std::string label;     // "question \"x\": " or empty

    std::string PathOf(std::string_view key) const {
        return path.empty() ? std::string(key) : path + "." + std::string(key);
    }
    std::string NameOf(std::string_view key) const {
        return "\"" + (relative.empty() ? std::string(key) : relative + "." + std::string(key)) +
               "\"";
    }
    Scope Item(std::string_view key, std::size_t index) const {
        std::string suffix = std::string(key) + "[" + std::to_string(index) + "]";
        return {PathOf(suffix), relative.empty() ? suffix : relative + "." + suffix, label};
    }
};

struct Problem {
    Error error;
    std::size_t offset = 0;
    std::string path;  // for suppressing a semantic rule about the same field; may be empty
};

class TreeReader {
  public:
    void Report(std::size_t offset, std::string path, std::string message,
                ErrorCode code = ErrorCode::kValidation) {
        problems_.push_back({{code, std::move(message), {}, 0, 0}, offset, std::move(path)});
    }

    // The member `key` of `object` if present and of `kind`; reports a wrong kind.
    const Value* Get(const Value& object, std::string_view key, Kind kind, const Scope& scope,
                     const char* expected = nullptr) {
        const Value* value = object.Find(key);
        if (value == nullptr) {
            return nullptr;
        }
        if (value->kind != kind) {
            Report(value->offset, scope.PathOf(key),
                   scope.label + scope.NameOf(key) + " must be " +
                       (expected ? expected : json::KindName(kind)) + ", not " +
                       json::KindName(value->kind));
            return nullptr;
        }
        return value;
    }

    void String(const Value& object, std::string_view key, std::string& out, const Scope& scope) {
        if (const Value* value = Get(object, key, Kind::kString, scope)) {
            out = value->string;
        }
    }
    void Bool(const Value& object, std::string_view key, bool& out, const Scope& scope) {
        if (const Value* value = Get(object, key, Kind::kBool, scope, "true or false")) {
            out = value->boolean;
        }
    }
    // Reads a whole number in [min, max]; reports anything else.
    bool Int(const Value& object, std::string_view key, int& out, const Scope& scope, int min,
             int max) {
        const Value* value = Get(object, key, Kind::kNumber, scope, "a whole number");
        if (value == nullptr) {
            return false;
        }
        if (!value->is_integer || value->integer < min || value->integer > max) {
            Report(value->offset, scope.PathOf(key),
                   scope.label + scope.NameOf(key) + " must be a whole number from " +
                       std::to_string(min) + " to " + std::to_string(max));
            return false;
        }
        out = static_cast<int>(value->integer);
        return true;
    }
    void Strings(const Value& object, std::string_view key, std::vector<std::string>& out,
                 const Scope& scope) {
        const Value* array = Get(object, key, Kind::kArray, scope);
        if (array == nullptr) {
            return;
        }
        out.clear();
        for (std::size_t i = 0; i < array->items.size(); ++i) {
            const Value& item = array->items[i];
            if (item.kind == Kind::kString) {
                out.push_back(item.string);
            } else {
                Scope at = scope.Item(key, i);
                Report(item.offset, at.path,
                       scope.label + "\"" + at.relative + "\" must be a string, not " +
                           json::KindName(item.kind));
                out.emplace_back();  // keeps indexes aligned with the file
            }
        }
    }
    // Calls read(item, scope) for each object in the array `key`; non-objects are reported
    // and read as default-constructed T so indexes stay aligned with the file.
    template <typename T, typename Read>
    void Objects(const Value& object, std::string_view key, std::vector<T>& out, const Scope& scope,
                 Read&& read) {
        const Value* array = Get(object, key, Kind::kArray, scope);
        if (array == nullptr) {
            return;
        }
        out.clear();
        for (std::size_t i = 0; i < array->items.size(); ++i) {
            const Value& item = array->items[i];
            Scope at = scope.Item(key, i);
            T& element = out.emplace_back();
            if (item.kind == Kind::kObject) {
                read(item, at, element);
            } else {
                Report(item.offset, at.path,
                       scope.label + "\"" + at.relative + "\" must be an object, not " +
                           json::KindName(item.kind));
            }
        }
    }

    // Fills `q` from a question object. Returns false when its type is missing or unknown.
    bool ReadQuestion(const Value& object, const Scope& outer, std::size_t index, Question& q);
    void ReadBank(const Value& root, Bank& bank);
    void ReportDuplicateKeys(const Value& value);

    std::vector<Problem>& problems() { return problems_; }
    const std::vector<std::size_t>& untyped() const { return untyped_; }

  private:
    void ReadTypeFields(const Value& object, const Scope& scope, Question& q);

    std::vector<Problem> problems_;
    std::vector<std::size_t> untyped_;  // indexes of questions without a known type
};

bool TreeReader::ReadQuestion(const Value& object, const Scope& outer, std::size_t index,
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
    String(object, "prompt", q.prompt, scope);
    String(object, "explanation", q.explanation, scope);
    String(object, "topic", q.topic, scope);
    Strings(object, "tags", q.tags, scope);
    Int(object, "difficulty", q.difficulty, scope, 0, 5);
    if (const Value* source = Get(object, "source", Kind::kObject, scope)) {
        SourceRef ref;
        Scope inner{scope.PathOf("source"), "source", scope.label};
        String(*source, "article", ref.article, inner);
        Int(*source, "paragraph", ref.paragraph, inner, 0, 1000000);
        q.source = ref;
    }
    if (typed) {
        ReadTypeFields(object, scope, q);
    }
    return typed;
}

void TreeReader::ReadTypeFields(const Value& object, const Scope& scope, Question& q) {
    switch (q.type) {
        case QuestionType::kFlashcard:
            String(object, "back", q.back, scope);
            Bool(object, "reversible", q.reversible, scope);
            break;
        case QuestionType::kMultipleChoice:
            Objects(object, "choices", q.choices, scope,
                    [&](const Value& item, const Scope& at, Choice& choice) {
                        String(item, "text", choice.text, at);
                        Bool(item, "correct", choice.correct, at);
                        String(item, "feedback", choice.feedback, at);
                    });
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
            break;
        case QuestionType::kCloze:
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

void TreeReader::ReadBank(const Value& root, Bank& bank) {
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

void TreeReader::ReportDuplicateKeys(const Value& value) {
    for (std::size_t i = 0; i < value.members.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (value.members[j].key == value.members[i].key) {
                Report(value.members[i].key_offset, {},
                       "duplicate field \"" + value.members[i].key + "\"");
                break;
            }
        }
        ReportDuplicateKeys(value.members[i].value);
    }
    for (const Value& item : value.items) {
        ReportDuplicateKeys(item);
    }
}

// The offset of the deepest existing value along `path` ("questions[2].choices[0].text").
std::size_t OffsetOfPath(const Value& root, std::string_view path) {
    const Value* node = &root;
    while (!path.empty()) {
        std::size_t dot = path.find('.');
        std::string_view part = path.substr(0, dot);
        path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
        std::size_t bracket = part.find('[');
        const Value* next = node->Find(part.substr(0, bracket));
        if (next == nullptr) {
            break;
        }
        node = next;
        if (bracket != std::string_view::npos) {
            std::size_t index = std::stoul(std::string(part.substr(bracket + 1)));
            if (node->kind != Kind::kArray || index >= node->items.size()) {
                break;
            }
            node = &node->items[index];
        }
    }
    return node->offset;
}

// True when `path` is `covered` or lies inside it.
bool Covers(std::string_view covered, std::string_view path) {
    if (covered.empty() || !path.starts_with(covered)) {
        return false;
    }
    return path.size() == covered.size() || path[covered.size()] == '.' ||
           path[covered.size()] == '[';
}

ErrorList Finish(std::vector<Problem> problems, std::string_view text, std::string_view file_name) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.offset < b.offset; });
    json::LineIndex lines(text);
    ErrorList errors;
    for (Problem& problem : problems) {
        problem.error.file = std::string(file_name);
        lines.Locate(problem.offset, problem.error);
        errors.push_back(std::move(problem.error));
    }
    return errors;
}

}  // namespace

std::expected<Bank, ErrorList> ParseJsonBank(std::string_view text, std::string_view file_name) {
    auto tree = json::ParseTree(text);
    if (!tree) {
        tree.error().file = std::string(file_name);
        return std::unexpected(ErrorList{tree.error()});
    }
    TreeReader reader;
    Bank bank;
    if (tree->kind != Kind::kObject) {
        reader.Report(
            tree->offset, {},
            std::string("a bank file must hold a JSON object, not ") + json::KindName(tree->kind));
        return std::unexpected(Finish(std::move(reader.problems()), text, file_name));
    }
    reader.ReadBank(*tree, bank);
    for (const Problem& problem : reader.problems()) {
        if (problem.error.code == ErrorCode::kUnsupportedVersion) {
            return std::unexpected(Finish({problem}, text, file_name));
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
        bool covered = std::any_of(problems.begin(), problems.begin() + structural,
                                   [&](const Problem& p) { return Covers(p.path, found.path); });
        if (!covered) {
            problems.push_back({std::move(found.error), OffsetOfPath(*tree, found.path), {}});
        }
    }
    if (!problems.empty()) {
        return std::unexpected(Finish(std::move(problems), text, file_name));
    }
    return bank;
}

std::expected<Bank, ErrorList> LoadJsonBankFile(const std::filesystem::path& path) {
    std::string name = path.string();
    std::error_code ec;
    bool exists = std::filesystem::exists(path, ec);
    if (ec) {
        return std::unexpected(
            ErrorList{{ErrorCode::kIo, "cannot access " + name + ": " + ec.message(), name, 0, 0}});
    }
    if (!exists) {
        return std::unexpected(
            ErrorList{{ErrorCode::kNotFound, "no such file: " + name, name, 0, 0}});
    }
    if (std::filesystem::is_directory(path, ec)) {
        return std::unexpected(
            ErrorList{{ErrorCode::kIo, "is a directory, not a bank file: " + name, name, 0, 0}});
    }
    std::ifstream in(path, std::ios::binary);
    std::string text;
    if (in) {
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (!in && !in.eof()) {
        return std::unexpected(
            ErrorList{{ErrorCode::kIo, "cannot read bank file: " + name, name, 0, 0}});
    }
    return ParseJsonBank(text, name);
}

Result<Question> ReadQuestionJson(std::string_view text) {
    auto tree = json::ParseTree(text);
    if (!tree) {
        return Fail(tree.error());
    }
    TreeReader reader;
    Question question;
    if (tree->kind != Kind::kObject) {
        reader.Report(
            tree->offset, {},
            std::string("a question must be a JSON object, not ") + json::KindName(tree->kind));
    } else {
        reader.ReadQuestion(*tree, {}, 0, question);
    }
    if (!reader.problems().empty()) {
        return Fail(Finish(std::move(reader.problems()), text, {}).front());
    }
    return question;
}

}  // namespace summit::content
