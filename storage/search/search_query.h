// The browser's search language (docs/search.md) as a tree: free words, "exact phrases",
// field terms (deck:, tag:, topic:, type:, is:, prop:, rated:, id:), negation, AND by
// juxtaposition, OR and parentheses. Parsing is pure; search_sql.cpp turns a tree into an SQL
// condition.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "content/model/error.h"

namespace summit::storage {

enum class SearchField {
    kText,    // a free word: any word of the question starting with it
    kPhrase,  // "exact phrase": these words in this order
    kDeck,    // deck:NAME, its subdecks too; * matches any run of characters
    kTag,     // tag:NAME, its child tags (NAME::x) too; * as in deck:
    kTopic,   // topic:ID; * as in deck:
    kType,    // type:flashcard, type:mc_single, ... (content::QuestionTypeName)
    kIs,      // is:due|new|learning|review|suspended|buried
    kProp,    // prop:NAME OP NUMBER
    kRated,   // rated:N, answered in the last N study days (today is 1)
    kId,      // id:BANK/QUESTION, the question whose id is exactly this (how class reports name it)
};

enum class CardIs { kDue, kNew, kLearning, kReview, kSuspended, kBuried };

enum class PropName { kInterval, kDue, kReps, kLapses, kEase, kDifficulty, kStability };

enum class Compare { kLess, kLessEqual, kGreater, kGreaterEqual, kEqual, kNotEqual };

struct SearchTerm {
    SearchField field = SearchField::kText;
    std::string value;  // the word, phrase or name as typed (quotes removed)
    CardIs is = CardIs::kDue;
    PropName prop = PropName::kInterval;
    Compare compare = Compare::kEqual;
    double number = 0;  // prop's number, or rated's days
};

struct SearchNode {
    enum class Kind { kAll, kTerm, kNot, kAnd, kOr };
    Kind kind = Kind::kAll;  // kAll: the empty query, which matches every card
    SearchTerm term;         // kTerm
    std::vector<std::unique_ptr<SearchNode>> children;  // kNot: one; kAnd, kOr: two or more
    int column = 1;  // 1-based column in the query where this node starts
};

// The longest `rated:` look-back, in days.
inline constexpr int kMaxRatedDays = 36500;

// Parses `query`. An empty or all-blank query is kAll. kParse errors carry the 1-based column
// of the problem (Error::column) and a message naming it: an unterminated quote, an
// unbalanced parenthesis, OR or a '-' with nothing to apply to, an unknown field, is: value,
// type or property, a malformed number, an empty field value, rated: outside 1..kMaxRatedDays.
[[nodiscard]] Result<std::unique_ptr<SearchNode>> ParseSearch(std::string_view query);

}  // namespace summit::storage
