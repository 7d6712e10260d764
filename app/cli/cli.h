// The command line's entry point: runs the verb a parsed command line names, or prints help.
// The window is its peer, not reached through it: main() chooses between them.
#pragma once

#include "app/bootstrap/args.h"

namespace summit::cli {

// Runs `summit [OPTIONS] VERB [ARGS]` (or --help, --version, or help when there is no verb);
// returns the process exit code (bootstrap::kExitOk, kExitFailure or kExitUsage).
int Main(const bootstrap::Args& args);

}  // namespace summit::cli
