// App settings: defaults, the round trip through the collection, and range and type errors.
#include "app/ui/settings/app_settings.h"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/support/memory_collection.h"

namespace summit::study {
namespace {

using AppSettingsTest = summit::testing::MemoryCollectionTest;

TEST_F(AppSettingsTest, DefaultsWhenNothingIsStored) {
    auto settings = LoadAppSettings(*collection_);
    ASSERT_TRUE(settings.has_value()) << settings.error().ToString();
    EXPECT_EQ(*settings, AppSettings{});
    EXPECT_EQ(settings->theme, AppTheme::kDark);
    EXPECT_DOUBLE_EQ(settings->ui_scale, 1.0);
}

TEST_F(AppSettingsTest, RoundTripThroughTheCollection) {
    for (const AppSettings& wanted :
         {AppSettings{AppTheme::kLight, 1.25}, AppSettings{AppTheme::kDark, kMinUiScale},
          AppSettings{AppTheme::kLight, kMaxUiScale}}) {
        ASSERT_TRUE(SaveAppSettings(*collection_, wanted).has_value());
        auto loaded = LoadAppSettings(*collection_);
        ASSERT_TRUE(loaded.has_value()) << loaded.error().ToString();
        EXPECT_EQ(*loaded, wanted);
    }
    auto stored = collection_->GetConfig(kAppSettingsKey);
    ASSERT_TRUE(stored.has_value() && stored->has_value());
    EXPECT_EQ(**stored, R"({"theme":"light","ui_scale":2.0})");
}

TEST_F(AppSettingsTest, OutOfRangeScaleIsRefusedAndNothingIsWritten) {
    const double bad[] = {0.5, 0.74, 2.01, 3.0, -1.0, std::numeric_limits<double>::quiet_NaN()};
    for (double scale : bad) {
        auto saved = SaveAppSettings(*collection_, AppSettings{AppTheme::kLight, scale});
        ASSERT_FALSE(saved.has_value()) << scale;
        EXPECT_EQ(saved.error().code, ErrorCode::kInvalidArgument);
        EXPECT_NE(saved.error().message.find("ui_scale is"), std::string::npos);
        EXPECT_NE(saved.error().message.find("between 0.75 and 2"), std::string::npos)
            << saved.error().message;
    }
    auto stored = collection_->GetConfig(kAppSettingsKey);
    ASSERT_TRUE(stored.has_value());
    EXPECT_FALSE(stored->has_value());
}

struct BadJson {
    const char* json;
    ErrorCode code;
    const char* message_part;
};

TEST_F(AppSettingsTest, DamagedJsonNamesTheProblem) {
    const std::vector<BadJson> cases = {
        {"[]", ErrorCode::kParse, "not a JSON object"},
        {"{", ErrorCode::kParse, "not a JSON object"},
        {R"({"theme":"blue"})", ErrorCode::kInvalidArgument, "theme \"blue\" is unknown"},
        {R"({"theme":1})", ErrorCode::kInvalidArgument, "\"theme\" must be a string"},
        {R"({"ui_scale":"big"})", ErrorCode::kInvalidArgument, "\"ui_scale\" must be a number"},
        {R"({"ui_scale":9})", ErrorCode::kInvalidArgument, "ui_scale is 9"},
    };
    for (const BadJson& bad : cases) {
        auto parsed = AppSettingsFromJson(bad.json);
        ASSERT_FALSE(parsed.has_value()) << bad.json;
        EXPECT_EQ(parsed.error().code, bad.code) << bad.json;
        EXPECT_NE(parsed.error().message.find(bad.message_part), std::string::npos)
            << bad.json << ": " << parsed.error().message;
    }
}

TEST_F(AppSettingsTest, MissingMembersKeepDefaultsAndUnknownOnesAreIgnored) {
    auto parsed = AppSettingsFromJson(R"({"ui_scale":1.5,"font":"large"})");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->theme, AppTheme::kDark);
    EXPECT_DOUBLE_EQ(parsed->ui_scale, 1.5);
}

TEST_F(AppSettingsTest, DamagedStoredValueNamesTheKey) {
    ASSERT_TRUE(collection_->SetConfig(kAppSettingsKey, R"({"ui_scale":0.1})").has_value());
    auto loaded = LoadAppSettings(*collection_);
    ASSERT_FALSE(loaded.has_value());
    EXPECT_EQ(loaded.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(loaded.error().message.find(kAppSettingsKey), std::string::npos);
}

TEST_F(AppSettingsTest, RememberedFoldersRoundTripAndReadTheOlderBareString) {
    EXPECT_EQ(*LoadRememberedFolder(*collection_, kClassFolderKey), "");
    ASSERT_TRUE(SaveRememberedFolder(*collection_, kClassFolderKey, "/school/7b").has_value());
    EXPECT_EQ(*LoadRememberedFolder(*collection_, kClassFolderKey), "/school/7b");
    EXPECT_EQ(*LoadRememberedFolder(*collection_, kImportFolderKey), "") << "a key of its own";
    // The Class view kept its folder as a bare JSON string before.
    ASSERT_TRUE(collection_->SetConfig(kClassFolderKey, R"("/school/7a")").has_value());
    EXPECT_EQ(*LoadRememberedFolder(*collection_, kClassFolderKey), "/school/7a");
    ASSERT_TRUE(collection_->SetConfig(kClassFolderKey, "[1]").has_value());
    EXPECT_EQ(*LoadRememberedFolder(*collection_, kClassFolderKey), "") << "damaged: none";
}

TEST(AppThemeTest, NamesRoundTrip) {
    EXPECT_STREQ(AppThemeName(AppTheme::kDark), "dark");
    EXPECT_STREQ(AppThemeName(AppTheme::kLight), "light");
    EXPECT_EQ(ParseAppTheme("light"), AppTheme::kLight);
    EXPECT_EQ(ParseAppTheme("dark"), AppTheme::kDark);
    EXPECT_EQ(ParseAppTheme("Dark"), std::nullopt);
}

TEST_F(AppSettingsTest, NumberWithHundredsOfDigitsIsAParseErrorNotACrash) {
    const std::string text = "{\"theme\":\"dark\",\n\"ui_scale\":1." + std::string(350, '0') + "1}";
    auto parsed = AppSettingsFromJson(text);
    ASSERT_FALSE(parsed.has_value());
    EXPECT_EQ(parsed.error().code, ErrorCode::kParse);
    EXPECT_NE(parsed.error().message.find("number longer than 100 characters"), std::string::npos)
        << parsed.error().message;
    EXPECT_EQ(parsed.error().line, 2);
    EXPECT_EQ(parsed.error().column, 12);

    ASSERT_TRUE(collection_->SetConfig(kAppSettingsKey, text).has_value());
    auto loaded = LoadAppSettings(*collection_);
    ASSERT_FALSE(loaded.has_value());
    EXPECT_EQ(loaded.error().code, ErrorCode::kParse);
    EXPECT_NE(loaded.error().message.find(kAppSettingsKey), std::string::npos);
}

}  // namespace
}  // namespace summit::study
