// Installs a KeyTapQueue between the window's key events and ImGui's GLFW backend.
#pragma once

#include "app/ui/shell/key_tap_queue.h"

struct GLFWwindow;

namespace summit::ui {

class KeyTapKeeper {
  public:
    KeyTapKeeper();
    KeyTapKeeper(const KeyTapKeeper&) = delete;  // the queue forwards through `this`
    KeyTapKeeper& operator=(const KeyTapKeeper&) = delete;
    // Takes over the window's key callback, forwarding to ImGui's. Call once, after
    // ImGui_ImplGlfw_InitForOpenGL(window, true); uses the window's user pointer.
    void Install(GLFWwindow* window);
    // Call after each frame (KeyTapQueue::AfterFrame).
    void AfterFrame() { queue_.AfterFrame(); }
    bool HasPending() const { return queue_.HasPending(); }

  private:
    static void OnKey(GLFWwindow* window, int key, int scancode, int action, int mods);

    GLFWwindow* window_ = nullptr;
    KeyTapQueue queue_;
};

}  // namespace summit::ui
