// Headless ImGui context and input helpers.
#include "tests/app/ui/harness.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_internal.h>

namespace summit::ui::testing {

Harness::Harness() {
    context_ = ImGui::CreateContext();
    // CreateContext keeps the previously current context current.
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1024, 700);
    io.DeltaTime = 1.0f / 60.0f;
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.KeyMap[ImGuiKey_Tab] = GLFW_KEY_TAB;
    io.KeyMap[ImGuiKey_LeftArrow] = GLFW_KEY_LEFT;
    io.KeyMap[ImGuiKey_RightArrow] = GLFW_KEY_RIGHT;
    io.KeyMap[ImGuiKey_UpArrow] = GLFW_KEY_UP;
    io.KeyMap[ImGuiKey_DownArrow] = GLFW_KEY_DOWN;
    io.KeyMap[ImGuiKey_PageUp] = GLFW_KEY_PAGE_UP;
    io.KeyMap[ImGuiKey_PageDown] = GLFW_KEY_PAGE_DOWN;
    io.KeyMap[ImGuiKey_Home] = GLFW_KEY_HOME;
    io.KeyMap[ImGuiKey_End] = GLFW_KEY_END;
    io.KeyMap[ImGuiKey_Insert] = GLFW_KEY_INSERT;
    io.KeyMap[ImGuiKey_Delete] = GLFW_KEY_DELETE;
    io.KeyMap[ImGuiKey_Backspace] = GLFW_KEY_BACKSPACE;
    io.KeyMap[ImGuiKey_Space] = GLFW_KEY_SPACE;
    io.KeyMap[ImGuiKey_Enter] = GLFW_KEY_ENTER;
    io.KeyMap[ImGuiKey_Escape] = GLFW_KEY_ESCAPE;
    io.KeyMap[ImGuiKey_KeyPadEnter] = GLFW_KEY_KP_ENTER;
    io.KeyMap[ImGuiKey_A] = GLFW_KEY_A;
    io.KeyMap[ImGuiKey_C] = GLFW_KEY_C;
    io.KeyMap[ImGuiKey_V] = GLFW_KEY_V;
    io.KeyMap[ImGuiKey_X] = GLFW_KEY_X;
    io.KeyMap[ImGuiKey_Y] = GLFW_KEY_Y;
    io.KeyMap[ImGuiKey_Z] = GLFW_KEY_Z;
    // NewFrame asserts unless the font atlas is built and has a texture id.
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
}

Harness::~Harness() {
    ImGui::DestroyContext(context_);
}

void Harness::Frame(const std::function<void()>& draw) {
    ImGui::NewFrame();
    draw();
    ImGui::Render();
}

std::string Harness::FrameText(const std::function<void()>& draw) {
    // ImGui stops logging when the first top-level window ends and then hands the log to the
    // clipboard callback, so the "clipboard" is where the captured text arrives.
    ImGuiIO& io = ImGui::GetIO();
    captured_text_.clear();
    io.ClipboardUserData = this;
    io.SetClipboardTextFn = [](void* user_data, const char* text) {
        static_cast<Harness*>(user_data)->captured_text_ += text;
    };
    ImGui::NewFrame();
    ImGui::LogToClipboard();
    draw();
    ImGui::LogFinish();  // no-op when a window already ended the log
    ImGui::Render();
    io.SetClipboardTextFn = nullptr;
    io.ClipboardUserData = nullptr;
    return captured_text_;
}

void Harness::Click(ImVec2 pos, const std::function<void()>& draw, int button) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = pos;
    Frame(draw);
    io.MouseDown[button] = true;
    Frame(draw);
    io.MouseDown[button] = false;
    Frame(draw);
}

void Harness::DoubleClick(ImVec2 pos, const std::function<void()>& draw) {
    Click(pos, draw);
    Click(pos, draw);
}

void Harness::PressKey(int glfw_key, const std::function<void()>& draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[glfw_key] = true;
    Frame(draw);
    io.KeysDown[glfw_key] = false;
    Frame(draw);
}

void Harness::Type(const char* utf8, const std::function<void()>& draw) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    Frame(draw);
}

}  // namespace summit::ui::testing
