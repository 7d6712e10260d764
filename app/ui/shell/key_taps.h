// Keeps quick key taps from being lost. ImGui 1.86's GLFW backend writes io.KeysDown straight
// from the key callback, so a key pressed and released within one event poll (a fast typist,
// a slow frame, or xdotool) is down and up again before the next frame ever sees it.
#pragma once

#include <vector>

struct GLFWwindow;

namespace summit::ui {

class KeyTapKeeper {
  public:
    // Takes over the window's key callback, forwarding to ImGui's. Call once, after
    // ImGui_ImplGlfw_InitForOpenGL(window, true); uses the window's user pointer.
    void Install(GLFWwindow* window);
    // Call after each frame: keys tapped before it are released now, having been seen down
    // for that frame.
    void AfterFrame();
    // True when a release is waiting for the next frame (so the loop must not sleep).
    bool HasPending() const { return !deferred_.empty(); }

  private:
    struct Release {
        int key;
        int scancode;
        int mods;
    };

    static void OnKey(GLFWwindow* window, int key, int scancode, int action, int mods);

    GLFWwindow* window_ = nullptr;
    std::vector<int> pressed_since_frame_;
    std::vector<Release> deferred_;
};

}  // namespace summit::ui
