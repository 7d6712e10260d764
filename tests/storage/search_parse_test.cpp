// The search language's parser: every construct as a tree, and every error with its column.
#include <gtest/gtest.h>

#include "storage/search/search_query.h"
#include "storage/search/search_sql.h"

namespace summit::storage {
namespace {

// The tree as compact text: AND(...), OR(...), NOT(...), and each term as field=value.
std::string Show(const SearchNode& node) {
    auto children = [&](const char* name) {
        std::string text = std::string(name) + "(";
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            text += (i ? " " : "") + Show(*node.children[i]);
        }
        return text + ")";
    };
    switch (node.kind) {
        case SearchNode::Kind::kAll:
            return "ALL";
        case SearchNode::Kind::kNot:
            return children("NOT");
        case SearchNode::Kind::kAnd:
            return children("AND");
        case SearchNode::Kind::kOr:
            return children("OR");
        case SearchNode::Kind::kTerm:
            break;
    }
    const SearchTerm& term = node.term;
    static const char* const kFields[] = {"text", "phrase", "deck", "tag",   "topic",
                                          "type", "is",     "prop", "rated", "id"};
    std::string text = std::string(kFields[static_cast<int>(term.field)]) + "=" + term.value;
    if (term.field == SearchField::kIs) {
        text += "#" + std::to_string(static_cast<int>(term.is));
    }
    if (term.field == SearchField::kProp) {
        text += "#" + std::to_string(static_cast<int>(term.prop)) + "," +
                std::to_string(static_cast<int>(term.compare)) + "," + std::to_string(term.number);
    }
    if (term.field == SearchField::kRated) {
        text += "#" + std::to_string(static_cast<int>(term.number));
    }
    return text;
}

std::string Parsed(std::string_view query) {
    auto tree = ParseSearch(query);
    if (!tree) {
        return "error: " + tree.error().ToString();
    }
    return Show(**tree);
}

Error ErrorOf(std::string_view query) {
    auto tree = ParseSearch(query);
    EXPECT_FALSE(tree.has_value()) << query;
    return tree ? Error{} : tree.error();
}

TEST(SearchParseTest, EmptyAndBlankQueriesMatchEverything) {
    EXPECT_EQ(Parsed(""), "ALL");
    EXPECT_EQ(Parsed("   \t "), "ALL");
}

TEST(SearchParseTest, FreeWordsAreJoinedByAnd) {
    EXPECT_EQ(Parsed("sun"), "text=sun");
    EXPECT_EQ(Parsed("red  planet"), "AND(text=red text=planet)");
    EXPECT_EQ(Parsed("red AND planet"), "AND(text=red text=planet)");
    EXPECT_EQ(Parsed("red and planet"), "AND(text=red text=planet)");
    EXPECT_EQ(Parsed("well-known"), "text=well-known");
}

TEST(SearchParseTest, QuotedPhrasesKeepSpacesAndEscapes) {
    EXPECT_EQ(Parsed("\"red planet\""), "phrase=red planet");
    EXPECT_EQ(Parsed(R"("say \"hi\"")"), "phrase=say \"hi\"");
    EXPECT_EQ(Parsed("\"a\"b"), "AND(phrase=a text=b)");
}

TEST(SearchParseTest, FieldsTakeBareOrQuotedValues) {
    EXPECT_EQ(Parsed("deck:Solar"), "deck=Solar");
    EXPECT_EQ(Parsed("deck:\"Solar system::Inner\""), "deck=Solar system::Inner");
    EXPECT_EQ(Parsed("DECK:x*"), "deck=x*");
    EXPECT_EQ(Parsed("tag:hard"), "tag=hard");
    EXPECT_EQ(Parsed("topic:facts:planets"), "topic=facts:planets");
    EXPECT_EQ(Parsed("id:\"geo/q 7\""), "id=geo/q 7");
    EXPECT_EQ(Parsed("type:Typed"), "type=typed");
    EXPECT_EQ(Parsed("rated:7"), "rated=7#7");
}

TEST(SearchParseTest, IsTakesEachCardState) {
    EXPECT_EQ(Parsed("is:due"), "is=due#0");
    EXPECT_EQ(Parsed("is:new"), "is=new#1");
    EXPECT_EQ(Parsed("is:learning"), "is=learning#2");
    EXPECT_EQ(Parsed("is:review"), "is=review#3");
    EXPECT_EQ(Parsed("is:SUSPENDED"), "is=SUSPENDED#4");
    EXPECT_EQ(Parsed("is:buried"), "is=buried#5");
}

TEST(SearchParseTest, PropTakesEachComparison) {
    EXPECT_EQ(Parsed("prop:ivl>10"), "prop=ivl>10#0,2,10.000000");
    EXPECT_EQ(Parsed("prop:ivl>=10"), "prop=ivl>=10#0,3,10.000000");
    EXPECT_EQ(Parsed("prop:due<3"), "prop=due<3#1,0,3.000000");
    EXPECT_EQ(Parsed("prop:reps<=2"), "prop=reps<=2#2,1,2.000000");
    EXPECT_EQ(Parsed("prop:lapses=0"), "prop=lapses=0#3,4,0.000000");
    EXPECT_EQ(Parsed("prop:ease!=2.5"), "prop=ease!=2.5#4,5,2.500000");
    EXPECT_EQ(Parsed("prop:d>7.5"), "prop=d>7.5#5,2,7.500000");
    EXPECT_EQ(Parsed("prop:stability>30"), "prop=stability>30#6,2,30.000000");
    EXPECT_EQ(Parsed("prop:due=-1"), "prop=due=-1#1,4,-1.000000");
}

TEST(SearchParseTest, NegationOrAndParentheses) {
    EXPECT_EQ(Parsed("-sun"), "NOT(text=sun)");
    EXPECT_EQ(Parsed("-is:new -\"red planet\""), "AND(NOT(is=new#1) NOT(phrase=red planet))");
    EXPECT_EQ(Parsed("a OR b"), "OR(text=a text=b)");
    EXPECT_EQ(Parsed("a b or c"), "OR(AND(text=a text=b) text=c)");
    EXPECT_EQ(Parsed("a (b OR c)"), "AND(text=a OR(text=b text=c))");
    EXPECT_EQ(Parsed("-(a OR b) c"), "AND(NOT(OR(text=a text=b)) text=c)");
    EXPECT_EQ(Parsed("((a))"), "text=a");
    EXPECT_EQ(Parsed("deck:A (tag:x OR -tag:y)"), "AND(deck=A OR(tag=x NOT(tag=y)))");
}

TEST(SearchParseTest, ErrorsNameTheColumnOfTheProblem) {
    struct Case {
        const char* query;
        int column;
        const char* says;
    };
    const Case cases[] = {
        {"sun \"red", 5, "never closed"},
        {"deck:\"Solar", 6, "never closed"},
        {"(a OR b", 1, "never closed"},
        {"a (", 3, "never closed"},
        {"a )", 3, "closes nothing"},
        {"a () b", 3, "holds no search term"},
        {"OR a", 1, "OR needs a term before it"},
        {"a OR", 3, "OR needs a term after it"},
        {"a AND", 3, "AND needs a term after it"},
        {"a - b", 3, "'-' needs a term"},
        {"a -", 3, "'-' needs a term"},
        {"foo:bar", 1, "unknown field 'foo:'"},
        {"deck:", 6, "deck: needs a value"},
        {"x tag:\"\"", 7, "tag: needs a value"},
        {"is:late", 4, "unknown is:late"},
        {"type:essay", 6, "unknown question type 'essay'"},
        {"prop:age>3", 6, "unknown property 'age'"},
        {"prop:ivl", 9, "needs a comparison"},
        {"prop:ivl>", 10, "needs a number"},
        {"prop:ivl>1x", 10, "needs a number"},
        {"prop:due>1.5", 10, "whole days"},
        {"rated:0", 7, "from 1 to"},
        {"rated:abc", 7, "from 1 to"},
        {"rated:2.5", 7, "from 1 to"},
    };
    for (const Case& c : cases) {
        const Error error = ErrorOf(c.query);
        EXPECT_EQ(error.code, ErrorCode::kParse) << c.query;
        EXPECT_EQ(error.column, c.column) << c.query << ": " << error.message;
        EXPECT_NE(error.message.find(c.says), std::string::npos)
            << c.query << ": " << error.message;
    }
}

TEST(SearchParseTest, DeepNestingIsRefusedNotOverflowed) {
    const std::string deep = std::string(100, '(') + "a" + std::string(100, ')');
    EXPECT_NE(ErrorOf(deep).message.find("nest too deeply"), std::string::npos);
    const std::string fine = std::string(20, '(') + "a" + std::string(20, ')');
    EXPECT_EQ(Parsed(fine), "text=a");
}

// Which searches need the questions joined: card columns (state, deck, intervals) and the
// search index do not; a question's own columns do, but for a topic outside an AND and a type,
// which are IN lists of question ids.
TEST(SearchSqlTest, OnlyQuestionColumnsNeedTheQuestionsJoined) {
    auto reads = [](const char* text) {
        auto tree = ParseSearch(text);
        EXPECT_TRUE(tree.has_value()) << text;
        return CompileSearch(**tree, SearchClock{}).reads_questions;
    };
    for (const char* cards_only :
         {"", "planet", "\"gas giant\"", "deck:Space is:due", "-is:new prop:ivl>10 prop:due<=7",
          "rated:3 OR is:suspended", "topic:moons", "topic:moons OR rated:3", "-topic:moons",
          "type:cloze", "is:due OR type:typed", "-is:new prop:ivl>10 type:typed"}) {
        EXPECT_FALSE(reads(cards_only)) << cards_only;
    }
    for (const char* with_questions :
         {"tag:exam", "deck:Space topic:moons", "id:q1", "type:typed -tag:hard"}) {
        EXPECT_TRUE(reads(with_questions)) << with_questions;
    }
}

}  // namespace
}  // namespace summit::storage
