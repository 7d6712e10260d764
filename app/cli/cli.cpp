// The command-line verbs.
#include "app/cli/cli.h"

#include <cstdio>

namespace summit::cli {

int Main(int, char**) {
    std::puts("summit");
    return 0;
}

}  // namespace summit::cli
