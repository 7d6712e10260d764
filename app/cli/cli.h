// The command-line entry point: parses arguments and runs one verb.
#pragma once

namespace summit::cli {

// Runs the command line; returns the process exit code.
int Main(int argc, char** argv);

}  // namespace summit::cli
