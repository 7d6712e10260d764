// Deck settings: defaults, validation messages and the JSON round trip.
#include "app/scheduler/deck_settings.h"

#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace summit::study {
namespace {

TEST(DeckSettingsTest, DefaultsAreValid) {
    const DeckSettings settings;
    EXPECT_TRUE(settings.Validate().has_value());
    EXPECT_DOUBLE_EQ(settings.desired_retention, 0.90);
    EXPECT_EQ(settings.new_per_day, 20);
    EXPECT_EQ(settings.reviews_per_day, 200);
    EXPECT_EQ(settings.learning_steps, "1m 10m");
    EXPECT_EQ(settings.relearning_steps, "10m");
    EXPECT_EQ(settings.maximum_interval_days, 36500);
    EXPECT_EQ(settings.scheduler, SchedulerKind::kFsrs);
    EXPECT_EQ(settings.rollover_hour, 4);
    EXPECT_EQ(settings.learn_ahead_minutes, 20);
    EXPECT_EQ(settings.Day().kind, DayRule::kLocal);
    EXPECT_EQ(settings.Day().rollover_hour, 4);
}

struct InvalidCase {
    const char* name;
    std::function<void(DeckSettings&)> change;
    std::string message;
};

class DeckSettingsInvalidTest : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(DeckSettingsInvalidTest, NamesTheField) {
    DeckSettings settings;
    GetParam().change(settings);
    const Status status = settings.Validate();
    ASSERT_FALSE(status.has_value()) << GetParam().name;
    EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(status.error().message, GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Fields, DeckSettingsInvalidTest,
    ::testing::Values(
        InvalidCase{"retention low", [](DeckSettings& s) { s.desired_retention = 0.69; },
                    "desired retention is 0.69; it must be between 0.70 and 0.99"},
        InvalidCase{"retention high", [](DeckSettings& s) { s.desired_retention = 0.995; },
                    "desired retention is 0.995; it must be between 0.70 and 0.99"},
        InvalidCase{"retention NaN", [](DeckSettings& s) { s.desired_retention = std::nan(""); },
                    "desired retention is nan; it must be between 0.70 and 0.99"},
        InvalidCase{"new negative", [](DeckSettings& s) { s.new_per_day = -1; },
                    "new cards per day is -1; it must be between 0 and 9999"},
        InvalidCase{"reviews negative", [](DeckSettings& s) { s.reviews_per_day = -5; },
                    "reviews per day is -5; it must be between 0 and 99999"},
        InvalidCase{"interval zero", [](DeckSettings& s) { s.maximum_interval_days = 0; },
                    "maximum interval (days) is 0; it must be between 1 and 36500"},
        InvalidCase{"rollover", [](DeckSettings& s) { s.rollover_hour = 24; },
                    "day rollover hour is 24; it must be between 0 and 23"},
        InvalidCase{"learn ahead", [](DeckSettings& s) { s.learn_ahead_minutes = 2000; },
                    "learn-ahead minutes is 2000; it must be between 0 and 1440"}),
    [](const auto& info) { return "Case" + std::to_string(info.index); });

TEST(DeckSettingsTest, BadStepsAreReportedWithTheText) {
    DeckSettings settings;
    settings.learning_steps = "1m 10x";
    const Status status = settings.Validate();
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(status.error().message.rfind("learning steps \"1m 10x\": ", 0), 0u)
        << status.error().message;

    settings.learning_steps = "";
    settings.relearning_steps = "0m";
    const Status relearning = settings.Validate();
    ASSERT_FALSE(relearning.has_value());
    EXPECT_EQ(relearning.error().message.rfind("relearning steps \"0m\": ", 0), 0u)
        << relearning.error().message;
}

TEST(DeckSettingsTest, JsonRoundTrip) {
    DeckSettings settings;
    settings.desired_retention = 0.85;
    settings.new_per_day = 7;
    settings.reviews_per_day = 99;
    settings.learning_steps = "2m 1h 1d";
    settings.relearning_steps = "";
    settings.maximum_interval_days = 365;
    settings.scheduler = SchedulerKind::kSm2;
    settings.rollover_hour = 0;
    settings.learn_ahead_minutes = 0;
    auto loaded = DeckSettingsFromJson(DeckSettingsToJson(settings));
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message;
    EXPECT_EQ(*loaded, settings);
}

TEST(DeckSettingsTest, MissingMembersKeepDefaultsAndUnknownOnesAreIgnored) {
    auto loaded = DeckSettingsFromJson(R"({"new_per_day": 5, "from_the_future": [1, 2]})");
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message;
    DeckSettings expected;
    expected.new_per_day = 5;
    EXPECT_EQ(*loaded, expected);
}

struct BadJsonCase {
    const char* json;
    ErrorCode code;
    std::string message;
};

class DeckSettingsBadJsonTest : public ::testing::TestWithParam<BadJsonCase> {};

TEST_P(DeckSettingsBadJsonTest, ReportsTheProblem) {
    auto loaded = DeckSettingsFromJson(GetParam().json);
    ASSERT_FALSE(loaded.has_value());
    EXPECT_EQ(loaded.error().code, GetParam().code);
    EXPECT_EQ(loaded.error().message, GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Json, DeckSettingsBadJsonTest,
    ::testing::Values(
        BadJsonCase{"[1]", ErrorCode::kParse, "deck settings must be a JSON object"},
        BadJsonCase{"{\"new_per_day\": 1", ErrorCode::kParse,
                    "deck settings are not valid JSON at byte 17: Missing a comma or '}' after "
                    "an object member."},
        BadJsonCase{R"({"new_per_day": "ten"})", ErrorCode::kInvalidArgument,
                    "deck settings member \"new_per_day\" must be a whole number"},
        BadJsonCase{R"({"desired_retention": "high"})", ErrorCode::kInvalidArgument,
                    "deck settings member \"desired_retention\" must be a number"},
        BadJsonCase{R"({"learning_steps": 1})", ErrorCode::kInvalidArgument,
                    "deck settings member \"learning_steps\" must be a string"},
        BadJsonCase{R"({"scheduler": "leitner"})", ErrorCode::kInvalidArgument,
                    "unknown scheduler \"leitner\"; use \"fsrs\" or \"sm2\""},
        BadJsonCase{R"({"rollover_hour": -1})", ErrorCode::kInvalidArgument,
                    "day rollover hour is -1; it must be between 0 and 23"}),
    [](const auto& info) { return "Case" + std::to_string(info.index); });

TEST(DeckSettingsTest, MakesTheDecksScheduler) {
    DeckSettings settings;
    auto fsrs = MakeScheduler(settings);
    ASSERT_TRUE(fsrs.has_value()) << fsrs.error().message;
    EXPECT_STREQ((*fsrs)->Name(), "fsrs");

    settings.scheduler = SchedulerKind::kSm2;
    settings.learning_steps = "3m";
    auto sm2 = MakeScheduler(settings);
    ASSERT_TRUE(sm2.has_value()) << sm2.error().message;
    EXPECT_STREQ((*sm2)->Name(), "sm2");
    // The deck's steps reach the scheduler: Again on a new card waits the first step.
    const CardState again = (*sm2)->Next(CardState{}, 1'000'000, Rating::kAgain);
    EXPECT_EQ(again.due_ms, 1'000'000 + 3 * 60'000);

    settings.desired_retention = 0.5;
    auto invalid = MakeScheduler(settings);
    ASSERT_FALSE(invalid.has_value());
    EXPECT_EQ(invalid.error().code, ErrorCode::kInvalidArgument);
}

TEST(DeckSettingsTest, FsrsParamsCarryTheDeckSettings) {
    DeckSettings settings;
    settings.desired_retention = 0.8;
    settings.maximum_interval_days = 100;
    settings.learning_steps = "1m, 5m 1h";
    settings.relearning_steps = "";
    settings.rollover_hour = 2;
    const FsrsParams params = ToFsrsParams(settings);
    EXPECT_DOUBLE_EQ(params.request_retention, 0.8);
    EXPECT_EQ(params.maximum_interval, 100);
    EXPECT_EQ(params.learning_steps, (std::vector<std::string>{"1m", "5m", "1h"}));
    EXPECT_TRUE(params.relearning_steps.empty());
    EXPECT_EQ(params.day_rule.kind, DayRule::kLocal);
    EXPECT_EQ(params.day_rule.rollover_hour, 2);
}

TEST(DeckSettingsTest, NumberWithHundredsOfDigitsIsAParseErrorNotACrash) {
    const std::string text = "{\"desired_retention\": 0." + std::string(350, '0') + "1}";
    auto loaded = DeckSettingsFromJson(text);
    ASSERT_FALSE(loaded.has_value());
    EXPECT_EQ(loaded.error().code, ErrorCode::kParse);
    EXPECT_EQ(loaded.error().message,
              "deck settings are not valid JSON at byte 22: number longer than 100 characters");
    EXPECT_EQ(loaded.error().line, 1);
    EXPECT_EQ(loaded.error().column, 23);
}

TEST(DeckSettingsTest, StoredRetentionNeverDrifts) {
    DeckSettings settings;
    for (double retention = 0.70; retention <= 0.99;
         retention = std::nextafter(retention, 1.0) + 1e-4) {
        settings.desired_retention = retention;
        auto loaded = DeckSettingsFromJson(DeckSettingsToJson(settings));
        ASSERT_TRUE(loaded.has_value()) << loaded.error().message;
        ASSERT_EQ(loaded->desired_retention, retention) << DeckSettingsToJson(settings);
    }
}

}  // namespace
}  // namespace summit::study

namespace summit::study {
namespace {

TEST(DeckSettingsTest, FittedWeightsRoundTripAndReachTheScheduler) {
    DeckSettings settings;
    settings.fsrs_weights.assign(kDefaultFsrsWeights.begin(), kDefaultFsrsWeights.end());
    settings.fsrs_weights[20] = 0.4603;
    settings.previous_fsrs_weights = std::vector<double>{};  // the defaults were replaced
    const std::string json = DeckSettingsToJson(settings);
    auto back = DeckSettingsFromJson(json);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, settings);
    EXPECT_EQ(ToFsrsParams(*back).w, settings.fsrs_weights);
    // Without fitted weights nothing new is written and the defaults apply.
    EXPECT_EQ(DeckSettingsToJson(DeckSettings{}).find("fsrs_weights"), std::string::npos);
    EXPECT_EQ(ToFsrsParams(DeckSettings{}).w,
              std::vector<double>(kDefaultFsrsWeights.begin(), kDefaultFsrsWeights.end()));
}

TEST(DeckSettingsTest, WeightsOutsideTheClipRangesAreRefused) {
    DeckSettings settings;
    settings.fsrs_weights.assign(kDefaultFsrsWeights.begin(), kDefaultFsrsWeights.end());
    settings.fsrs_weights[20] = 0.9;  // decay above 0.8
    auto valid = settings.Validate();
    ASSERT_FALSE(valid);
    EXPECT_NE(valid.error().message.find("w20"), std::string::npos);
    settings.fsrs_weights.resize(19);
    EXPECT_FALSE(settings.Validate());
    settings.fsrs_weights.clear();
    settings.previous_fsrs_weights = std::vector<double>(21, std::nan(""));
    EXPECT_FALSE(settings.Validate());
    EXPECT_FALSE(DeckSettingsFromJson(R"({"fsrs_weights":[1,2]})"));
    EXPECT_FALSE(DeckSettingsFromJson(R"({"fsrs_weights":"0.2"})"));
}

}  // namespace
}  // namespace summit::study
