// The only file that includes cereal and rapidjson (they compile slowly): the positioned
// JSON parse behind the bank reader, and the bank and question writers.
#include "content/formats/json_bank.h"

#include <algorithm>
#include <exception>
#include <sstream>

// cereal's json.hpp configures rapidjson (asserts throw), so it comes first.
#include <cereal/archives/json.hpp>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "content/formats/json_value.h"

namespace summit::content {
namespace json {
namespace {

// Deeper documents are refused: no bank needs them, and it bounds recursion on bad input.
constexpr int kMaxDepth = 64;

// Builds a Value tree from rapidjson's SAX events. rapidjson does not say where a token
// starts (it parses strings and numbers on a local copy of the stream), so the builder keeps
// its own cursor: each event's token is the next one after the previous token, and the text
// up to it has already been checked by rapidjson.
class TreeBuilder {
  public:
    explicit TreeBuilder(std::string_view text) : text_(text) {}

    bool Null() { return Add(Value::Kind::kNull); }
    bool Bool(bool b) {
        Value& value = Add();
        value.kind = Value::Kind::kBool;
        value.boolean = b;
        return true;
    }
    bool Int(int i) { return Integer(i); }
    bool Uint(unsigned u) { return Integer(u); }
    bool Int64(int64_t i) { return Integer(i); }
    bool Uint64(uint64_t u) {
        if (u > static_cast<uint64_t>(INT64_MAX)) {
            return Double(static_cast<double>(u));
        }
        return Integer(static_cast<int64_t>(u));
    }
    bool Double(double d) {
        Value& value = Add();
        value.kind = Value::Kind::kNumber;
        value.number = d;
        return true;
    }
    bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }
    bool String(const char* s, rapidjson::SizeType length, bool) {
        if (HasSurrogate(s, length)) {
            return false;
        }
        Value& value = Add();
        value.kind = Value::Kind::kString;
        value.string.assign(s, length);
        return true;
    }
    bool StartObject() { return Open(Value::Kind::kObject); }
    bool Key(const char* s, rapidjson::SizeType length, bool) {
        if (HasSurrogate(s, length)) {
            return false;
        }
        Value& object = *stack_.back();
        object.members.push_back(Member{std::string(s, length), NextToken(), {}});
        return true;
    }
    bool EndObject(rapidjson::SizeType) { return Close(); }
    bool StartArray() { return Open(Value::Kind::kArray); }
    bool EndArray(rapidjson::SizeType) { return Close(); }

    Value TakeRoot() { return std::move(root_); }
    bool too_deep() const { return too_deep_; }
    bool lone_surrogate() const { return lone_surrogate_; }
    void SkipPrefix(std::size_t bytes) { cursor_ = bytes; }

  private:
    // rapidjson validates the raw bytes but decodes a lone "\uDC00".."\uDFFF" escape into
    // invalid UTF-8 (ED B0 80), which the writer would copy out and this reader then reject.
    // In valid UTF-8, ED followed by A0..BF only ever encodes such a surrogate.
    bool HasSurrogate(const char* s, rapidjson::SizeType length) {
        for (rapidjson::SizeType i = 0; i + 1 < length; ++i) {
            if (static_cast<unsigned char>(s[i]) == 0xED &&
                static_cast<unsigned char>(s[i + 1]) >= 0xA0) {
                lone_surrogate_ = true;
                return true;
            }
        }
        return false;
    }

    // Returns the start of the next token and moves the cursor past it.
    std::size_t NextToken() {
        std::size_t at = cursor_;
        while (at < text_.size() &&
               std::string_view(" \t\r\n,:").find(text_[at]) != std::string_view::npos) {
            ++at;
        }
        std::size_t end = at + 1;
        char first = at < text_.size() ? text_[at] : '\0';
        if (first == '"') {
            while (end < text_.size() && text_[end] != '"') {
                end += text_[end] == '\\' ? 2 : 1;
            }
            ++end;
        } else if (first == 't' || first == 'n') {
            end = at + 4;
        } else if (first == 'f') {
            end = at + 5;
        } else if (first == '-' || (first >= '0' && first <= '9')) {
            while (end < text_.size() &&
                   std::string_view("0123456789+-.eE").find(text_[end]) != std::string_view::npos) {
                ++end;
            }
        }
        cursor_ = std::min(end, text_.size());
        return at;
    }

    // The slot for the next value: the root, the next array item or the last object key's.
    Value& Add() {
        std::size_t start = NextToken();
        Value* slot = &root_;
        if (!stack_.empty()) {
            Value& parent = *stack_.back();
            if (parent.kind == Value::Kind::kArray) {
                slot = &parent.items.emplace_back();
            } else {
                slot = &parent.members.back().value;
            }
        }
        slot->offset = start;
        return *slot;
    }
    bool Add(Value::Kind kind) {
        Add().kind = kind;
        return true;
    }
    bool Integer(int64_t i) {
        Value& value = Add();
        value.kind = Value::Kind::kNumber;
        value.is_integer = true;
        value.integer = i;
        value.number = static_cast<double>(i);
        return true;
    }
    bool Open(Value::Kind kind) {
        if (static_cast<int>(stack_.size()) >= kMaxDepth) {
            too_deep_ = true;
            return false;
        }
        Value& value = Add();
        value.kind = kind;
        stack_.push_back(&value);
        return true;
    }
    bool Close() {
        NextToken();
        stack_.pop_back();
        return true;
    }

