// The Markdown subset in two steps: lines into blocks (paragraphs and list items), then each
// block's text into styled runs. Delimiters are matched without backtracking: one opens only
// when the same delimiter appears again later in its block, so the parse stays linear.
#include "content/richtext/markdown.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>

#include "content/richtext/sha256.h"

namespace summit::content {
namespace {

constexpr std::string_view kBlank = " \t";

std::string_view Trim(std::string_view line) {
    const auto first = line.find_first_not_of(kBlank);
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = line.find_last_not_of(kBlank);
    return line.substr(first, last - first + 1);
}

bool IsDigit(char c) {
    return c >= '0' && c <= '9';
}

bool IsAsciiPunctuation(char c) {
    return std::ispunct(static_cast<unsigned char>(c)) != 0;
}

// A list marker opening a line: "- " or up to nine digits and ". ".
struct ListMarker {
    Block::Kind kind;
    int number;
    std::size_t length;  // of the marker with its space
};

std::optional<ListMarker> ReadListMarker(std::string_view line) {
    if (line.starts_with("- ")) {
        return ListMarker{Block::Kind::kBullet, 0, 2};
    }
    std::size_t digits = 0;
    while (digits < line.size() && digits < 10 && IsDigit(line[digits])) {
        ++digits;
    }
    if (digits == 0 || digits > 9 || line.substr(digits, 2) != ". ") {
        return std::nullopt;
    }
    return ListMarker{Block::Kind::kNumbered, std::stoi(std::string(line.substr(0, digits))),
                      digits + 2};
}

// Inline tokens of one block.
enum class Token : uint8_t { kText, kBreak, kImage, kBold, kItalic, kSup, kSub };
constexpr int kDelimiterCount = 4;

struct Piece {
    Token token;
    std::string text;  // kText: literal characters; kImage: alt; a delimiter: its spelling
    std::string hash;  // kImage
};

int DelimiterIndex(Token token) {
    return static_cast<int>(token) - static_cast<int>(Token::kBold);
}

uint8_t DelimiterStyle(Token token) {
    constexpr uint8_t kStyles[kDelimiterCount] = {kStyleBold, kStyleItalic, kStyleSuperscript,
                                                  kStyleSubscript};
    return kStyles[DelimiterIndex(token)];
}

// Reads "![alt](media:HASH)" at `at`; on success returns the image and moves `at` past it.
std::optional<Piece> ReadImage(std::string_view text, std::size_t& at) {
    constexpr std::string_view kTarget = "](media:";
    std::string alt;
    std::size_t i = at + 2;
    for (; i < text.size() && text[i] != ']' && text[i] != '\n'; ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && IsAsciiPunctuation(text[i + 1])) {
            ++i;
        }
        alt += text[i];
    }
    if (text.substr(i, kTarget.size()) != kTarget) {
        return std::nullopt;
    }
    const std::string_view hash = text.substr(i + kTarget.size(), 64);
    const std::size_t close = i + kTarget.size() + 64;
    if (!IsMediaHash(hash) || close >= text.size() || text[close] != ')') {
        return std::nullopt;
    }
    at = close + 1;
    return Piece{Token::kImage, std::move(alt), std::string(hash)};
}

std::vector<Piece> Tokenize(std::string_view text) {
    std::vector<Piece> pieces;
    auto literal = [&](std::string_view chars) {
        if (pieces.empty() || pieces.back().token != Token::kText) {
            pieces.push_back({Token::kText, {}, {}});
        }
        pieces.back().text += chars;
    };
    for (std::size_t at = 0; at < text.size();) {
        const char c = text[at];
        if (c == '\\' && at + 1 < text.size() && IsAsciiPunctuation(text[at + 1])) {
            literal(text.substr(at + 1, 1));
            at += 2;
        } else if (c == '\n') {
            pieces.push_back({Token::kBreak, {}, {}});
            ++at;
        } else if (c == '!' && text.substr(at + 1, 1) == "[") {
            if (auto image = ReadImage(text, at)) {
                pieces.push_back(std::move(*image));
            } else {
                literal("!");
                ++at;
            }
        } else if (text.substr(at, 2) == "**") {
            pieces.push_back({Token::kBold, "**", {}});
            at += 2;
        } else if (c == '*' || c == '^' || c == '~') {
            const Token token = c == '*' ? Token::kItalic : c == '^' ? Token::kSup : Token::kSub;
            pieces.push_back({token, std::string(1, c), {}});
            ++at;
        } else {
            const std::size_t end = text.find_first_of("\\\n!*^~", at + 1);
            literal(text.substr(at, end == std::string_view::npos ? end : end - at));
            at = end == std::string_view::npos ? text.size() : end;
        }
    }
    return pieces;
}

void AddText(std::vector<Span>& runs, std::string_view text, uint8_t style) {
    if (text.empty()) {
        return;
    }
    if (!runs.empty() && runs.back().kind == Span::Kind::kText && runs.back().style == style) {
        runs.back().text += text;
        return;
    }
    runs.push_back({Span::Kind::kText, std::string(text), style, {}});
}

std::vector<Span> ParseInline(std::string_view text) {
    const std::vector<Piece> pieces = Tokenize(text);
    std::array<std::size_t, kDelimiterCount> last{};
    std::array<bool, kDelimiterCount> seen{};
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (pieces[i].token >= Token::kBold) {
            last[DelimiterIndex(pieces[i].token)] = i;
            seen[DelimiterIndex(pieces[i].token)] = true;
        }
    }
    std::vector<Span> runs;
    uint8_t style = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const Piece& piece = pieces[i];
        switch (piece.token) {
            case Token::kText:
                AddText(runs, piece.text, style);
                break;
            case Token::kBreak:
                runs.push_back({Span::Kind::kLineBreak, {}, 0, {}});
                break;
            case Token::kImage:
                runs.push_back({Span::Kind::kImage, piece.text, 0, piece.hash});
                break;
            default: {
                const int index = DelimiterIndex(piece.token);
                const uint8_t bit = DelimiterStyle(piece.token);
                if ((style & bit) != 0) {
                    style = static_cast<uint8_t>(style & ~bit);
                } else if (seen[index] && i < last[index]) {
                    style = static_cast<uint8_t>(style | bit);
                } else {
                    AddText(runs, piece.text, style);
                }
            }
        }
    }
    return runs;
}

