// The search language's tokenizer and recursive-descent parser. Columns are 1-based byte
// offsets into the query, so an error can point at the character that broke it.
#include "storage/search/search_query.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>

#include "content/model/question.h"

namespace summit::storage {

namespace {

// Nested parentheses beyond this are refused, so a hostile query cannot exhaust the stack.
constexpr int kMaxDepth = 64;

enum class TokenKind { kWord, kPhrase, kOpen, kClose, kMinus, kOr, kAnd, kEnd };

struct Token {
    TokenKind kind = TokenKind::kEnd;
    std::string field;  // kWord: the name before ':' (lowercase), empty for a free word
    std::string value;  // kWord: the word or the value after ':'; kPhrase: the phrase
    int column = 1;
    int value_column = 1;  // where the value starts (after "field:")
};

std::unexpected<Error> ParseError(int column, std::string message) {
    return std::unexpected(Error{ErrorCode::kParse, std::move(message), {}, 1, column});
}

std::string Lower(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return lower;
}

bool IsSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class Lexer {
  public:
    explicit Lexer(std::string_view text) : text_(text) {}

    Result<std::vector<Token>> Run() {
        std::vector<Token> tokens;
        while (true) {
            while (pos_ < text_.size() && IsSpace(text_[pos_])) {
                ++pos_;
            }
            Token token;
            token.column = Column();
            if (pos_ == text_.size()) {
                tokens.push_back(token);
                return tokens;
            }
            const char c = text_[pos_];
            if (c == '(' || c == ')') {
                token.kind = c == '(' ? TokenKind::kOpen : TokenKind::kClose;
                ++pos_;
            } else if (c == '-') {
                token.kind = TokenKind::kMinus;
                ++pos_;
            } else if (c == '"') {
                auto phrase = Quoted();
                if (!phrase) {
                    return Fail(phrase.error());
                }
                token.kind = TokenKind::kPhrase;
                token.value = std::move(*phrase);
            } else {
                token.kind = TokenKind::kWord;
                auto word = Word(token);
                if (!word) {
                    return Fail(word.error());
                }
            }
            tokens.push_back(std::move(token));
        }
    }

  private:
    int Column() const { return static_cast<int>(pos_) + 1; }

    // A quoted text starting at pos_; \" and \\ stand for themselves.
    Result<std::string> Quoted() {
        const int open = Column();
        ++pos_;
        std::string value;
        while (pos_ < text_.size()) {
            const char c = text_[pos_++];
            if (c == '"') {
                return value;
            }
            if (c == '\\' && pos_ < text_.size()) {
                value += text_[pos_++];
                continue;
            }
            value += c;
        }
        return ParseError(open, "the quote opened here is never closed");
    }

    // A bare word, "field:value" or field:"quoted value".
    Status Word(Token& token) {
        const std::size_t start = pos_;
        while (pos_ < text_.size() && !IsSpace(text_[pos_]) && text_[pos_] != '(' &&
               text_[pos_] != ')') {
            if (text_[pos_] == ':' && pos_ > start && token.field.empty()) {
                token.field = Lower(text_.substr(start, pos_ - start));
                token.value.clear();  // it held the field name
                ++pos_;
                token.value_column = Column();
                if (pos_ < text_.size() && text_[pos_] == '"') {
                    auto quoted = Quoted();
                    if (!quoted) {
                        return Fail(quoted.error());
                    }
                    token.value = std::move(*quoted);
                    return {};
                }
                continue;
            }
            token.value += text_[pos_++];
        }
        const std::string lower = Lower(token.value);
        if (token.field.empty() && (lower == "or" || lower == "and")) {
            token.kind = lower == "or" ? TokenKind::kOr : TokenKind::kAnd;
        }
        if (token.field.empty()) {
            token.value_column = token.column;
        }
        return {};
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

std::optional<CardIs> ParseIs(std::string_view value) {
    static constexpr std::pair<std::string_view, CardIs> kNames[] = {
        {"due", CardIs::kDue},           {"new", CardIs::kNew},
        {"learning", CardIs::kLearning}, {"learn", CardIs::kLearning},
        {"review", CardIs::kReview},     {"suspended", CardIs::kSuspended},
        {"buried", CardIs::kBuried},
    };
    for (const auto& [name, is] : kNames) {
        if (value == name) {
            return is;
        }
    }
    return std::nullopt;
}

std::optional<PropName> ParseProp(std::string_view name) {
    static constexpr std::pair<std::string_view, PropName> kNames[] = {
        {"ivl", PropName::kInterval}, {"due", PropName::kDue},
        {"reps", PropName::kReps},    {"lapses", PropName::kLapses},
        {"ease", PropName::kEase},    {"difficulty", PropName::kDifficulty},
        {"d", PropName::kDifficulty}, {"stability", PropName::kStability},
        {"s", PropName::kStability},
    };
    for (const auto& [text, prop] : kNames) {
        if (name == text) {
            return prop;
        }
    }
    return std::nullopt;
}

std::optional<double> ParseNumber(std::string_view text) {
    double number = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(number)) {
        return std::nullopt;
    }
    return number;
}

// prop:NAME OP NUMBER, e.g. "ivl>=10".
Status ParsePropValue(const Token& token, SearchTerm& term) {
    const std::string& value = token.value;
    std::size_t name_end = 0;
    while (name_end < value.size() && std::isalpha(static_cast<unsigned char>(value[name_end]))) {
        ++name_end;
    }
    const std::string name = Lower(value.substr(0, name_end));
    auto prop = ParseProp(name);
    if (!prop) {
        return ParseError(token.value_column,
                          "unknown property '" + name +
                              "' (ivl, due, reps, lapses, ease, difficulty, stability)");
    }
    term.prop = *prop;
    static constexpr std::pair<std::string_view, Compare> kOps[] = {
        {"<=", Compare::kLessEqual}, {">=", Compare::kGreaterEqual}, {"!=", Compare::kNotEqual},
        {"<", Compare::kLess},       {">", Compare::kGreater},       {"=", Compare::kEqual},
    };
    const std::string_view rest = std::string_view(value).substr(name_end);
    const int op_column = token.value_column + static_cast<int>(name_end);
    for (const auto& [text, compare] : kOps) {
        if (rest.starts_with(text)) {
            term.compare = compare;
            auto number = ParseNumber(rest.substr(text.size()));
            if (!number) {
                return ParseError(
                    op_column + static_cast<int>(text.size()),
                    "prop:" + name + " needs a number after '" + std::string(text) + "'");
            }
            if (*prop == PropName::kDue && *number != std::floor(*number)) {
                return ParseError(op_column + static_cast<int>(text.size()),
                                  "prop:due counts whole days");
            }
            term.number = *number;
            return {};
        }
    }
    return ParseError(op_column, "prop:" + name + " needs a comparison (<, <=, >, >=, =, !=)");
}

Status ParseFieldValue(const Token& token, SearchTerm& term) {
    if (token.value.empty()) {
        return ParseError(token.value_column, token.field + ": needs a value");
    }
    term.value = token.value;
    if (token.field == "deck") {
        term.field = SearchField::kDeck;
    } else if (token.field == "tag") {
        term.field = SearchField::kTag;
    } else if (token.field == "topic") {
        term.field = SearchField::kTopic;
    } else if (token.field == "id") {
        term.field = SearchField::kId;
    } else if (token.field == "type") {
        term.field = SearchField::kType;
        if (!content::ParseQuestionType(Lower(token.value))) {
            return ParseError(token.value_column, "unknown question type '" + token.value + "'");
        }
        term.value = Lower(token.value);
    } else if (token.field == "is") {
        term.field = SearchField::kIs;
        auto is = ParseIs(Lower(token.value));
        if (!is) {
            return ParseError(
                token.value_column,
                "unknown is:" + token.value + " (due, new, learning, review, suspended, buried)");
        }
        term.is = *is;
    } else if (token.field == "prop") {
        term.field = SearchField::kProp;
        return ParsePropValue(token, term);
    } else if (token.field == "rated") {
        term.field = SearchField::kRated;
        auto days = ParseNumber(token.value);
        if (!days || *days != std::floor(*days) || *days < 1 || *days > kMaxRatedDays) {
            return ParseError(token.value_column, "rated: needs a whole number of days from 1 to " +
                                                      std::to_string(kMaxRatedDays));
        }
        term.number = *days;
    } else {
        return ParseError(token.column, "unknown field '" + token.field +
                                            ":' (put the word in quotes to search for it)");
    }
    return {};
}

class Parser {
  public:
    explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

    Result<std::unique_ptr<SearchNode>> Run() {
        if (Peek().kind == TokenKind::kEnd) {
            return std::make_unique<SearchNode>();
        }
        auto node = Or(0);
        if (!node) {
            return node;
        }
        if (Peek().kind == TokenKind::kClose) {
            return ParseError(Peek().column, "this ')' closes nothing");
        }
        return node;
    }

  private:
    const Token& Peek() const { return tokens_[pos_]; }
    const Token& Next() { return tokens_[pos_++]; }

    static bool StartsTerm(TokenKind kind) {
        return kind == TokenKind::kWord || kind == TokenKind::kPhrase || kind == TokenKind::kOpen ||
               kind == TokenKind::kMinus;
    }

    static std::unique_ptr<SearchNode> Join(SearchNode::Kind kind,
                                            std::vector<std::unique_ptr<SearchNode>> parts) {
        if (parts.size() == 1) {
            return std::move(parts.front());
        }
        auto node = std::make_unique<SearchNode>();
        node->kind = kind;
        node->column = parts.front()->column;
        node->children = std::move(parts);
        return node;
    }

    Result<std::unique_ptr<SearchNode>> Or(int depth) {
        std::vector<std::unique_ptr<SearchNode>> parts;
        while (true) {
            auto part = And(depth);
            if (!part) {
                return part;
            }
            parts.push_back(std::move(*part));
            if (Peek().kind != TokenKind::kOr) {
                return Join(SearchNode::Kind::kOr, std::move(parts));
            }
            const Token& or_token = Next();
            if (!StartsTerm(Peek().kind)) {
                return ParseError(or_token.column, "OR needs a term after it");
            }
        }
    }

    Result<std::unique_ptr<SearchNode>> And(int depth) {
        std::vector<std::unique_ptr<SearchNode>> parts;
        while (true) {
            if (!StartsTerm(Peek().kind)) {
                const Token& token = Peek();
                if (token.kind == TokenKind::kOr || token.kind == TokenKind::kAnd) {
                    return ParseError(token.column,
                                      std::string(token.kind == TokenKind::kOr ? "OR" : "AND") +
                                          " needs a term before it");
                }
                if (token.kind == TokenKind::kClose) {
                    return ParseError(token.column, "'()' holds no search term");
                }
                return ParseError(token.column, "a search term is missing here");
            }
            auto part = Unary(depth);
            if (!part) {
                return part;
            }
            parts.push_back(std::move(*part));
            if (Peek().kind == TokenKind::kAnd) {
                const Token& and_token = Next();
                if (!StartsTerm(Peek().kind)) {
                    return ParseError(and_token.column, "AND needs a term after it");
                }
                continue;
            }
            if (!StartsTerm(Peek().kind)) {
                return Join(SearchNode::Kind::kAnd, std::move(parts));
            }
        }
    }

    Result<std::unique_ptr<SearchNode>> Unary(int depth) {
        const Token& token = Next();
        switch (token.kind) {
            case TokenKind::kMinus: {
                if (!StartsTerm(Peek().kind) || Peek().column != token.column + 1) {
                    return ParseError(token.column, "'-' needs a term right after it");
                }
                auto inner = Unary(depth);
                if (!inner) {
                    return inner;
                }
                auto node = std::make_unique<SearchNode>();
                node->kind = SearchNode::Kind::kNot;
                node->column = token.column;
                node->children.push_back(std::move(*inner));
                return node;
            }
            case TokenKind::kOpen: {
                if (depth + 1 > kMaxDepth) {
                    return ParseError(token.column, "parentheses nest too deeply");
                }
                if (Peek().kind == TokenKind::kClose) {
                    return ParseError(token.column, "'()' holds no search term");
                }
                if (Peek().kind == TokenKind::kEnd) {
                    return ParseError(token.column, "the '(' here is never closed");
                }
                auto inner = Or(depth + 1);
                if (!inner) {
                    return inner;
                }
                if (Peek().kind != TokenKind::kClose) {
                    return ParseError(token.column, "the '(' here is never closed");
                }
                Next();
                (*inner)->column = token.column;
                return inner;
            }
            case TokenKind::kPhrase: {
                auto node = std::make_unique<SearchNode>();
                node->kind = SearchNode::Kind::kTerm;
                node->column = token.column;
                node->term.field = SearchField::kPhrase;
                node->term.value = token.value;
                return node;
            }
            default:
                break;
        }
        auto node = std::make_unique<SearchNode>();
        node->kind = SearchNode::Kind::kTerm;
        node->column = token.column;
        if (token.field.empty()) {
            node->term.field = SearchField::kText;
            node->term.value = token.value;
            return node;
        }
        if (auto parsed = ParseFieldValue(token, node->term); !parsed) {
            return Fail(parsed.error());
        }
        return node;
    }

    std::vector<Token> tokens_;
    std::size_t pos_ = 0;
};

}  // namespace

Result<std::unique_ptr<SearchNode>> ParseSearch(std::string_view query) {
    auto tokens = Lexer(query).Run();
    if (!tokens) {
        return Fail(tokens.error());
    }
    return Parser(std::move(*tokens)).Run();
}

}  // namespace summit::storage
