// The bank and question writers (reading goes through content/json): cereal's JSON archive
// rules over a rapidjson writer into a string, pretty for bank files, compact for stored data.
#include "content/formats/json_bank.h"

#include <cassert>
#include <cstdint>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

// cereal's json.hpp configures rapidjson (internal assertions throw instead of aborting), so
// it comes first, as in json/parse.cpp: both then instantiate rapidjson alike.
#include <cereal/archives/json.hpp>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace summit::content {
namespace {

// A value and the name it is written under.
template <typename T>
struct Named {
    const char* name;
    const T& value;
};

template <typename T>
Named<T> Nvp(const char* name, const T& value) {
    return {name, value};
}

// cereal::JSONOutputArchive's way of writing (an object or array starts at its first value, an
// empty one is written whole when it ends, the root is an object), so the bank files it wrote
// stay byte for byte the same, with rapidjson writing to a string rather than a character at a
// time through an ostream: the pretty writer for files, the compact one (the same tokens
// without whitespace) for the question data an import stores for every question.
class Archive {
  public:
    enum class Layout { kPretty, kCompact };

    explicit Archive(Layout layout) {
        if (layout == Layout::kPretty) {
            writer_.emplace<Pretty>(buffer_).SetIndent(' ', 2);
        } else {
            writer_.emplace<Compact>(buffer_);
        }
        nodes_.push_back(Node::kStartObject);
    }

    // Closes the root object and returns the text.
    std::string Finish() {
        if (nodes_.back() == Node::kInObject) {
            Visit([](auto& writer) { writer.EndObject(); });
        }
        return std::string(buffer_.GetString(), buffer_.GetSize());
    }

    template <typename T>
    void operator()(const Named<T>& named) {
        setNextName(named.name);
        (*this)(named.value);
    }
    void operator()(const std::string& text) {
        writeName();
        Visit([&](auto& writer) {
            writer.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
        });
    }
    void operator()(bool value) {
        writeName();
        Visit([&](auto& writer) { writer.Bool(value); });
    }
    void operator()(int value) {
        writeName();
        Visit([&](auto& writer) { writer.Int(value); });
    }
    void operator()(std::int64_t value) {
        writeName();
        Visit([&](auto& writer) { writer.Int64(value); });
    }
    void operator()(double value) {
        writeName();
        Visit([&](auto& writer) { writer.Double(value); });
    }

    // cereal's names, so the writers below read as they did over cereal's archive.
    void setNextName(const char* name) { next_name_ = name; }
    void startNode() {
        writeName();
        nodes_.push_back(Node::kStartObject);
    }
    void makeArray() { nodes_.back() = Node::kStartArray; }
    void finishNode() {
        Visit([&](auto& writer) {
            switch (nodes_.back()) {
                case Node::kStartArray:
                    writer.StartArray();
                    [[fallthrough]];
                case Node::kInArray:
                    writer.EndArray();
                    break;
                case Node::kStartObject:
                    writer.StartObject();
                    [[fallthrough]];
                case Node::kInObject:
                    writer.EndObject();
                    break;
            }
        });
        nodes_.pop_back();
    }

  private:
    enum class Node { kStartObject, kInObject, kStartArray, kInArray };
    using Pretty =
        rapidjson::PrettyWriter<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                                rapidjson::CrtAllocator, rapidjson::kWriteNanAndInfFlag>;
    using Compact = rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                                      rapidjson::CrtAllocator, rapidjson::kWriteNanAndInfFlag>;

    template <typename Call>
    void Visit(Call&& call) {
        std::visit(
            [&](auto& writer) {
                if constexpr (!std::is_same_v<std::decay_t<decltype(writer)>, std::monostate>) {
                    call(writer);
                }
            },
            writer_);
    }

    // Starts the object or array a value is the first of, then writes the value's name
    // unless it is in an array. Every value here is named or in an array.
    void writeName() {
        Node& node = nodes_.back();
        if (node == Node::kStartArray) {
            Visit([](auto& writer) { writer.StartArray(); });
            node = Node::kInArray;
        } else if (node == Node::kStartObject) {
            Visit([](auto& writer) { writer.StartObject(); });
            node = Node::kInObject;
        }
        if (node == Node::kInArray) {
            return;
        }
        assert(next_name_ != nullptr);
        const char* name = next_name_;
        next_name_ = nullptr;
        Visit([&](auto& writer) { writer.String(name); });
    }

