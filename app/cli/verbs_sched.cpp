// summit sched replay: runs review sequences read from stdin through the FSRS scheduler, so
// any reference implementation can be compared with Summit from outside.
#include <iostream>
#include <iterator>
#include <sstream>

#include "app/cli/verbs.h"
#include "app/scheduler/replay.h"

namespace summit::cli {

int RunSched(Context& context) {
    const auto& words = context.args().words;
    if (words.size() != 2 || words[1] != "replay") {
        context.err() << "usage: summit sched replay < sequences.json\n";
        return kExitUsage;
    }
    std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    auto output = study::ReplayScheduleJson(input);
    if (!output) {
        Error error = output.error();
        if (error.file.empty()) {
            error.file = "<stdin>";
        }
        return context.Report(error);
    }
    context.out() << *output << "\n";
    return kExitOk;
}

}  // namespace summit::cli
