// The desktop window: GLFW + OpenGL 3 hosting the ImGui views. With key_taps.cpp and
// screenshot.cpp the only code that touches GLFW or GL (summit_window); the views it hosts
// live in summit_ui and are tested without it.
#pragma once

#include "app/bootstrap/args.h"
#include "app/scheduler/clock.h"
#include "app/ui/shell/window_options.h"
#include "storage/collection.h"

namespace summit::ui {

// Exit codes of RunWindow.
inline constexpr int kWindowOk = 0;         // closed by the user, or the screenshot was written
inline constexpr int kWindowFailed = 1;     // bad options, no usable OpenGL, or a failed write
inline constexpr int kWindowNoDisplay = 2;  // GLFW could not start: no display to draw on

// Opens the "Summit" window on `collection`, with `clock` as the time now, and runs the app shell
// (Home, Study, Summary, Quiz, Progress, Settings) until the user closes it (or presses Ctrl+Q).
// The theme and UI scale come from the collection's app settings (options.ui_scale, when not 1,
// overrides the stored scale); changing them in Settings rebuilds the fonts between frames. With
// options.screenshot_path set, opens options.view (see ParseViewName in app_shell.h) with
// content, renders options.frames frames, writes the last one as a PNG, prints
// "screenshot PATH: ok" to stdout and returns; screenshots run on an in-memory copy of
// `collection`, so the previews that answer questions ("summary", "quiz_results") never
// change it. Problems are explained on stderr; with no display the
// message suggests `xvfb-run -a summit`. Call from the main thread only (GLFW's rule);
// `collection` is read and written on this thread. While idle the loop waits for events,
// waking twice a second while a session or quiz clock is on screen. The window layout is
// kept in imgui.ini under ConfigDirFromEnvironment(), except in screenshot mode.
int RunWindow(storage::Collection& collection, const study::Clock& clock,
              const WindowOptions& options);

// `summit` with no verb: reads the window options and the global ones from the command line,
// opens the collection through the bootstrap and runs the window on it. Returns the exit code:
// bootstrap::kExitUsage for bad options, kExitFailure when the collection cannot be opened,
// else RunWindow's.
int RunWindowFromCommandLine(const bootstrap::Args& args);

}  // namespace summit::ui
