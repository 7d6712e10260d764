// The one JSON reader and writer (content/json): the rules every caller gets, positions of
// errors, exact double round trips, and numbers that used to crash the parser.
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "content/json/json.h"
#include "content/json/writer.h"

namespace summit::content::json {
namespace {

using Kind = Value::Kind;

// "0." followed by `zeros` zeros and a 1: rapidjson's full-precision path crashed on these.
std::string LongNumber(int zeros) {
    return "0." + std::string(zeros, '0') + "1";
}

TEST(JsonParse, ReadsAPositionedTree) {
    auto root = Parse("{\"a\": [1, -2.5, \"x\", true, null]}", "f.json");
    ASSERT_TRUE(root.has_value()) << root.error().ToString();
    ASSERT_EQ(root->kind, Kind::kObject);
    const Value* a = root->Find("a");
    ASSERT_NE(a, nullptr);
    ASSERT_EQ(a->items.size(), 5u);
    EXPECT_TRUE(a->items[0].is_integer);
    EXPECT_EQ(a->items[0].integer, 1);
    EXPECT_EQ(a->items[0].offset, 7u);
    EXPECT_FALSE(a->items[1].is_integer);
    EXPECT_EQ(a->items[1].number, -2.5);
    EXPECT_EQ(a->items[2].string, "x");
    EXPECT_TRUE(a->items[3].boolean);
    EXPECT_EQ(a->items[4].kind, Kind::kNull);
}

TEST(JsonParse, MemberLookupsOnlyOnObjects) {
    auto root = Parse(R"([{"k": 1}])");
    ASSERT_TRUE(root.has_value());
    EXPECT_EQ(root->Find("k"), nullptr);
    EXPECT_EQ(GetInt(*root, "k", 7), 7);
    EXPECT_EQ(GetInt(root->items[0], "k", 7), 1);
    EXPECT_EQ(GetString(root->items[0], "k", "fallback"), "fallback");
}

TEST(JsonParse, SyntaxErrorNamesFileLineAndColumn) {
    auto root = Parse("{\n  \"a\": [,]\n}", "settings.json");
    ASSERT_FALSE(root.has_value());
    EXPECT_EQ(root.error().code, ErrorCode::kParse);
    EXPECT_EQ(root.error().file, "settings.json");
    EXPECT_EQ(root.error().line, 2);
    EXPECT_EQ(root.error().column, 9);
    EXPECT_EQ(root.error().message, "malformed JSON: Invalid value.");
}

TEST(JsonParse, HundredsOfDigitsAreAnErrorAtTheNumber) {
    const std::string text = "{\n  \"x\": " + LongNumber(350) + "\n}";
    auto root = Parse(text, "big.json");
    ASSERT_FALSE(root.has_value());
    EXPECT_EQ(root.error().code, ErrorCode::kParse);
    EXPECT_EQ(root.error().file, "big.json");
    EXPECT_EQ(root.error().line, 2);
    EXPECT_EQ(root.error().column, 8);
    EXPECT_EQ(root.error().message, "malformed JSON: number longer than 100 characters");

    auto raw = ParseText(text);
    ASSERT_FALSE(raw.has_value());
    EXPECT_EQ(raw.error().offset, text.find('0'));
    EXPECT_EQ(raw.error().reason, "number longer than 100 characters");
}

TEST(JsonParse, LongNumbersEverywhereAreErrorsNotCrashes) {
    for (const std::string& number :
         {LongNumber(350), LongNumber(5000), "-" + LongNumber(350), "1" + std::string(400, '0'),
          LongNumber(350) + "e5", "1e-" + std::string(300, '9')}) {
        for (const std::string& text : {number, "[" + number + "]", "{\"k\":" + number + "}"}) {
            auto root = Parse(text);
            ASSERT_FALSE(root.has_value()) << text.substr(0, 20);
            EXPECT_EQ(root.error().code, ErrorCode::kParse);
            EXPECT_EQ(root.error().line, 1);
            EXPECT_GE(root.error().column, 1);
        }
    }
}

TEST(JsonParse, NumbersUpToTheLimitAreReadToTheNearestDouble) {
    auto root = Parse("[" + LongNumber(97) + ", 1e-400, -1e-400, 0.1, 1e308, 4.9e-324]");
    ASSERT_TRUE(root.has_value()) << root.error().ToString();
    EXPECT_EQ(root->items[0].number, 1e-98);
    EXPECT_EQ(root->items[1].number, 0.0);
    EXPECT_TRUE(std::signbit(root->items[2].number));
    EXPECT_EQ(root->items[3].number, 0.1);
    EXPECT_EQ(root->items[4].number, 1e308);
    EXPECT_EQ(root->items[5].number, std::numeric_limits<double>::denorm_min());
}

TEST(JsonParse, NumbersTooBigForADoubleAreErrors) {
    for (const char* text : {"1.8e308", "[1e309]", "-2e308"}) {
        auto root = Parse(text);
        ASSERT_FALSE(root.has_value()) << text;
        EXPECT_EQ(root.error().message, "malformed JSON: Number too big to be stored in double.");
    }
}

TEST(JsonParse, IntegersBeyondInt64AreNumbersNotIntegers) {
    auto root = Parse("[9223372036854775807, 9223372036854775808, -9223372036854775809]");
    ASSERT_TRUE(root.has_value());
    EXPECT_TRUE(root->items[0].is_integer);
    EXPECT_EQ(root->items[0].integer, INT64_MAX);
    EXPECT_FALSE(root->items[1].is_integer);
    EXPECT_EQ(root->items[1].number, 9223372036854775808.0);
    EXPECT_FALSE(root->items[2].is_integer);
}

TEST(JsonParse, DeepNestingIsAnErrorNotAStackOverflow) {
    const std::string deep(100000, '[');
    auto root = Parse(deep);
    ASSERT_FALSE(root.has_value());
    EXPECT_EQ(root.error().message, "JSON nested more than 64 levels deep");
    EXPECT_EQ(root.error().column, kMaxDepth + 1);
}

TEST(JsonWriter, WritesCompactJsonThatReadsBack) {
    Writer out;
    out.StartObject()
        .Field("s", "a\"b\n")
        .Field("i", 3)
        .Field("l", int64_t{-9'000'000'000})
        .Field("d", 2.0)
        .Field("b", true);
    out.Key("n").Null().Key("a").StartArray().Uint64(UINT64_MAX).EndArray().EndObject();
    EXPECT_EQ(out.str(), R"({"s":"a\"b\n","i":3,"l":-9000000000,"d":2.0,"b":true,"n":null,)"
                         R"("a":[18446744073709551615]})");
    EXPECT_TRUE(Parse(out.str()).has_value());
}

TEST(JsonWriter, DoublesRoundTripExactly) {
    std::mt19937_64 random(12345);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> exponent(-300, 300);
    for (int i = 0; i < 20000; ++i) {
        const double value = (i % 2 ? -1 : 1) * unit(random) * std::pow(10.0, exponent(random));
        Writer out;
        out.StartArray().Double(value).EndArray();
        auto back = Parse(out.str());
        ASSERT_TRUE(back.has_value()) << out.str();
        ASSERT_EQ(back->items[0].number, value) << out.str();
    }
}

}  // namespace
}  // namespace summit::content::json
