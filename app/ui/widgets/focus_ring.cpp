// The keyboard focus ring of a view's controls.
#include "app/ui/widgets/focus_ring.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID: leaving a text field by Tab

namespace summit::ui {
namespace {

bool Pressed(ImGuiKey key, bool repeat) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), repeat);
}

}  // namespace

void FocusRing::Begin(bool keys) {
    keys_ = keys;
    count_ = 0;
    last_is_focused_ = false;
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        focused_ = -1;  // the mouse is in use: no ring until Tab
    }
    const bool plain = keys && focused_ >= 0 && !io.WantTextInput && !io.KeyCtrl && !io.KeyAlt;
    activate_ = plain && (Pressed(ImGuiKey_Enter, false) || Pressed(ImGuiKey_KeyPadEnter, false) ||
                          Pressed(ImGuiKey_Space, false));
    step_ = 0;
    if (plain) {
        step_ = (Pressed(ImGuiKey_DownArrow, true) || Pressed(ImGuiKey_RightArrow, true) ? 1 : 0) -
                (Pressed(ImGuiKey_UpArrow, true) || Pressed(ImGuiKey_LeftArrow, true) ? 1 : 0);
    }
    // ImGui's own Tab moves between text fields only, in its own order: this ring owns Tab.
    ImGui::PushAllowKeyboardFocus(false);
}

void FocusRing::BeforeTextField() {
    if (keys_ && count_ == focused_ && (just_moved_ || activate_)) {
        ImGui::SetKeyboardFocusHere(0);
    }
}

bool FocusRing::Item(bool clicked) {
    const int index = count_++;
    if (ImGui::IsItemActivated()) {
        clicked_ = index;  // Tab after a click goes on from the clicked control
    }
    last_is_focused_ = keys_ && index == focused_;
    if (!last_is_focused_) {
        return clicked;
    }
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    if (just_moved_) {
        const ImVec2 window_pos = ImGui::GetWindowPos();
        const float window_bottom = window_pos.y + ImGui::GetWindowHeight();
        if (min.y < window_pos.y || max.y > window_bottom) {
            ImGui::SetScrollFromPosY((min.y + max.y) * 0.5f - window_pos.y, 0.5f);
        }
    }
    const float pad = std::max(2.0f, ImGui::GetFontSize() * 0.12f);
    ImGui::GetWindowDrawList()->AddRect(
        ImVec2(min.x - pad, min.y - pad), ImVec2(max.x + pad, max.y + pad),
        ImGui::GetColorU32(ImGuiCol_NavHighlight), ImGui::GetStyle().FrameRounding + pad, 0, pad);
    return clicked || activate_;
}

int FocusRing::Step() const {
    return last_is_focused_ ? step_ : 0;
}

void FocusRing::End() {
    ImGui::PopAllowKeyboardFocus();
    just_moved_ = false;
    if (focused_ >= count_) {
        focused_ = -1;  // its control is gone
    }
    const ImGuiIO& io = ImGui::GetIO();
    if (!keys_ || count_ == 0 || io.KeyCtrl || io.KeyAlt || !Pressed(ImGuiKey_Tab, true)) {
        return;
    }
    const int from = focused_ >= 0 ? focused_ : std::min(clicked_, count_ - 1);
    if (from < 0) {
        focused_ = io.KeyShift ? count_ - 1 : 0;
    } else {
        focused_ = (from + (io.KeyShift ? count_ - 1 : 1)) % count_;
    }
    just_moved_ = true;
    // Out of a text field being edited (what was typed stays); a text field the ring reaches
    // takes the keys itself (BeforeTextField).
    ImGui::ClearActiveID();
}

void FocusRing::Clear() {
    focused_ = -1;
    clicked_ = -1;
    just_moved_ = false;
}

}  // namespace summit::ui
