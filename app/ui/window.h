// The desktop window: GLFW + OpenGL 3 hosting the ImGui views. The only code (with
// screenshot.cpp) that touches GLFW or GL; everything it draws lives in summit_ui.
#pragma once

#include "app/ui/window_options.h"
#include "storage/collection.h"

namespace summit::ui {

// Exit codes of RunWindow.
inline constexpr int kWindowOk = 0;         // closed by the user, or the screenshot was written
inline constexpr int kWindowFailed = 1;     // bad options, no usable OpenGL, or a failed write
inline constexpr int kWindowNoDisplay = 2;  // GLFW could not start: no display to draw on

// Opens the "Summit" window on `collection` and runs until the user closes it (or presses
// Ctrl+Q). With options.screenshot_path set, renders options.frames frames instead, writes
// the last one as a PNG, prints "screenshot PATH: ok" to stdout and returns. Problems are
// explained on stderr; with no display the message suggests `xvfb-run -a summit`.
// Call from the main thread only (GLFW's rule); `collection` is only read, on this thread.
// The window layout is kept in imgui.ini under ConfigDirFromEnvironment(), except in
// screenshot mode, which writes no file but the PNG.
int RunWindow(storage::Collection& collection, const WindowOptions& options);

}  // namespace summit::ui
