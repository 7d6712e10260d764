// Summit's bootstrap: everything is decided by the command line.
#include "app/cli/cli.h"

int main(int argc, char** argv) { return summit::cli::Main(argc, argv); }