// Lines into blocks; each block's lines joined with '\n' for the inline step.
struct RawBlock {
    Block::Kind kind;
    int level;
    int number;
    std::string text;
};

std::vector<RawBlock> SplitBlocks(std::string_view text) {
    std::vector<RawBlock> raw;
    bool open = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view line = text.substr(start, end - start);
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        start = end + 1;
        const std::string_view content = Trim(line);
        if (content.empty()) {
            open = false;
            continue;
        }
        const std::size_t indent = line.find_first_not_of(kBlank);
        if (auto marker = ReadListMarker(content)) {
            const int level = std::min(static_cast<int>(indent / 2), kMaxListLevel);
            raw.push_back({marker->kind, level, marker->number,
                           std::string(Trim(content.substr(marker->length)))});
            open = true;
        } else if (open) {
            raw.back().text += '\n';
            raw.back().text += content;
        } else {
            raw.push_back({Block::Kind::kParagraph, 0, 0, std::string(content)});
            open = true;
        }
    }
    return raw;
}

}  // namespace

RichText ParseMarkdown(std::string_view text) {
    RichText rich;
    for (RawBlock& raw : SplitBlocks(text)) {
        rich.blocks.push_back({raw.kind, raw.level, raw.number, ParseInline(raw.text)});
    }
    return rich;
}

