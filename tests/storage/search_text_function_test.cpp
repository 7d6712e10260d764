// The import's C++ search text equals what the frozen json_tree expression derives from the
// same data, byte for byte: the contentless index deletes a question by re-deriving its text
// with the expression, so any difference would leave stale terms behind.
#include "storage/search_text_function.h"

#include "storage/migrations/search_text.h"
#include "storage/testing.h"
#include "test_support.h"

namespace summit::storage::test {
namespace {

class SearchTextFunctionTest : public CollectionTest {
  protected:
    Db& Connection() { return CollectionTestPeer::Connection(collection_); }

    // The frozen expression over `data`.
    std::string Expression(const std::string& data) {
        auto stmt = Must(Statement::Prepare(
            Connection(), "WITH q(data) AS (VALUES (?)) SELECT " + SearchTextOf("q") + " FROM q"));
        stmt.Bind(1, data);
        EXPECT_TRUE(Must(stmt.Step()));
        return stmt.Text(0);
    }
};

TEST_F(SearchTextFunctionTest, EqualsTheExpressionOnEveryShapeOfData) {
    const std::vector<std::string> cases = {
        R"({"id":"i","type":"multiple_choice","prompt":"Which?","choices":[{"text":"b",)"
        R"("feedback":"","correct":true},{"text":"c"}],"tags":["x","y"],"topic":"t:u",)"
        R"("source":{"article":"a","paragraph":1,"url":"u"},"text_format":"markdown"})",
        // Nested deeper, keys skipped at every level, and root members that LIKE matches.
        R"({"Tags":{"n":"hidden"},"TAGSX":["hidden"],"sourcey":{"a":"hidden"},)"
        R"("tags":"shown at the root","source":"also shown","x":[["deep",{"id":"no",)"
        R"("url":"no","k":"yes","type":"no"}]],"tag":["shown"],"sourc":{"a":"shown"}})",
        R"({"p":"quote \" backslash \\ newline \n tab \t slash / return \r"})",
        R"({"p":"café 😀 ünïcode"})",
        R"({"empty":"","b":"x","c":"","d":[""]})",
        R"({"a":""})",
        R"({})",
        R"({"n":1,"b":true,"z":null,"r":2.5,"s":"only"})",
        R"({"items":["first","second"],"pairs":[{"left":"l","right":"r"}]})",
    };
    for (const std::string& data : cases) {
        auto native = NativeSearchText(data);
        ASSERT_TRUE(native.has_value()) << data;
        EXPECT_EQ(*native, Expression(data)) << data;
    }
}

TEST_F(SearchTextFunctionTest, LeavesUnicodeEscapesAndOtherRootsToTheExpression) {
    EXPECT_FALSE(NativeSearchText(R"({"p":"\u00e9"})"));
    EXPECT_FALSE(NativeSearchText(R"(["a"])"));
    EXPECT_FALSE(NativeSearchText(R"("a")"));
    EXPECT_FALSE(NativeSearchText("not json"));

    // In SQL the function is NULL there, and the import's coalesce uses the expression.
    Must(RegisterSearchTextFunction(Connection()));
    Must(RegisterSearchTextFunction(Connection()));  // once per connection; again is harmless
    auto stmt = Must(Statement::Prepare(
        Connection(), std::string("SELECT ") + kSearchTextFunction + "(?) IS NULL"));
    stmt.Bind(1, std::string(R"({"p":"\u0001"})"));
    ASSERT_TRUE(Must(stmt.Step()));
    EXPECT_EQ(stmt.Int(0), 1);
}

TEST_F(SearchTextFunctionTest, EqualsTheExpressionOnImportedQuestions) {
    const content::Bank solar = SolarBank();
    Must(collection_.ImportBank(solar));
    content::Bank large = LargeBank("big", 50);
    large.questions[3].explanation = "Tab\there, \"quoted\", back\\slash, line\nbreak";
    large.questions[4].tags = {"tagged", "twice"};
    Must(collection_.ImportBank(large));
    auto rows = Must(Statement::Prepare(Connection(), "SELECT data FROM questions"));
    int compared = 0;
    while (Must(rows.Step())) {
        const std::string data = rows.Text(0);
        auto native = NativeSearchText(data);
        ASSERT_TRUE(native.has_value()) << data;
        EXPECT_EQ(*native, Expression(data)) << data;
        ++compared;
    }
    EXPECT_EQ(compared, static_cast<int>(solar.questions.size()) + 50);
}

}  // namespace
}  // namespace summit::storage::test
