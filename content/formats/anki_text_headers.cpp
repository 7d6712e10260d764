// Anki's file headers: keys case-insensitive, values cut like Anki cuts them.
#include "content/formats/anki_text_headers.h"

#include <cctype>
#include <charconv>

#include "content/formats/anki_text.h"
#include "content/formats/delimited.h"

namespace summit::content {
namespace {

bool IsAlnum(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// A single-token value: Anki cuts it at the first non-alphanumeric character after the first.
std::string_view Token(std::string_view value) {
    value = Trim(value);
    std::size_t end = 1;
    while (end < value.size() && IsAlnum(value[end])) {
        ++end;
    }
    return value.substr(0, std::min(end, value.size()));
}

int ColumnNumber(std::string_view value) {
    value = Trim(value);
    int number = 0;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    return error == std::errc() && number > 0 ? number : -1;
}

std::vector<std::string> Words(std::string_view text) {
    std::vector<std::string> words;
    for (std::string& word : SplitList(text, ' ')) {
        words.push_back(std::move(word));
    }
    return words;
}

bool LooksLikeKey(std::string_view key) {
    if (key.empty()) {
        return false;
    }
    for (char c : key) {
        if (!(IsAlnum(c) || c == ' ')) {
            return false;
        }
    }
    return true;
}

class HeaderReader {
  public:
    HeaderReader(std::string_view file, ErrorList& warnings) : file_(file), warnings_(warnings) {}

    // Applies one `#key:value` line; false when `key` is not a header key Anki knows.
    bool Apply(const std::string& key, std::string_view value, int line) {
        if (key == "separator") {
            headers.separator = SeparatorFromName(value);
        } else if (key == "html") {
            headers.html = Lower(Token(value)) == "true";
        } else if (key == "tags") {
            headers.tags = Words(value);
        } else if (key == "columns") {
            headers.columns = std::string(value);
        } else if (key == "notetype") {
            headers.notetype = std::string(Trim(value));
        } else if (key == "deck") {
            headers.deck = std::string(Trim(value));
        } else if (key == "notetype column") {
            SetColumn(headers.notetype_column, value, key, line);
        } else if (key == "deck column") {
            SetColumn(headers.deck_column, value, key, line);
        } else if (key == "tags column") {
            SetColumn(headers.tags_column, value, key, line);
        } else if (key == "guid column") {
            SetColumn(headers.guid_column, value, key, line);
        } else if (key == "match scope" || key == "if matches") {
            Warn("#" + key + ": is ignored: Summit always updates the question with the same id",
                 line);
        } else {
            return false;
        }
        return true;
    }

    void Warn(std::string message, int line) {
        warnings_.push_back(
            Error{ErrorCode::kValidation, std::move(message), std::string(file_), line, 1});
    }

    AnkiHeaders headers;

  private:
    void SetColumn(int& column, std::string_view value, const std::string& key, int line) {
        column = ColumnNumber(value);
        if (column < 0) {
            column = 0;
            Warn("#" + key + ": needs a column number from 1, not \"" + std::string(Trim(value)) +
                     "\"; ignored",
                 line);
        }
    }

    std::string_view file_;
    ErrorList& warnings_;
};

}  // namespace

AnkiHeaders ReadAnkiHeaders(std::string_view text, std::string_view file, ErrorList& warnings) {
    HeaderReader reader(file, warnings);
    std::size_t offset = 0;
    int line = 1;
    while (offset < text.size()) {
        std::size_t end = text.find('\n', offset);
        const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
        std::string_view content = text.substr(offset, next - offset);
        const bool legacy_tags = line == 1 && Lower(content.substr(0, 5)) == "tags:";
        if (!content.starts_with('#') && !legacy_tags) {
            break;
        }
        if (legacy_tags) {
            reader.headers.tags = Words(Trim(content.substr(5)));
        } else if (const std::size_t colon = content.find(':'); colon != std::string_view::npos) {
            const std::string key = Lower(Trim(content.substr(1, colon - 1)));
            std::string_view value = content.substr(colon + 1);
            while (!value.empty() && (value.back() == '\n' || value.back() == '\r')) {
                value.remove_suffix(1);
            }
            // "#key:" starts right after the "#"; "# note: ..." is a comment.
            if (!reader.Apply(key, value, line) && content.size() > 1 && IsAlnum(content[1]) &&
                LooksLikeKey(key)) {
                reader.Warn("unknown header \"#" + key + ":\"; ignored", line);
            }
        }
        offset = next;
        ++line;
    }
    reader.headers.body_offset = offset;
    reader.headers.body_line = line;
    return reader.headers;
}

char SeparatorFromName(std::string_view value) {
    const std::string_view token = Token(value);
    if (token.empty()) {
        // Trim removed a tab or space given literally.
        return value.empty() ? '\0' : value.front();
    }
    static constexpr std::pair<std::string_view, char> kNames[] = {
        {"comma", ','}, {"semicolon", ';'}, {"tab", '\t'},
        {"space", ' '}, {"pipe", '|'},      {"colon", ':'},
    };
    const std::string name = Lower(token);
    for (const auto& [known, separator] : kNames) {
        if (name == known) {
            return separator;
        }
    }
    return token.front();
}

}  // namespace summit::content
