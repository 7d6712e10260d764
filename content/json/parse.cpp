// The JSON parse behind every reader: rapidjson's SAX reader, with the one set of flags, as
// positioned events (events.h) and into the positioned tree of json.h.
#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstring>
#include <exception>
#include <optional>

// cereal's json.hpp configures rapidjson (internal assertions throw instead of aborting), so
// it comes first, as in formats/json_bank.cpp: both then instantiate rapidjson alike.
#include <cereal/archives/json.hpp>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "content/json/events.h"
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

// Turns rapidjson's SAX events into Events with offsets and the tree's number rules.
// rapidjson does not say where a token starts (it parses strings and numbers on a local copy
// of the stream), so the source keeps its own cursor: each event's token is the next one after
// the previous token, and the text up to it has already been checked by rapidjson.
class EventSource {
  public:
    EventSource(std::string_view text, Events& events) : text_(text), events_(events) {}

    bool Null() {
        events_.Null(NextToken());
        return true;
    }
    bool Bool(bool b) {
        events_.Bool(b, NextToken());
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
        const std::size_t offset = NextToken();
        if (length > kMaxNumberLength) {
            return Refuse(offset,
                          "number longer than " + std::to_string(kMaxNumberLength) + " characters");
        }
        NumberToken value;
        const char* end = s + length;
        if (std::string_view(s, length).find_first_of(".eE") == std::string_view::npos) {
            auto [ptr, ec] = std::from_chars(s, end, value.integer);
            if (ec == std::errc() && ptr == end) {
                value.is_integer = true;
                value.number = static_cast<double>(value.integer);
                events_.Number(value, offset);
                return true;
            }
            value.integer = 0;
        }
        auto [ptr, ec] = std::from_chars(s, end, value.number);
        if (ec == std::errc::result_out_of_range && Underflows(std::string_view(s, length))) {
            // Below the smallest double (1e-400): zero, as rapidjson reads it.
            value.number = s[0] == '-' ? -0.0 : 0.0;
            events_.Number(value, offset);
            return true;
        }
        if (ec != std::errc() || ptr != end) {
            return Refuse(offset, rapidjson::GetParseError_En(rapidjson::kParseErrorNumberTooBig));
        }
        events_.Number(value, offset);
        return true;
    }
    bool String(const char* s, rapidjson::SizeType length, bool) {
        if (HasSurrogate(s, length)) {
            return false;
        }
        events_.String(std::string_view(s, length), NextToken());
        return true;
    }
    bool StartObject() {
        if (!Open()) {
            return false;
        }
        events_.StartObject(NextToken());
        return true;
    }
    bool Key(const char* s, rapidjson::SizeType length, bool) {
        if (HasSurrogate(s, length)) {
            return false;
        }
        events_.Key(std::string_view(s, length), NextToken());
        return true;
    }
    bool EndObject(rapidjson::SizeType) {
        --depth_;
        events_.EndObject(NextToken());
        return true;
    }
    bool StartArray() {
        if (!Open()) {
            return false;
        }
        events_.StartArray(NextToken());
        return true;
    }
    bool EndArray(rapidjson::SizeType) {
        --depth_;
        events_.EndArray(NextToken());
        return true;
    }

    bool too_deep() const { return too_deep_; }
    // A number the source refused: where, and why.
    const std::optional<SyntaxError>& refused() const { return refused_; }
    bool lone_surrogate() const { return lone_surrogate_; }
    void SkipPrefix(std::size_t bytes) { cursor_ = bytes; }

