// Summit's entry point: the bootstrap reads the command line, then either the window or the
// command-line verbs run, as peers.
#include "app/bootstrap/startup.h"
#include "app/cli/cli.h"

#ifdef SUMMIT_HAVE_GUI
#include "app/ui/shell/window.h"
#endif

int main(int argc, char** argv) {
    using namespace summit;
    auto args = bootstrap::ParseCommandLine(argc, argv);
    if (!args) {
        return bootstrap::UsageError(args.error().message);
    }
#ifdef SUMMIT_HAVE_GUI
    if (bootstrap::OpensWindow(*args)) {
        return ui::RunWindowFromCommandLine(*args);
    }
#endif
    return cli::Main(*args);
}
