// The command-line entry point: parses the global options and runs one verb, or the window.
#pragma once

#include <functional>

#include "app/ui/shell/window_options.h"
#include "storage/collection.h"

namespace summit::cli {

// Opens the window on a collection; returns the exit code. Supplied by main() so that the
// command line does not depend on the window library.
using WindowLauncher = std::function<int(storage::Collection&, const ui::WindowOptions&)>;

// Runs the command line; returns the process exit code. `launch_window` may be empty in a
// build without a window, and then `summit` with no verb prints help.
int Main(int argc, char** argv, const WindowLauncher& launch_window);

}  // namespace summit::cli
