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

TEST(WindowOptionsTest, WindowSizeIsWidthByHeightWithinTheLimits) {
    auto standard = Parse({});
    ASSERT_TRUE(standard.has_value());
    EXPECT_EQ(standard->width, 1100);
    EXPECT_EQ(standard->height, 700);
    auto small = Parse({"--window-size", "800x600"});
    ASSERT_TRUE(small.has_value()) << small.error().message;
    EXPECT_EQ(small->width, 800);
    EXPECT_EQ(small->height, 600);
    auto smallest = Parse({"--window-size", "640x480"});
    ASSERT_TRUE(smallest.has_value());
    EXPECT_EQ(smallest->width, 640);
    for (const char* size : {"", "800", "800x", "x600", "639x600", "800x479", "8193x600", "800X600",
                             "-800x600", "800x600 ", "+800x600", "99999999999x600"}) {
        auto options = Parse({"--window-size", size});
        ASSERT_FALSE(options.has_value()) << size;
        EXPECT_EQ(options.error().code, ErrorCode::kInvalidArgument);
        EXPECT_NE(options.error().message.find("from 640x480 to 8192x8192"), std::string::npos)
            << options.error().message;
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
