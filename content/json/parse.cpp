// The JSON parse behind every reader: rapidjson's SAX reader, with the one set of flags, into
// the positioned tree of json.h.
#include <algorithm>
#include <charconv>
#include <exception>
#include <optional>

// cereal's json.hpp configures rapidjson (internal assertions throw instead of aborting), so
// it comes first, as in formats/json_bank.cpp: both then instantiate rapidjson alike.
#include <cereal/archives/json.hpp>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "content/json/json.h"

namespace summit::content::json {
namespace {

// Whether a number token that no double can hold is too small (rather than too big): the
// decimal exponent of its first nonzero digit is negative.
bool Underflows(std::string_view token) {
    const std::size_t e = std::min(token.find_first_of("eE"), token.size());
    long long exponent = 0;
    if (e < token.size()) {
        std::string_view text = token.substr(e + 1);
        if (text.starts_with('+')) {
            text.remove_prefix(1);
        }
        auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), exponent);
        if (ec != std::errc()) {
            return text.starts_with('-');
        }
    }
    const std::string_view mantissa = token.substr(0, e);
    const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
    const std::size_t first = mantissa.find_first_of("123456789");
    if (first == std::string_view::npos) {
        return true;
    }
    const long long position = first < point ? static_cast<long long>(point - first - 1)
                                             : -static_cast<long long>(first - point);
    return position + exponent < 0;
}

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
    // Never called with kParseNumbersAsStringsFlag; the reader's template needs them.
    bool Int(int) { return false; }
    bool Uint(unsigned) { return false; }
    bool Int64(int64_t) { return false; }
    bool Uint64(uint64_t) { return false; }
    bool Double(double) { return false; }
    // Numbers arrive as their text (kParseNumbersAsStringsFlag): rapidjson has checked the
    // syntax, and std::from_chars reads the nearest double, so a double written by the writer
    // reads back exactly without rapidjson's full-precision path (which crashes on numbers
    // with hundreds of digits).
    bool RawNumber(const char* s, rapidjson::SizeType length, bool) {
        Value& value = Add();
        value.kind = Value::Kind::kNumber;
        if (length > kMaxNumberLength) {
            return Refuse(value.offset,
                          "number longer than " + std::to_string(kMaxNumberLength) + " characters");
        }
        const char* end = s + length;
        if (std::string_view(s, length).find_first_of(".eE") == std::string_view::npos) {
            auto [ptr, ec] = std::from_chars(s, end, value.integer);
            if (ec == std::errc() && ptr == end) {
                value.is_integer = true;
                value.number = static_cast<double>(value.integer);
                return true;
            }
            value.integer = 0;
        }
        auto [ptr, ec] = std::from_chars(s, end, value.number);
        if (ec == std::errc::result_out_of_range && Underflows(std::string_view(s, length))) {
            // Below the smallest double (1e-400): zero, as rapidjson reads it.
            value.number = s[0] == '-' ? -0.0 : 0.0;
            return true;
        }
        if (ec != std::errc() || ptr != end) {
            return Refuse(value.offset,
                          rapidjson::GetParseError_En(rapidjson::kParseErrorNumberTooBig));
        }
        return true;
    }
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
    // A number the builder refused: where, and why.
    const std::optional<SyntaxError>& refused() const { return refused_; }
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

    bool Refuse(std::size_t offset, std::string reason) {
        refused_ = SyntaxError{offset, "malformed JSON: " + reason, reason};
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
    std::optional<SyntaxError> refused_;
};

}  // namespace

std::expected<Value, SyntaxError> ParseText(std::string_view text) {
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
    // Iterative: no recursion per nesting level. Numbers as strings: the builder converts them
    // (see RawNumber). Never kParseFullPrecisionFlag: its slow path crashes on long numbers.
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag |
                                rapidjson::kParseValidateEncodingFlag |
                                rapidjson::kParseNumbersAsStringsFlag;
    rapidjson::ParseResult result;
    try {
        result = reader.Parse<kFlags>(stream, builder);
    } catch (const std::exception& e) {
        const std::size_t offset = std::min(stream.Tell(), text.size());
        return std::unexpected(
            SyntaxError{offset, std::string("JSON parser failure: ") + e.what(), e.what()});
    }
    // A raw NUL ends rapidjson's input early; JSON text may not contain one anyway.
    const std::size_t nul = text.find('\0');
    if (!result.IsError() && nul == std::string::npos) {
        return builder.TakeRoot();
    }
    std::size_t offset = result.IsError() ? result.Offset() : nul;
    std::string reason;
    if (offset >= nul) {
        offset = nul;
        reason = "NUL character in the text";
    } else if (builder.too_deep()) {
        std::string message = "JSON nested more than " + std::to_string(kMaxDepth) + " levels deep";
        return std::unexpected(SyntaxError{offset, message, message});
    } else if (builder.refused()) {
        return std::unexpected(*builder.refused());
    } else if (builder.lone_surrogate()) {
        reason = "\\u escape of a lone UTF-16 surrogate in a string";
    } else if (offset < text.size() && static_cast<unsigned char>(text[offset]) < 0x20) {
        // rapidjson calls this an invalid escape; authors mostly forgot a closing quote.
        reason = "line break or control character inside a string";
    } else {
        reason = rapidjson::GetParseError_En(result.Code());
    }
    return std::unexpected(SyntaxError{offset, "malformed JSON: " + reason, reason});
}

Result<Value> Parse(std::string_view text, std::string_view source_name) {
    auto parsed = ParseText(text);
    if (!parsed) {
        Error error{ErrorCode::kParse, std::move(parsed.error().message), std::string(source_name),
                    0, 0};
        LineIndex(text).Locate(parsed.error().offset, error);
        return Fail(std::move(error));
    }
    return std::move(*parsed);
}

}  // namespace summit::content::json
