// The frame every full-screen view draws in: one borderless, undecorated window that fills the
// main viewport's work area, so switching views never shows a title bar or a moving window.
#pragma once

namespace summit::ui {

// Begins the full-screen window `label_and_id` ("Title###stable_id", so the id stays the same
// if the title changes). Returns whether its contents are visible; EndFullscreenView() must be
// called either way, as with ImGui::Begin/End. UI thread only, between NewFrame and Render.
bool BeginFullscreenView(const char* label_and_id);
void EndFullscreenView();

}  // namespace summit::ui