// One line with no markup character, no list marker and no blank at either end is one
// paragraph of one plain run: itself. Most imported texts are, and skip the parse.
bool IsPlainMarkdown(std::string_view text) {
    // A loop over the text rather than find_first_of, which searches the set per character.
    const bool markup = std::ranges::any_of(text, [](char c) {
        return c == '\\' || c == '\n' || c == '\r' || c == '!' || c == '*' || c == '^' || c == '~';
    });
    if (markup) {
        return false;
    }
    constexpr std::string_view kMayOpen = " \t-0123456789";
    return text.empty() || (kMayOpen.find(text.front()) == std::string_view::npos &&
                            kBlank.find(text.back()) == std::string_view::npos);
}

std::string MarkdownToPlain(std::string_view text) {
    if (IsPlainMarkdown(text)) {
        return std::string(text);
    }
    const RichText rich = ParseMarkdown(text);
    std::string plain;
    bool previous_list = false;
    for (const Block& block : rich.blocks) {
        const bool list = block.kind != Block::Kind::kParagraph;
        if (!plain.empty()) {
            plain += list && previous_list ? "\n" : "\n\n";
        }
        previous_list = list;
        if (list) {
            plain.append(static_cast<std::size_t>(2 * block.level), ' ');
            plain +=
                block.kind == Block::Kind::kBullet ? "- " : std::to_string(block.number) + ". ";
        }
        uint8_t previous_style = 0;
        for (const Span& run : block.runs) {
            switch (run.kind) {
                case Span::Kind::kText:
                    if ((run.style & kStyleSuperscript) != 0 &&
                        (previous_style & kStyleSuperscript) == 0) {
                        plain += '^';
                    }
                    plain += run.text;
                    break;
                case Span::Kind::kLineBreak:
                    plain += '\n';
                    break;
                case Span::Kind::kImage:
                    plain += run.text.empty() ? "[image]" : "[image: " + run.text + "]";
                    break;
            }
            previous_style = run.kind == Span::Kind::kText ? run.style : 0;
        }
    }
    return plain;
}

namespace {

// One line with no character EscapeMarkdown escapes and no digit opening it: written as it is.
bool NeedsNoEscape(std::string_view plain) {
    const bool escaped = std::ranges::any_of(plain, [](char c) {
        return c == '\\' || c == '*' || c == '^' || c == '~' || c == '[' || c == '\n' || c == '-';
    });
    const std::size_t first = plain.find_first_not_of(kBlank);
    return !escaped && (first == std::string_view::npos || !IsDigit(plain[first]));
}

}  // namespace

std::string EscapeMarkdown(std::string_view plain) {
    if (NeedsNoEscape(plain)) {
        return std::string(plain);
    }
    std::string out;
    out.reserve(plain.size() + plain.size() / 8);
    bool line_start = true;
    for (std::size_t at = 0; at < plain.size(); ++at) {
        const char c = plain[at];
        if (line_start) {
            // "- " and "12. " would open a list item.
            std::size_t digits = 0;
            while (at + digits < plain.size() && IsDigit(plain[at + digits])) {
                ++digits;
            }
            if (c == '-') {
                out += '\\';
            } else if (digits > 0 && plain.substr(at + digits, 1) == ".") {
                out += plain.substr(at, digits);
                out += "\\.";
                at += digits;
                line_start = false;
                continue;
            }
        }
        if (c == '\\' || c == '*' || c == '^' || c == '~' || c == '[') {
            out += '\\';
        }
        out += c;
        line_start = c == '\n' || (line_start && (c == ' ' || c == '\t'));
    }
    return out;
}

std::vector<std::string> MediaHashes(std::string_view text) {
    std::vector<std::string> hashes;
    std::set<std::string> seen;
    for (const Block& block : ParseMarkdown(text).blocks) {
        for (const Span& run : block.runs) {
            if (run.kind == Span::Kind::kImage && seen.insert(run.hash).second) {
                hashes.push_back(run.hash);
            }
        }
    }
    return hashes;
}

}  // namespace summit::content
