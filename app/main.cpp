// Summit's bootstrap: the command line decides everything; the window is passed in so the
// command-line library does not depend on GLFW.
#include "app/cli/cli.h"

#ifdef SUMMIT_HAVE_GUI
#include "app/ui/shell/window.h"
#endif

int main(int argc, char** argv) {
#ifdef SUMMIT_HAVE_GUI
    return summit::cli::Main(argc, argv, summit::ui::RunWindow);
#else
    return summit::cli::Main(argc, argv, {});
#endif
}
