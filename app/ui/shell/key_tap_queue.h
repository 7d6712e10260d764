// Keeps quick key taps from being lost. ImGui 1.86's GLFW backend writes io.KeysDown straight
// from the key callback, so a key pressed and released within one event poll (a fast typist,
// a slow frame, or xdotool) is down and up again before the next frame ever sees it. The queue
// sits between GLFW's key events and the backend and holds such releases until a frame has
// seen the keys down.
#pragma once

#include <functional>
#include <vector>

namespace summit::ui {

struct KeyEvent {
    int key = 0;
    int scancode = 0;
    int action = 0;  // GLFW_PRESS, GLFW_RELEASE or GLFW_REPEAT
    int mods = 0;
};

class KeyTapQueue {
  public:
    // `forward` receives the events the backend is to see, in order.
    explicit KeyTapQueue(std::function<void(const KeyEvent&)> forward)
        : forward_(std::move(forward)) {}

    // An event from GLFW's key callback. Once any key has been pressed since the last frame,
    // every release waits for AfterFrame: a chord counts as typed even when its modifier went
    // down a frame earlier and came up together with the key (Ctrl held, S tapped, both let
    // go within one poll).
    void OnKey(const KeyEvent& event);
    // Call after each frame: the releases held back are forwarded now.
    void AfterFrame();
    // True when a release is waiting for the next frame (so the loop must not sleep).
    bool HasPending() const { return !deferred_.empty(); }

  private:
    std::function<void(const KeyEvent&)> forward_;
    bool pressed_since_frame_ = false;
    std::vector<KeyEvent> deferred_;
};

}  // namespace summit::ui
