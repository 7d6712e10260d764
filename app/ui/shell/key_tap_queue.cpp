// Holding key releases until a frame has seen the keys down.
#include "app/ui/shell/key_tap_queue.h"

#include <utility>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace summit::ui {

void KeyTapQueue::OnKey(const KeyEvent& event) {
    if (event.action == GLFW_PRESS) {
        pressed_since_frame_ = true;
    } else if (event.action == GLFW_RELEASE && pressed_since_frame_) {
        deferred_.push_back(event);
        return;
    }
    forward_(event);
}

void KeyTapQueue::AfterFrame() {
    pressed_since_frame_ = false;
    std::vector<KeyEvent> releases;
    releases.swap(deferred_);
    for (const KeyEvent& release : releases) {
        forward_(release);
    }
}

}  // namespace summit::ui
