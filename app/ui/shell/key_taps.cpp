// Deferring the release of keys tapped between two frames.
#include "app/ui/shell/key_taps.h"

#include <algorithm>

#include <GLFW/glfw3.h>
#include <imgui_impl_glfw.h>

namespace summit::ui {

void KeyTapKeeper::Install(GLFWwindow* window) {
    window_ = window;
    glfwSetWindowUserPointer(window, this);
    glfwSetKeyCallback(window, OnKey);
}

void KeyTapKeeper::OnKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
    auto* self = static_cast<KeyTapKeeper*>(glfwGetWindowUserPointer(window));
    auto& pressed = self->pressed_since_frame_;
    if (action == GLFW_PRESS) {
        pressed.push_back(key);
    } else if (action == GLFW_RELEASE &&
               std::find(pressed.begin(), pressed.end(), key) != pressed.end()) {
        self->deferred_.push_back({key, scancode, mods});
        return;
    }
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

void KeyTapKeeper::AfterFrame() {
    pressed_since_frame_.clear();
    std::vector<Release> releases;
    releases.swap(deferred_);
    for (const Release& release : releases) {
        ImGui_ImplGlfw_KeyCallback(window_, release.key, release.scancode, GLFW_RELEASE,
                                   release.mods);
    }
}

}  // namespace summit::ui
