// The JSON replay: output shape, defaults, and the specific error for each kind of bad input.
// (Agreement with the reference on thousands of reviews is in fsrs_golden_test.cpp.)
#include "app/scheduler/replay.h"

#include <string>

#include <gtest/gtest.h>

namespace summit::study {
namespace {

TEST(ReplayScheduleJson, NewCardWithDefaults) {
    // 2024-01-01 00:00 UTC: Good (10 minutes), Good at the due time (graduates).
    Result<std::string> out =
        ReplayScheduleJson(R"({"sequences":[{"steps":[{"t":1704067200000,"rating":3},)"
                           R"({"t":1704067800000,"rating":3}]}]})");
    ASSERT_TRUE(out.has_value()) << out.error().ToString();
    EXPECT_EQ(*out, R"({"sequences":[{"steps":[)"
                    R"({"state":1,"s":2.3065,"d":2.11810397,"ivl":0,"due":1704067800000,"step":1,)"
                    R"("reps":1,"lapses":0,"r":null},)"
                    R"({"state":2,"s":2.3065,"d":2.11121424,"ivl":2,"due":1704240600000,"step":0,)"
                    R"("reps":2,"lapses":0,"r":1}]}]})");
}

TEST(ReplayScheduleJson, ParamsChangeTheSchedule) {
    Result<std::string> out =
        ReplayScheduleJson(R"({"params":{"enable_short_term":false,"maximum_interval":5},)"
                           R"("sequences":[{"steps":[{"t":0,"rating":4}]},{"steps":[]}]})");
    ASSERT_TRUE(out.has_value()) << out.error().ToString();
    EXPECT_NE(out->find(R"("state":2,"s":8.2956)"), std::string::npos) << *out;
    EXPECT_NE(out->find(R"("ivl":5)"), std::string::npos) << *out;
    EXPECT_NE(out->find(R"({"steps":[]})"), std::string::npos) << *out;
}

TEST(ReplayScheduleJson, ReportsTheSpecificError) {
    const struct {
        const char* name;
        const char* input;
        ErrorCode code;
        const char* message_part;
    } cases[] = {
        {"syntax", R"({"sequences": [)", ErrorCode::kParse, "malformed JSON"},
        {"not an object", "[]", ErrorCode::kValidation, "JSON object"},
        {"no sequences", R"({"params":{}})", ErrorCode::kValidation, "\"sequences\""},
        {"steps missing", R"({"sequences":[{}]})", ErrorCode::kValidation, "sequence 0"},
        {"rating", R"({"sequences":[{"steps":[{"t":1,"rating":5}]}]})", ErrorCode::kValidation,
         "sequence 0 step 0: \"rating\""},
        {"time type", R"({"sequences":[{"steps":[{"t":"x","rating":3}]}]})", ErrorCode::kValidation,
         "\"t\""},
        {"backwards", R"({"sequences":[{"steps":[{"t":100,"rating":3},{"t":50,"rating":3}]}]})",
         ErrorCode::kValidation, "sequence 0 step 1: \"t\" is earlier"},
        {"w type", R"({"params":{"w":"fast"},"sequences":[]})", ErrorCode::kValidation, "\"w\""},
        {"steps type", R"({"params":{"learning_steps":[1]},"sequences":[]})",
         ErrorCode::kValidation, "\"learning_steps\""},
        {"bool type", R"({"params":{"enable_fuzz":1},"sequences":[]})", ErrorCode::kValidation,
         "\"enable_fuzz\""},
        {"retention range", R"({"params":{"request_retention":0.5},"sequences":[]})",
         ErrorCode::kInvalidArgument, "retention"},
        {"w length", R"({"params":{"w":[1,2,3]},"sequences":[]})", ErrorCode::kInvalidArgument,
         "17, 19 or 21"},
        {"bad step", R"({"params":{"relearning_steps":["5q"]},"sequences":[]})",
         ErrorCode::kInvalidArgument, "\"5q\""},
    };
    for (const auto& c : cases) {
        Result<std::string> out = ReplayScheduleJson(c.input);
        ASSERT_FALSE(out.has_value()) << c.name;
        EXPECT_EQ(out.error().code, c.code) << c.name << ": " << out.error().ToString();
        EXPECT_NE(out.error().message.find(c.message_part), std::string::npos)
            << c.name << ": " << out.error().message;
    }
}

// Every mistake in a replay file reads FILE:LINE:COL, at the value it is about.
TEST(ReplayScheduleJson, FieldErrorsNameTheFileLineAndColumn) {
    const struct {
        const char* input;
        int line;
        int column;
    } cases[] = {
        {"{\"sequences\": [\n  {\"steps\": [{\"t\": 1, \"rating\": 7}]}\n]}", 2, 33},
        {"{\"sequences\": [{\"steps\": [\n {\"t\": 100, \"rating\": 3},\n {\"t\": 5, "
         "\"rating\": 3}]}]}",
         3, 8},
        {"{\"params\": {\n  \"learning_steps\": [1]}, \"sequences\": []}", 2, 22},
        {"{\"params\": {\"w\": [1, 2]},\n \"sequences\": []}", 1, 12},
        {"{\n\"sequences\": {}}", 2, 14},
        {"[]", 1, 1},
    };
    for (const auto& c : cases) {
        Result<std::string> out = ReplayScheduleJson(c.input, "seq.json");
        ASSERT_FALSE(out.has_value()) << c.input;
        EXPECT_EQ(out.error().file, "seq.json") << c.input;
        EXPECT_EQ(out.error().line, c.line) << out.error().ToString();
        EXPECT_EQ(out.error().column, c.column) << out.error().ToString();
    }
}

TEST(ReplayScheduleJson, SyntaxErrorHasLineAndColumn) {
    Result<std::string> out = ReplayScheduleJson("{\n  \"sequences\": [,]\n}");
    ASSERT_FALSE(out.has_value());
    EXPECT_EQ(out.error().code, ErrorCode::kParse);
    EXPECT_EQ(out.error().line, 2);
    EXPECT_EQ(out.error().column, 17);
}

TEST(FsrsParamsFromJson, ReadsEveryFieldAndKeepsDefaults) {
    Result<FsrsParams> params = FsrsParamsFromJson(
        R"({"request_retention":0.85,"learning_steps":["5m"],"enable_fuzz":true})");
    ASSERT_TRUE(params.has_value()) << params.error().ToString();
    EXPECT_DOUBLE_EQ(params->request_retention, 0.85);
    EXPECT_EQ(params->learning_steps, std::vector<std::string>{"5m"});
    EXPECT_EQ(params->relearning_steps, std::vector<std::string>{"10m"});
    EXPECT_TRUE(params->enable_fuzz);
    EXPECT_TRUE(params->enable_short_term);
    EXPECT_EQ(params->maximum_interval, 36500);
    EXPECT_EQ(params->w.size(), 21u);
}

TEST(ReplayScheduleJson, NumberWithHundredsOfDigitsIsAParseErrorNotACrash) {
    const std::string input = "{\"params\": {\"request_retention\": 0." + std::string(350, '0') +
                              "1},\n \"sequences\": []}";
    Result<std::string> out = ReplayScheduleJson(input);
    ASSERT_FALSE(out.has_value());
    EXPECT_EQ(out.error().code, ErrorCode::kParse);
    EXPECT_EQ(out.error().message, "malformed JSON: number longer than 100 characters");
    EXPECT_EQ(out.error().line, 1);
    EXPECT_EQ(out.error().column, 34);

    Result<FsrsParams> params = FsrsParamsFromJson("{\"w\": [1e-" + std::string(300, '9') + "]}");
    ASSERT_FALSE(params.has_value());
    EXPECT_EQ(params.error().code, ErrorCode::kParse);
    EXPECT_EQ(params.error().column, 8);
}

}  // namespace
}  // namespace summit::study