  private:
    // rapidjson validates the raw bytes but decodes a lone "\uDC00".."\uDFFF" escape into
    // invalid UTF-8 (ED B0 80), which the writer would copy out and this reader then reject.
    // In valid UTF-8, ED followed by A0..BF only ever encodes such a surrogate.
    bool HasSurrogate(const char* s, rapidjson::SizeType length) {
        for (const char* at = s; (at = static_cast<const char*>(std::memchr(
                                      at, 0xED, static_cast<std::size_t>(s + length - at)))) &&
                                 at + 1 < s + length;
             ++at) {
            if (static_cast<unsigned char>(at[1]) >= 0xA0) {
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

    bool Open() {
        if (depth_ >= kMaxDepth) {
            too_deep_ = true;
            return false;
        }
        ++depth_;
        return true;
    }

    // Returns the start of the next token and moves the cursor past it.
    std::size_t NextToken() {
        std::size_t at = cursor_;
        while (at < text_.size() && IsSeparator(text_[at])) {
            ++at;
        }
        std::size_t end = at + 1;
        char first = at < text_.size() ? text_[at] : '\0';
        if (first == '"') {
            // A string's end is the first quote after an even run of backslashes.
            end = StringEnd(at + 1);
        } else if (first == 't' || first == 'n') {
            end = at + 4;
        } else if (first == 'f') {
            end = at + 5;
        } else if (first == '-' || (first >= '0' && first <= '9')) {
            while (end < text_.size() && IsNumberCharacter(text_[end])) {
                ++end;
            }
        }
        cursor_ = std::min(end, text_.size());
        return at;
    }
    // The index past the quote that closes the string whose text starts at `from`.
    std::size_t StringEnd(std::size_t from) const {
        while (from < text_.size()) {
            const void* quote = std::memchr(text_.data() + from, '"', text_.size() - from);
            if (quote == nullptr) {
                return text_.size();
            }
            const std::size_t at =
                static_cast<std::size_t>(static_cast<const char*>(quote) - text_.data());
            std::size_t backslashes = 0;
            while (at - backslashes > from && text_[at - backslashes - 1] == '\\') {
                ++backslashes;
            }
            if (backslashes % 2 == 0) {
                return at + 1;
            }
            from = at + 1;
        }
        return text_.size();
    }
    static bool IsSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ':';
    }
    static bool IsNumberCharacter(char c) {
        return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E';
    }

    std::string_view text_;
    Events& events_;
    std::size_t cursor_ = 0;
    int depth_ = 0;
    bool too_deep_ = false;
    bool lone_surrogate_ = false;
    std::optional<SyntaxError> refused_;
};

// Builds the positioned Value tree of json.h from the events.
class TreeBuilder final : public Events {
  public:
    void Null(std::size_t offset) override { Add(offset).kind = Value::Kind::kNull; }
    void Bool(bool b, std::size_t offset) override {
        Value& value = Add(offset);
        value.kind = Value::Kind::kBool;
        value.boolean = b;
    }
    void Number(const NumberToken& token, std::size_t offset) override {
        Value& value = Add(offset);
        value.kind = Value::Kind::kNumber;
        value.number = token.number;
        value.is_integer = token.is_integer;
        value.integer = token.integer;
    }
    void String(std::string_view s, std::size_t offset) override {
        Value& value = Add(offset);
        value.kind = Value::Kind::kString;
        value.string.assign(s);
    }
    void Key(std::string_view key, std::size_t offset) override {
        stack_.back()->members.push_back(Member{std::string(key), offset, {}});
    }
    void StartObject(std::size_t offset) override { Open(Value::Kind::kObject, offset); }
    void EndObject(std::size_t) override { stack_.pop_back(); }
    void StartArray(std::size_t offset) override { Open(Value::Kind::kArray, offset); }
    void EndArray(std::size_t) override { stack_.pop_back(); }

    Value TakeRoot() { return std::move(root_); }

  private:
    // The slot for the next value: the root, the next array item or the last object key's.
    Value& Add(std::size_t offset) {
        Value* slot = &root_;
        if (!stack_.empty()) {
            Value& parent = *stack_.back();
            if (parent.kind == Value::Kind::kArray) {
                slot = &parent.items.emplace_back();
            } else {
                slot = &parent.members.back().value;
            }
        }
        slot->offset = offset;
        return *slot;
    }
    void Open(Value::Kind kind, std::size_t offset) {
        Value& value = Add(offset);
        value.kind = kind;
        stack_.push_back(&value);
    }

    Value root_;
    std::vector<Value*> stack_;  // open containers; parents are not resized while open
};

}  // namespace

std::expected<void, SyntaxError> ParseEvents(std::string_view text, Events& events) {
    // rapidjson reads up to a NUL terminator, so work on a terminated copy. Its UTF-8 check
    // (rapidjson 1.1) reads a multi-byte sequence's continuation bytes past that terminator
    // when the text ends inside the sequence, so three more NULs keep it in the buffer.
    std::string buffer(text);
    buffer.append(kParsePadding, '\0');
    return ParseEventsPadded(std::string_view(buffer.data(), text.size()), events);
}

std::expected<void, SyntaxError> ParseEventsPadded(std::string_view text, Events& events) {
    assert(std::string_view(text.data() + text.size(), kParsePadding) ==
           std::string_view("\0\0\0\0", kParsePadding));
    std::size_t skip = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    rapidjson::StringStream stream(text.data());
    stream.src_ += skip;  // Tell() still counts from the text's start
    EventSource source(text, events);
    source.SkipPrefix(skip);
    rapidjson::Reader reader;
    // Iterative: no recursion per nesting level. Numbers as strings: the source converts them
    // (see RawNumber). Never kParseFullPrecisionFlag: its slow path crashes on long numbers.
    constexpr unsigned kFlags = rapidjson::kParseIterativeFlag |
                                rapidjson::kParseValidateEncodingFlag |
                                rapidjson::kParseNumbersAsStringsFlag;
    rapidjson::ParseResult result;
    try {
        result = reader.Parse<kFlags>(stream, source);
    } catch (const std::exception& e) {
        const std::size_t offset = std::min(stream.Tell(), text.size());
        return std::unexpected(
            SyntaxError{offset, std::string("JSON parser failure: ") + e.what(), e.what()});
    }
    // A raw NUL ends rapidjson's input early; JSON text may not contain one anyway.
    const std::size_t nul = text.find('\0');
    if (!result.IsError() && nul == std::string::npos) {
        return {};
    }
    std::size_t offset = result.IsError() ? result.Offset() : nul;
    std::string reason;
    if (offset >= nul) {
        offset = nul;
        reason = "NUL character in the text";
    } else if (source.too_deep()) {
        std::string message = "JSON nested more than " + std::to_string(kMaxDepth) + " levels deep";
        return std::unexpected(SyntaxError{offset, message, message});
    } else if (source.refused()) {
        return std::unexpected(*source.refused());
    } else if (source.lone_surrogate()) {
        reason = "\\u escape of a lone UTF-16 surrogate in a string";
    } else if (offset < text.size() && static_cast<unsigned char>(text[offset]) < 0x20) {
        // rapidjson calls this an invalid escape; authors mostly forgot a closing quote.
        reason = "line break or control character inside a string";
    } else {
        reason = rapidjson::GetParseError_En(result.Code());
    }
    return std::unexpected(SyntaxError{offset, "malformed JSON: " + reason, reason});
}

std::expected<Value, SyntaxError> ParseText(std::string_view text) {
    TreeBuilder source;
    if (auto parsed = ParseEvents(text, source); !parsed) {
        return std::unexpected(std::move(parsed.error()));
    }
    return source.TakeRoot();
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
