// The key events ImGui's backend sees around frames, as GLFW delivers them in polls.
#include "app/ui/shell/key_tap_queue.h"

#include <vector>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>

namespace summit::ui {
namespace {

class KeyTapQueueTest : public ::testing::Test {
  protected:
    // What a frame would see: the keys down after the events forwarded so far.
    bool Down(int key) const {
        bool down = false;
        for (const KeyEvent& event : seen_) {
            if (event.key == key) {
                down = event.action != GLFW_RELEASE;
            }
        }
        return down;
    }
    void Press(int key) { queue_.OnKey({key, 0, GLFW_PRESS, 0}); }
    void Release(int key) { queue_.OnKey({key, 0, GLFW_RELEASE, 0}); }

    std::vector<KeyEvent> seen_;
    KeyTapQueue queue_{[this](const KeyEvent& event) { seen_.push_back(event); }};
};

TEST_F(KeyTapQueueTest, AKeyTappedWithinOnePollIsDownForTheNextFrame) {
    Press(GLFW_KEY_S);
    Release(GLFW_KEY_S);
    EXPECT_TRUE(Down(GLFW_KEY_S));
    EXPECT_TRUE(queue_.HasPending());
    queue_.AfterFrame();
    EXPECT_FALSE(Down(GLFW_KEY_S));
    EXPECT_FALSE(queue_.HasPending());
}

TEST_F(KeyTapQueueTest, AModifierPressedAFrameEarlierIsStillDownWhenTheKeyIsSeen) {
    Press(GLFW_KEY_LEFT_CONTROL);
    queue_.AfterFrame();  // a frame sees Ctrl alone
    Press(GLFW_KEY_S);
    Release(GLFW_KEY_S);
    Release(GLFW_KEY_LEFT_CONTROL);  // both let go within the same poll
    EXPECT_TRUE(Down(GLFW_KEY_S));
    EXPECT_TRUE(Down(GLFW_KEY_LEFT_CONTROL)) << "the frame must see Ctrl+S, not S";
    queue_.AfterFrame();
    EXPECT_FALSE(Down(GLFW_KEY_S));
    EXPECT_FALSE(Down(GLFW_KEY_LEFT_CONTROL));
    ASSERT_EQ(seen_.size(), 4u);
    EXPECT_EQ(seen_[2].key, GLFW_KEY_S) << "releases keep their order";
    EXPECT_EQ(seen_[3].key, GLFW_KEY_LEFT_CONTROL);
}

TEST_F(KeyTapQueueTest, AReleaseWithNoPressSinceTheFrameGoesThroughAtOnce) {
    Press(GLFW_KEY_DOWN);
    queue_.AfterFrame();
    queue_.OnKey({GLFW_KEY_DOWN, 0, GLFW_REPEAT, 0});
    EXPECT_TRUE(Down(GLFW_KEY_DOWN));
    Release(GLFW_KEY_DOWN);
    EXPECT_FALSE(Down(GLFW_KEY_DOWN));
    EXPECT_FALSE(queue_.HasPending());
}

}  // namespace
}  // namespace summit::ui
