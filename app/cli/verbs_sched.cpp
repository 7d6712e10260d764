// summit sched replay [FILE]: runs review sequences read from FILE (or stdin) through the FSRS
// scheduler, so any reference implementation can be compared with Summit from outside.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "app/cli/verbs.h"
#include "app/scheduler/replay.h"

namespace summit::cli {

int RunSched(Context& context) {
    const auto& words = context.args().words;
    if (words.size() < 2 || words.size() > 3 || words[1] != "replay") {
        context.err() << "usage: summit sched replay [FILE]   (sequences as JSON; stdin without "
                         "FILE)\n";
        return kExitUsage;
    }
    std::string input;
    std::string source = "<stdin>";
    if (words.size() == 3) {
        source = words[2];
        std::ifstream in(source, std::ios::binary);
        if (in) {
            input.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
        if (!in && !in.eof()) {
            return context.Report(
                Error{ErrorCode::kIo, "cannot read the replay input", source, 0, 0});
        }
    } else {
        input.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    }
    auto output = study::ReplayScheduleJson(input, source);
    if (!output) {
        return context.Report(output.error());
    }
    context.out() << *output << "\n";
    return kExitOk;
}

}  // namespace summit::cli
