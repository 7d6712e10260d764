// RFC 4180 records with positions, delimiter detection and escaped lists inside one cell.
#include "content/formats/delimited.h"

#include <algorithm>
#include <map>

namespace summit::content {
namespace {

bool IsLineBreak(char c) {
    return c == '\n' || c == '\r';
}

// The text up to the end of its first `lines` physical lines; enough to guess a delimiter.
std::string_view Sample(std::string_view text, int lines) {
    std::size_t end = 0;
    for (int i = 0; i < lines && end < text.size(); ++i) {
        std::size_t next = text.find('\n', end);
        end = next == std::string_view::npos ? text.size() : next + 1;
    }
    return text.substr(0, end);
}

// Reads text from a CR, LF or CRLF at `i`, moving to the next line.
class Cursor {
  public:
    Cursor(std::string_view text, int first_line) : text_(text), line_(first_line) {}

    bool AtEnd() const { return i_ >= text_.size(); }
    char Peek() const { return text_[i_]; }
    bool PeekIs(char c) const { return !AtEnd() && text_[i_] == c; }
    bool PeekLineBreak() const { return !AtEnd() && IsLineBreak(text_[i_]); }
    void Advance() { ++i_; }
    void SkipLineBreak() {
        if (text_[i_] == '\r' && i_ + 1 < text_.size() && text_[i_ + 1] == '\n') {
            ++i_;
        }
        ++i_;
        ++line_;
        line_start_ = i_;
    }
    void SkipLine() {
        while (!AtEnd() && !PeekLineBreak()) {
            ++i_;
        }
        if (!AtEnd()) {
            SkipLineBreak();
        }
    }
    // Appends characters up to (not including) the delimiter or a line break.
    void TakeUnquoted(char delimiter, std::string& out) {
        std::size_t start = i_;
        while (i_ < text_.size() && text_[i_] != delimiter && !IsLineBreak(text_[i_])) {
            ++i_;
        }
        out.append(text_.substr(start, i_ - start));
    }
    int line() const { return line_; }
    int column() const { return static_cast<int>(i_ - line_start_) + 1; }

  private:
    std::string_view text_;
    std::size_t i_ = 0;
    int line_;
    std::size_t line_start_ = 0;
};

// Reads the quoted part of a field, the cursor on its opening quote. False when unclosed.
bool TakeQuoted(Cursor& in, std::string& out) {
    in.Advance();
    while (!in.AtEnd()) {
        char c = in.Peek();
        if (c == '"') {
            in.Advance();
            if (!in.PeekIs('"')) {
                return true;
            }
            out += '"';
            in.Advance();
        } else if (IsLineBreak(c)) {
            in.SkipLineBreak();
            out += '\n';
        } else {
            out += c;
            in.Advance();
        }
    }
    return false;
}

}  // namespace

std::string_view StripBom(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    return text;
}

void ForEachRecord(std::string_view text, char delimiter, char comment, int first_line,
                   TextPosition* unclosed_quote, const std::function<void(const Record&)>& visit) {
    Record record;
    Cursor in(text, first_line);
    while (!in.AtEnd()) {
        if (in.PeekLineBreak()) {
            in.SkipLineBreak();
            continue;
        }
        if (comment != '\0' && in.Peek() == comment) {
            in.SkipLine();
            continue;
        }
        record.fields.clear();
        record.line = in.line();
        while (true) {
            Field& field = record.fields.emplace_back();
            field.line = in.line();
            field.column = in.column();
            if (in.PeekIs('"') && !TakeQuoted(in, field.text) && unclosed_quote != nullptr &&
                unclosed_quote->line == 0) {
                *unclosed_quote = {field.line, field.column};
            }
            in.TakeUnquoted(delimiter, field.text);
            if (!in.PeekIs(delimiter)) {
                break;
            }
            in.Advance();
        }
        if (!in.AtEnd()) {
            in.SkipLineBreak();
        }
        visit(record);
    }
}

std::vector<Record> SplitRecords(std::string_view text, char delimiter, char comment,
                                 int first_line, TextPosition* unclosed_quote) {
    std::vector<Record> records;
    ForEachRecord(text, delimiter, comment, first_line, unclosed_quote,
                  [&records](const Record& record) { records.push_back(record); });
    return records;
}

char DetectDelimiter(std::string_view text, std::string_view candidates, char comment,
                     int sample_lines, char fallback) {
    const std::string_view sample = Sample(text, sample_lines);
    char best = fallback;
    int best_lines = 0;
    for (char candidate : candidates) {
        std::map<std::size_t, int> lines_per_count;
        for (const Record& record : SplitRecords(sample, candidate, comment, 1, nullptr)) {
            if (record.fields.size() > 1) {
                ++lines_per_count[record.fields.size()];
            }
        }
        int lines = 0;
        for (const auto& [count, n] : lines_per_count) {
            lines = std::max(lines, n);
        }
        if (lines > best_lines) {
            best = candidate;
            best_lines = lines;
        }
    }
    return best;
}

void AppendField(std::string& out, std::string_view field, char delimiter) {
    if (field.find_first_of(std::string{delimiter, '"', '\n', '\r'}) == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    out += '"';
}

std::vector<std::string> SplitList(std::string_view cell, char separator) {
    std::vector<std::string> items;
    std::string item;
    auto finish = [&] {
        std::string_view trimmed = Trim(item);
        if (!trimmed.empty()) {
            items.emplace_back(trimmed);
        }
        item.clear();
    };
    for (std::size_t i = 0; i < cell.size(); ++i) {
        char c = cell[i];
        if (c == '\\' && i + 1 < cell.size() && (cell[i + 1] == separator || cell[i + 1] == '\\')) {
            item += cell[++i];
        } else if (c == separator) {
            finish();
        } else {
            item += c;
        }
    }
    finish();
    return items;
}

std::string EscapeItem(std::string_view item, std::string_view specials) {
    std::string out;
    for (char c : item) {
        if (c == '\\' || specials.find(c) != std::string_view::npos) {
            out += '\\';
        }
        out += c;
    }
    return out;
}

std::string JoinList(const std::vector<std::string>& items, char separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += separator;
        }
        out += EscapeItem(items[i], std::string_view(&separator, 1));
    }
    return out;
}

std::string_view Trim(std::string_view text) {
    constexpr std::string_view kSpace = " \t\r\n";
    const std::size_t first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

std::string Lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

}  // namespace summit::content