    std::string_view text_;
    std::size_t cursor_ = 0;
    Value root_;
    std::vector<Value*> stack_;  // open containers; parents are not resized while open
    bool too_deep_ = false;
    bool lone_surrogate_ = false;
};

}  // namespace

Result<Value> ParseTree(std::string_view text) {
    // rapidjson reads up to a NUL terminator, so work on a terminated copy. Its UTF-8 check
    // (rapidjson 1.1) reads a multi-byte sequence's continuation bytes past that terminator
    // when the text ends inside the sequence, so three more NULs keep it in the buffer.
    std::string buffer(text);
    buffer.append(4, '\0');
    std::size_t skip = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    rapidjson::StringStream stream(buffer.c_str());
    stream.src_ += skip;  // Tell() still counts from the text's start
    TreeBuilder builder(text);
    builder.SkipPrefix(skip);
    rapidjson::Reader reader;
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag |
                                rapidjson::kParseValidateEncodingFlag |
                                rapidjson::kParseFullPrecisionFlag;
    rapidjson::ParseResult result;
    try {
        result = reader.Parse<kFlags>(stream, builder);
    } catch (const std::exception& e) {
        return Fail(ErrorCode::kParse, std::string("JSON parser failure: ") + e.what());
    }
    // A raw NUL ends rapidjson's input early; JSON text may not contain one anyway.
    std::size_t nul = text.find('\0');
    if (result.IsError() || nul != std::string::npos) {
        std::size_t offset = result.IsError() ? result.Offset() : nul;
        std::string message;
        if (offset >= nul) {
            offset = nul;
            message = "malformed JSON: NUL character in the text";
        } else if (builder.too_deep()) {
            message = "JSON nested more than " + std::to_string(kMaxDepth) + " levels deep";
        } else if (builder.lone_surrogate()) {
            message = "malformed JSON: \\u escape of a lone UTF-16 surrogate in a string";
        } else if (offset < text.size() && static_cast<unsigned char>(text[offset]) < 0x20) {
            // rapidjson calls this an invalid escape; authors mostly forgot a closing quote.
            message = "malformed JSON: line break or control character inside a string";
        } else {
            message = std::string("malformed JSON: ") + rapidjson::GetParseError_En(result.Code());
        }
        Error error{ErrorCode::kParse, message, {}, 0, 0};
        LineIndex(text).Locate(offset, error);
        return Fail(std::move(error));
    }
    return builder.TakeRoot();
}

}  // namespace json

namespace {

using Archive = cereal::JSONOutputArchive;

void WriteString(Archive& archive, const char* name, const std::string& value) {
    archive(cereal::make_nvp(name, value));
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

void WriteTypeFields(Archive& archive, const Question& q) {
    switch (q.type) {
        case QuestionType::kFlashcard:
            WriteIfSet(archive, "back", q.back);
            if (q.reversible) {
                archive(cereal::make_nvp("reversible", true));
            }
            break;
        case QuestionType::kMultipleChoice:
            WriteArray(archive, "choices", q.choices, [&](const Choice& choice) {
                WriteString(archive, "text", choice.text);
                if (choice.correct) {
                    archive(cereal::make_nvp("correct", true));
                }
                WriteIfSet(archive, "feedback", choice.feedback);
            });
            break;
        case QuestionType::kTrueFalse:
            archive(cereal::make_nvp("answer", q.answer));
            break;
        case QuestionType::kTyped:
            WriteStrings(archive, "accepted", q.accepted);
            break;
        case QuestionType::kCloze:
            break;  // the gaps live in the prompt
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
    archive(cereal::make_nvp("type", std::string(QuestionTypeName(q.type))));
    WriteString(archive, "prompt", q.prompt);
    WriteTypeFields(archive, q);
    WriteIfSet(archive, "explanation", q.explanation);
    WriteIfSet(archive, "topic", q.topic);
    if (!q.tags.empty()) {
        WriteStrings(archive, "tags", q.tags);
    }
    if (q.difficulty != 0) {
        archive(cereal::make_nvp("difficulty", q.difficulty));
    }
    if (q.source) {
        WriteObject(archive, "source", [&] {
            WriteIfSet(archive, "article", q.source->article);
            if (q.source->paragraph >= 0) {
                archive(cereal::make_nvp("paragraph", q.source->paragraph));
            }
        });
    }
}

void WriteBankFields(Archive& archive, const Bank& bank) {
    WriteString(archive, "format", "summit-bank");
    archive(cereal::make_nvp("version", bank.version));
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

// Runs `fill` on a root-object archive and returns the text. The archive closes the root
// object when it is destroyed, so it lives in an inner scope.
template <typename Fill>
std::string WriteDocument(Fill&& fill) {
    std::ostringstream out;
    {
        Archive archive(out, Archive::Options(324, Archive::Options::IndentChar::space, 2));
        fill(archive);
    }
    out << '\n';
    return out.str();
}

}  // namespace

std::string WriteJsonBank(const Bank& bank) {
    return WriteDocument([&](Archive& archive) { WriteBankFields(archive, bank); });
}

std::string WriteQuestionJson(const Question& question) {
    return WriteDocument([&](Archive& archive) { WriteQuestionFields(archive, question); });
}

}  // namespace summit::content
