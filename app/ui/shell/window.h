// The desktop window: GLFW + OpenGL 3 hosting the ImGui views. With key_taps.cpp and
// screenshot.cpp the only code that touches GLFW or GL (summit_window); the views it hosts
// live in summit_ui and are tested without it.
#pragma once

#include <filesystem>

#include "app/bootstrap/args.h"
#include "app/bootstrap/safety.h"
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
// kept in imgui.ini under ConfigDirFromEnvironment(), except in screenshot mode. A screenshot
// of the view "recovery" previews RunRecoveryWindow's screen for this collection, changing
// nothing.
int RunWindow(storage::Collection& collection, const study::Clock& clock,
              const WindowOptions& options);

// Opens the window on the recovery screen (RecoveryView) for the collection at
// `collection_path`, which did not open as `failure` explains. When the user restores a backup
// or opens another file, continues as RunWindow on that collection; Quit returns kWindowOk.
// A screenshot shows the recovery screen whatever options.view says. Same threads, exit
// codes and messages as RunWindow.
int RunRecoveryWindow(const std::filesystem::path& collection_path,
                      const bootstrap::OpenFailure& failure, const study::Clock& clock,
                      const WindowOptions& options);

// `summit` with no verb: reads the window options and the global ones from the command line,
// opens the collection through the bootstrap and runs the window on it. Returns the exit code:
// bootstrap::kExitUsage for bad options, kExitFailure for a collection in a missing folder;
// a collection that does not open is explained on stderr and the window opens on the recovery
// screen (RunRecoveryWindow). Else RunWindow's.
int RunWindowFromCommandLine(const bootstrap::Args& args);

}  // namespace summit::ui
