// The per-user configuration directory follows the XDG rules.
#include "app/ui/shell/config_paths.h"

#include <gtest/gtest.h>

namespace summit::ui {
namespace {

TEST(ConfigDirTest, PrefersXdgConfigHome) {
    EXPECT_EQ(ConfigDir("/tmp/xdg", "/home/ana"), std::filesystem::path("/tmp/xdg/summit"));
}

TEST(ConfigDirTest, FallsBackToDotConfigUnderHome) {
    EXPECT_EQ(ConfigDir(nullptr, "/home/ana"), std::filesystem::path("/home/ana/.config/summit"));
    EXPECT_EQ(ConfigDir("", "/home/ana"), std::filesystem::path("/home/ana/.config/summit"));
}

TEST(ConfigDirTest, IgnoresRelativeXdgConfigHome) {
    EXPECT_EQ(ConfigDir("relative/dir", "/home/ana"),
              std::filesystem::path("/home/ana/.config/summit"));
}

TEST(ConfigDirTest, EmptyWhenNothingIsUsable) {
    EXPECT_TRUE(ConfigDir(nullptr, nullptr).empty());
    EXPECT_TRUE(ConfigDir("", "").empty());
}

}  // namespace
}  // namespace summit::ui
