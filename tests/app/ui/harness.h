// A headless ImGui context for view tests: no window, no GL, no display. Input goes in through
// the ImGui 1.86 io arrays with GLFW key codes, the same mapping the real window uses.
#pragma once

#include <functional>
#include <string>

#include <imgui.h>

namespace summit::ui::testing {

class Harness {
  public:
    // Creates and makes current a context with a 1024 x 700 display, no ini file, GLFW key
    // codes in io.KeyMap and the built-in font atlas built.
    Harness();
    // Destroys the context.
    ~Harness();
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    // Runs one frame: NewFrame, draw(), Render.
    void Frame(const std::function<void()>& draw);
    // Runs one frame and returns the text ImGui rendered in it up to the end of the first
    // top-level window, in drawing order (ImGui's own log capture).
    std::string FrameText(const std::function<void()>& draw);
    // Moves the mouse to `pos`, presses and releases `button` (ImGuiMouseButton_Left unless
    // told): three frames.
    void Click(ImVec2 pos, const std::function<void()>& draw, int button = 0);
    // Two clicks in quick succession (six frames), which ImGui reads as a double-click.
    void DoubleClick(ImVec2 pos, const std::function<void()>& draw);
    // Holds `glfw_key` down for one frame, then releases it for one frame.
    void PressKey(int glfw_key, const std::function<void()>& draw);
    // Queues UTF-8 text as typed characters and runs one frame.
    void Type(const char* utf8, const std::function<void()>& draw);

    ImGuiIO& io() { return ImGui::GetIO(); }

  private:
    ImGuiContext* context_ = nullptr;
    std::string captured_text_;
};

}  // namespace summit::ui::testing
