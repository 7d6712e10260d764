// The window's command-line options: the ranges the help promises, and bad values refused as
// usage errors before anything starts.
#include "app/ui/shell/window_options.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "app/bootstrap/startup.h"

namespace summit::ui {
namespace {

Result<WindowOptions> Parse(std::vector<std::string> words) {
    words.insert(words.begin(), "summit");
    std::vector<char*> argv;
    for (auto& word : words) {
        argv.push_back(word.data());
    }
    auto args = bootstrap::ParseCommandLine(static_cast<int>(argv.size()), argv.data());
    EXPECT_TRUE(args.has_value());
    return WindowOptionsFrom(*args);
}

TEST(WindowOptionsTest, UiScaleTakesTheWholeAdvertisedRange) {
    for (const char* scale : {"0.5", "1", "3"}) {
        auto options = Parse({"--ui-scale", scale});
        ASSERT_TRUE(options.has_value()) << scale << ": " << options.error().message;
        EXPECT_FLOAT_EQ(options->ui_scale, std::stof(scale));
    }
    for (const char* scale : {"0.49", "3.01", "big", ""}) {
        auto options = Parse({"--ui-scale", scale});
        ASSERT_FALSE(options.has_value()) << scale;
        EXPECT_EQ(options.error().code, ErrorCode::kInvalidArgument);
        EXPECT_NE(options.error().message.find("0.5 to 3"), std::string::npos);
    }
}

TEST(WindowOptionsTest, AnUnknownViewIsRefused) {
    auto progress = Parse({"--view", "progress"});
    ASSERT_TRUE(progress.has_value());
    EXPECT_EQ(progress->view, "progress");
    auto bogus = Parse({"--view", "bogus"});
    ASSERT_FALSE(bogus.has_value());
    EXPECT_EQ(bogus.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(bogus.error().message.find("unknown view 'bogus'"), std::string::npos);
}

}  // namespace
}  // namespace summit::ui
