// The window's key callback, through the tap queue to ImGui's GLFW backend.
#include "app/ui/shell/key_taps.h"

#include <GLFW/glfw3.h>
#include <imgui_impl_glfw.h>

namespace summit::ui {

KeyTapKeeper::KeyTapKeeper()
    : queue_([this](const KeyEvent& event) {
          ImGui_ImplGlfw_KeyCallback(window_, event.key, event.scancode, event.action, event.mods);
      }) {}

void KeyTapKeeper::Install(GLFWwindow* window) {
    window_ = window;
    glfwSetWindowUserPointer(window, this);
    glfwSetKeyCallback(window, OnKey);
}

void KeyTapKeeper::OnKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
    static_cast<KeyTapKeeper*>(glfwGetWindowUserPointer(window))
        ->queue_.OnKey({key, scancode, action, mods});
}

}  // namespace summit::ui