    rapidjson::StringBuffer buffer_;
    std::variant<std::monostate, Pretty, Compact> writer_;
    std::vector<Node> nodes_;
    const char* next_name_ = nullptr;
};

void WriteString(Archive& archive, const char* name, const std::string& value) {
    archive(Nvp(name, value));
}

void WriteIfSet(Archive& archive, const char* name, const std::string& value) {
    if (!value.empty()) {
        WriteString(archive, name, value);
    }
}

void WriteStrings(Archive& archive, const char* name, const std::vector<std::string>& values) {
    archive.setNextName(name);
    archive.startNode();
    archive.makeArray();
    for (const std::string& value : values) {
        archive(value);
    }
    archive.finishNode();
}

// Writes an object member whose body is filled in by `body`.
template <typename Body>
void WriteObject(Archive& archive, const char* name, Body&& body) {
    if (name != nullptr) {
        archive.setNextName(name);
    }
    archive.startNode();
    body();
    archive.finishNode();
}

template <typename T, typename Body>
void WriteArray(Archive& archive, const char* name, const std::vector<T>& values, Body&& body) {
    archive.setNextName(name);
    archive.startNode();
    archive.makeArray();
    for (const T& value : values) {
        WriteObject(archive, nullptr, [&] { body(value); });
    }
    archive.finishNode();
}

void WriteChoices(Archive& archive, const std::vector<Choice>& choices) {
    WriteArray(archive, "choices", choices, [&](const Choice& choice) {
        WriteString(archive, "text", choice.text);
        if (choice.correct) {
            archive(Nvp("correct", true));
        }
        WriteIfSet(archive, "feedback", choice.feedback);
        if (choice.credit) {
            archive(Nvp("credit", *choice.credit));
        }
    });
}

void WriteTextAnswers(Archive& archive, const std::vector<TextAnswer>& answers) {
    WriteArray(archive, "answers", answers, [&](const TextAnswer& answer) {
        WriteString(archive, "text", answer.text);
        archive(Nvp("credit", answer.credit));
        WriteIfSet(archive, "feedback", answer.feedback);
    });
}

void WriteNumbers(Archive& archive, const std::vector<NumericAnswer>& numbers) {
    WriteArray(archive, "numbers", numbers, [&](const NumericAnswer& answer) {
        if (answer.any_other) {
            archive(Nvp("any_other", true));
        } else {
            archive(Nvp("value", answer.value));
            if (answer.tolerance != 0) {
                archive(Nvp("tolerance", answer.tolerance));
            }
        }
        archive(Nvp("credit", answer.credit));
        WriteIfSet(archive, "feedback", answer.feedback);
    });
}

void WriteGap(Archive& archive, const GapDetail& gap) {
    archive(Nvp("kind", std::string(GapKindName(gap.kind))));
    if (gap.weight != 1) {
        archive(Nvp("weight", gap.weight));
    }
    if (gap.case_sensitive) {
        archive(Nvp("case_sensitive", true));
    }
    if (!gap.answers.empty()) {
        WriteTextAnswers(archive, gap.answers);
    }
    if (!gap.choices.empty()) {
        WriteChoices(archive, gap.choices);
    }
    if (!gap.numbers.empty()) {
        WriteNumbers(archive, gap.numbers);
    }
}

void WriteTypeFields(Archive& archive, const Question& q) {
    switch (q.type) {
        case QuestionType::kFlashcard:
            WriteIfSet(archive, "back", q.back);
            if (q.reversible) {
                archive(Nvp("reversible", true));
            }
            break;
        case QuestionType::kMultipleChoice:
            WriteChoices(archive, q.choices);
            if (q.fixed_order) {
                archive(Nvp("fixed_order", true));
            }
            break;
        case QuestionType::kTrueFalse:
            archive(Nvp("answer", q.answer));
            break;
        case QuestionType::kTyped:
            if (!q.accepted.empty() || q.answers.empty()) {
                WriteStrings(archive, "accepted", q.accepted);
            }
            if (!q.answers.empty()) {
                WriteTextAnswers(archive, q.answers);
            }
            break;
        case QuestionType::kNumerical:
            WriteNumbers(archive, q.numbers);
            WriteIfSet(archive, "unit", q.unit);
            break;
        case QuestionType::kCloze:
            // The gaps live in the prompt; only what their markers cannot say is written.
            if (!q.gaps.empty()) {
                WriteArray(archive, "gaps", q.gaps,
                           [&](const GapDetail& gap) { WriteGap(archive, gap); });
            }
            break;
        case QuestionType::kMatching:
            WriteArray(archive, "pairs", q.pairs, [&](const MatchPair& pair) {
                WriteString(archive, "left", pair.left);
                WriteString(archive, "right", pair.right);
            });
            break;
        case QuestionType::kOrdering:
            WriteStrings(archive, "items", q.items);
            break;
    }
}

void WriteQuestionFields(Archive& archive, const Question& q) {
    WriteString(archive, "id", q.id);
    archive(Nvp("type", std::string(QuestionTypeName(q.type))));
    if (q.text_format == TextFormat::kMarkdown) {
        archive(Nvp("text_format", std::string("markdown")));
    }
    WriteIfSet(archive, "note", q.note);
    WriteString(archive, "prompt", q.prompt);
    WriteTypeFields(archive, q);
    WriteIfSet(archive, "explanation", q.explanation);
    WriteIfSet(archive, "topic", q.topic);
    WriteIfSet(archive, "deck", q.deck);
    if (!q.tags.empty()) {
        WriteStrings(archive, "tags", q.tags);
    }
    if (q.difficulty != 0) {
        archive(Nvp("difficulty", q.difficulty));
    }
    if (q.source) {
        WriteObject(archive, "source", [&] {
            WriteIfSet(archive, "article", q.source->article);
            if (q.source->paragraph >= 0) {
                archive(Nvp("paragraph", q.source->paragraph));
            }
        });
    }
}

void WriteBankFields(Archive& archive, const Bank& bank) {
    WriteString(archive, "format", "summit-bank");
    archive(Nvp("version", bank.version));
    WriteString(archive, "id", bank.id);
    WriteString(archive, "title", bank.title);
    WriteIfSet(archive, "description", bank.description);
    WriteIfSet(archive, "author", bank.author);
    const BankSource& source = bank.source;
    if (!source.title.empty() || !source.publication.empty() || !source.date.empty() ||
        !source.url.empty()) {
        WriteObject(archive, "source", [&] {
            WriteIfSet(archive, "title", source.title);
            WriteIfSet(archive, "publication", source.publication);
            WriteIfSet(archive, "date", source.date);
            WriteIfSet(archive, "url", source.url);
        });
    }
    WriteIfSet(archive, "deck", bank.deck);
    if (!bank.topics.empty()) {
        WriteArray(archive, "topics", bank.topics, [&](const Topic& topic) {
            WriteString(archive, "id", topic.id);
            WriteIfSet(archive, "name", topic.name);
            WriteIfSet(archive, "description", topic.description);
        });
    }
    WriteArray(archive, "questions", bank.questions,
               [&](const Question& q) { WriteQuestionFields(archive, q); });
}

// Runs `fill` on a root-object archive and returns the text; a pretty file ends its last line.
template <typename Fill>
std::string WriteDocument(Archive::Layout layout, Fill&& fill) {
    Archive archive(layout);
    fill(archive);
    std::string text = archive.Finish();
    if (layout == Archive::Layout::kPretty) {
        text += '\n';
    }
    return text;
}

}  // namespace

std::string WriteJsonBank(const Bank& bank) {
    return WriteDocument(Archive::Layout::kPretty,
                         [&](Archive& archive) { WriteBankFields(archive, bank); });
}

std::string WriteQuestionJson(const Question& question) {
    return WriteDocument(Archive::Layout::kPretty,
                         [&](Archive& archive) { WriteQuestionFields(archive, question); });
}

std::string WriteCompactQuestionJson(const Question& question) {
    return WriteDocument(Archive::Layout::kCompact,
                         [&](Archive& archive) { WriteQuestionFields(archive, question); });
}

}  // namespace summit::content
